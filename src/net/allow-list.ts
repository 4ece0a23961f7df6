import { type Cidr, cidrContains, parseCidr, parseIp } from './ip-address.js';

/** Hosts and networks that may be fetched even though they are private (the demo newsroom, an intranet). */
export interface AllowList {
  readonly hosts: ReadonlySet<string>;
  readonly networks: readonly Cidr[];
  /** Entries that were neither a host name, an IP nor a CIDR, kept so config can report them. */
  readonly invalid: readonly string[];
}

/** An allow-list that lets nothing private through. */
export const EMPTY_ALLOW_LIST: AllowList = Object.freeze({
  hosts: new Set<string>(),
  networks: [],
  invalid: [],
});

/** Build an allow-list from entries such as "localhost", "127.0.0.1", "127.0.0.0/8" or "::1/128". */
export function parseAllowList(entries: readonly string[]): AllowList {
  const hosts = new Set<string>();
  const networks: Cidr[] = [];
  const invalid: string[] = [];
  for (const raw of entries) {
    const entry = raw.trim();
    if (!entry) continue;
    const cidr = parseCidr(entry);
    if (cidr) networks.push(cidr);
    else if (!entry.includes('/') && /^[a-z0-9.-]+$/i.test(entry)) hosts.add(normaliseHost(entry));
    else invalid.push(entry);
  }
  return { hosts, networks, invalid };
}

/** Whether a request to `host`, resolved to `address`, is allowed despite being private. */
export function isAllowed(list: AllowList, host: string, address: string): boolean {
  if (list.hosts.has(normaliseHost(host))) return true;
  const ip = parseIp(address);
  return ip !== null && list.networks.some((net) => cidrContains(net, ip));
}

function normaliseHost(host: string): string {
  return host
    .toLowerCase()
    .replace(/^\[|\]$/g, '')
    .replace(/\.$/, '');
}

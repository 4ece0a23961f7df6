import { type Cidr, cidrContains, embeddedV4, type IpAddress, parseCidr } from './ip-address.js';

/** Ranges a public news fetcher has no business reaching, with a word for the refusal message. */
const BLOCKED: [string, string][] = [
  ['0.0.0.0/8', 'unspecified'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'carrier-grade NAT'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.169.254/32', 'cloud metadata'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'IETF protocol'],
  ['192.0.2.0/24', 'documentation'],
  ['192.168.0.0/16', 'private'],
  ['198.18.0.0/15', 'benchmarking'],
  ['198.51.100.0/24', 'documentation'],
  ['203.0.113.0/24', 'documentation'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  ['100::/64', 'discard'],
  ['2001:db8::/32', 'documentation'],
  ['fc00::/7', 'unique-local'],
  ['fe80::/10', 'link-local'],
  ['fec0::/10', 'site-local'],
  ['ff00::/8', 'multicast'],
];

const RANGES: { cidr: Cidr; label: string }[] = BLOCKED.map(([text, label]) => {
  const cidr = parseCidr(text);
  if (!cidr) throw new Error(`bad built-in range ${text}`);
  return { cidr, label };
});

/** Why an address must not be fetched from ("loopback", "private", …), or null when it is public. */
export function refusalReason(ip: IpAddress): string | null {
  for (const { cidr, label } of RANGES) {
    if (cidr.family === ip.family && cidrContains(cidr, ip)) return label;
  }
  const inner = embeddedV4(ip);
  if (inner) {
    const label = refusalReason(inner);
    return label ? `${label} (inside IPv6)` : null;
  }
  return null;
}

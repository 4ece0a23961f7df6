import { isIP } from 'node:net';

/** An IP address as a number, so ranges compare with shifts. */
export interface IpAddress {
  family: 4 | 6;
  value: bigint;
}

/** A network in CIDR form. */
export interface Cidr {
  family: 4 | 6;
  network: bigint;
  prefix: number;
}

/** Parse an IPv4 or IPv6 literal (brackets and zone ids tolerated); null when it is not one. */
export function parseIp(text: string): IpAddress | null {
  const bare = text.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const family = isIP(bare);
  if (family === 4) return { family: 4, value: parseV4(bare) };
  if (family === 6) return { family: 6, value: parseV6(bare) };
  return null;
}

/** Parse "10.0.0.0/8" or "::1/128"; a bare address is a single-host network. Null when malformed. */
export function parseCidr(text: string): Cidr | null {
  const [addr, bits, extra] = text.trim().split('/');
  if (addr === undefined || extra !== undefined) return null;
  const ip = parseIp(addr);
  if (!ip) return null;
  const width = ip.family === 4 ? 32 : 128;
  const prefix = bits === undefined ? width : Number(bits);
  if (
    !Number.isInteger(prefix) ||
    prefix < 0 ||
    prefix > width ||
    (bits !== undefined && !/^\d+$/.test(bits))
  ) {
    return null;
  }
  return { family: ip.family, network: ip.value, prefix };
}

/** Whether an address falls inside a network; IPv4-mapped IPv6 addresses also match IPv4 networks. */
export function cidrContains(cidr: Cidr, ip: IpAddress): boolean {
  const candidate = cidr.family === 4 && ip.family === 6 ? embeddedV4(ip) : ip;
  if (!candidate || candidate.family !== cidr.family) return false;
  const shift = BigInt((cidr.family === 4 ? 32 : 128) - cidr.prefix);
  return candidate.value >> shift === cidr.network >> shift;
}

/**
 * The IPv4 address carried inside an IPv6 one (mapped ::ffff:0:0/96, compatible ::/96, NAT64 64:ff9b::/96,
 * 6to4 2002::/16), because each of them can route to the IPv4 host it names.
 */
export function embeddedV4(ip: IpAddress): IpAddress | null {
  if (ip.family !== 6) return null;
  const low32 = ip.value & 0xffffffffn;
  const high96 = ip.value >> 32n;
  if (high96 === 0xffffn || high96 === 0x64ff9b0000000000000000n) return { family: 4, value: low32 };
  // ::a.b.c.d (deprecated "compatible" form), but not :: and ::1 themselves.
  if (high96 === 0n && low32 > 1n) return { family: 4, value: low32 };
  if (ip.value >> 112n === 0x2002n) return { family: 4, value: (ip.value >> 80n) & 0xffffffffn };
  return null;
}

/** Render an address back to text (IPv6 uncompressed, enough for messages and tests). */
export function formatIp(ip: IpAddress): string {
  if (ip.family === 4) {
    return [24n, 16n, 8n, 0n].map((s) => ((ip.value >> s) & 0xffn).toString()).join('.');
  }
  const groups: string[] = [];
  for (let s = 112n; s >= 0n; s -= 16n) groups.push(((ip.value >> s) & 0xffffn).toString(16));
  return groups.join(':');
}

function parseV4(text: string): bigint {
  return text.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n);
}

function parseV6(text: string): bigint {
  let body = text.toLowerCase();
  // A trailing dotted quad stands for the last two groups.
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(body);
  if (dotted?.[1]) {
    const v4 = parseV4(dotted[1]);
    body =
      body.slice(0, -dotted[1].length) +
      ((v4 >> 16n) & 0xffffn).toString(16) +
      ':' +
      (v4 & 0xffffn).toString(16);
  }
  const [head = '', tail] = body.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const missing = 8 - headGroups.length - tailGroups.length;
  const groups = [...headGroups, ...Array<string>(tail === undefined ? 0 : missing).fill('0'), ...tailGroups];
  return groups.reduce((acc, g) => (acc << 16n) | BigInt(Number.parseInt(g, 16)), 0n);
}

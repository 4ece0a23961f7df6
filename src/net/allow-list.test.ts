import { describe, expect, it } from 'vitest';
import { isAllowed, parseAllowList } from './allow-list.js';
import { cidrContains, formatIp, parseCidr, parseIp } from './ip-address.js';

describe('parseAllowList and isAllowed', () => {
  const list = parseAllowList([
    'localhost',
    ' 127.0.0.0/8 ',
    '::1/128',
    '10.0.0.0/8',
    '192.168.5.7',
    'Demo.Local.',
  ]);

  it('matches addresses inside an IPv4 CIDR and nothing next to it', () => {
    expect(isAllowed(list, 'example', '127.0.0.1')).toBe(true);
    expect(isAllowed(list, 'example', '127.255.255.255')).toBe(true);
    expect(isAllowed(list, 'example', '128.0.0.1')).toBe(false);
    expect(isAllowed(list, 'example', '10.200.3.4')).toBe(true);
    expect(isAllowed(list, 'example', '11.0.0.1')).toBe(false);
  });

  it('matches an IPv6 network and an IPv4-mapped IPv6 address of an allowed IPv4 network', () => {
    expect(isAllowed(list, 'example', '::1')).toBe(true);
    expect(isAllowed(list, 'example', '::2')).toBe(false);
    expect(isAllowed(list, 'example', '::ffff:10.1.2.3')).toBe(true);
  });

  it('treats a bare IP as a single host', () => {
    expect(isAllowed(list, 'x', '192.168.5.7')).toBe(true);
    expect(isAllowed(list, 'x', '192.168.5.8')).toBe(false);
  });

  it('matches host names case-insensitively and ignores a trailing dot', () => {
    expect(isAllowed(list, 'LOCALHOST', '192.168.9.9')).toBe(true);
    expect(isAllowed(list, 'demo.local', '172.16.0.4')).toBe(true);
    expect(isAllowed(list, 'other.local', '172.16.0.4')).toBe(false);
  });

  it('keeps entries it cannot read so config can report them', () => {
    const bad = parseAllowList(['10.0.0.0/33', 'not a host', '1.2.3.4/8/9', '', 'fe80::/10']);
    expect(bad.invalid).toEqual(['10.0.0.0/33', 'not a host', '1.2.3.4/8/9']);
    expect(bad.networks).toHaveLength(1);
  });
});

describe('CIDR arithmetic', () => {
  it('expands compressed IPv6 and embedded dotted quads', () => {
    expect(formatIp(parseIp('2001:db8::1')!)).toBe('2001:db8:0:0:0:0:0:1');
    expect(formatIp(parseIp('::ffff:192.0.2.1')!)).toBe('0:0:0:0:0:ffff:c000:201');
    expect(formatIp(parseIp('[fe80::1%eth0]')!)).toBe('fe80:0:0:0:0:0:0:1');
  });

  it('respects prefix lengths that do not fall on a byte boundary', () => {
    const cgnat = parseCidr('100.64.0.0/10')!;
    expect(cidrContains(cgnat, parseIp('100.127.255.255')!)).toBe(true);
    expect(cidrContains(cgnat, parseIp('100.128.0.0')!)).toBe(false);
    const ula = parseCidr('fc00::/7')!;
    expect(cidrContains(ula, parseIp('fdff::1')!)).toBe(true);
    expect(cidrContains(ula, parseIp('fe00::1')!)).toBe(false);
  });

  it('matches everything with a zero-length prefix of the same family', () => {
    const any = parseCidr('0.0.0.0/0')!;
    expect(cidrContains(any, parseIp('203.0.113.9')!)).toBe(true);
    expect(cidrContains(parseCidr('::/0')!, parseIp('1.2.3.4')!)).toBe(false);
  });
});

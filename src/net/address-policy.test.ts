import { describe, expect, it } from 'vitest';
import { refusalReason } from './address-policy.js';
import { parseIp } from './ip-address.js';

const reasonFor = (text: string) => {
  const ip = parseIp(text);
  if (!ip) throw new Error(`not an IP: ${text}`);
  return refusalReason(ip);
};

describe('refusalReason', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.0.9', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['100.64.0.1', 'carrier-grade NAT'],
    ['169.254.169.254', 'cloud metadata'],
    ['169.254.10.10', 'link-local'],
    ['0.0.0.0', 'unspecified'],
    ['224.0.0.251', 'multicast'],
    ['255.255.255.255', 'reserved'],
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['fe80::1', 'link-local'],
    ['fd12:3456::1', 'unique-local'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback (inside IPv6)'],
    ['::ffff:7f00:1', 'loopback (inside IPv6)'],
    ['::ffff:169.254.169.254', 'cloud metadata (inside IPv6)'],
    ['64:ff9b::10.0.0.1', 'private (inside IPv6)'],
    ['2002:c0a8:0101::1', 'private (inside IPv6)'],
  ])('refuses %s as %s', (address, label) => {
    expect(reasonFor(address)).toBe(label);
  });

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '100.128.0.1', '2606:4700::1111', '::ffff:8.8.8.8'])(
    'lets public %s through',
    (address) => {
      expect(reasonFor(address)).toBeNull();
    },
  );
});

import { lookup } from 'node:dns/promises';
import { refusalReason } from './address-policy.js';
import { type AllowList, isAllowed } from './allow-list.js';
import { parseIp } from './ip-address.js';
import type { FetchError } from './types.js';

/** An address that passed the policy check; the connection must go to exactly this one. */
export interface CheckedAddress {
  address: string;
  family: 4 | 6;
}

/**
 * Resolve a host to every address and keep the first one that is public or allow-listed.
 * Refuses when none is acceptable, so a name pointing at 127.0.0.1 cannot reach inside.
 */
export async function resolveChecked(host: string, allow: AllowList): Promise<CheckedAddress | FetchError> {
  const bare = host.replace(/^\[|\]$/g, '');
  let candidates: { address: string; family: number }[];
  if (parseIp(bare)) {
    candidates = [{ address: bare, family: bare.includes(':') ? 6 : 4 }];
  } else {
    try {
      candidates = await lookup(bare, { all: true, verbatim: true });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? 'error';
      return { ok: false, reason: 'network', message: `Could not resolve ${bare} (${code}).` };
    }
  }
  let firstRefusal = '';
  for (const { address, family } of candidates) {
    const ip = parseIp(address);
    if (!ip) continue;
    const why = refusalReason(ip);
    if (why === null || isAllowed(allow, bare, address)) return { address, family: family === 6 ? 6 : 4 };
    firstRefusal ||= `${address} is a ${why} address`;
  }
  return {
    ok: false,
    reason: 'refused-address',
    message: `Refused to fetch from ${bare}: ${firstRefusal || 'no usable address'} and it is not on the allow-list.`,
  };
}

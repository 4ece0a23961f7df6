import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { fail, ok, type Result } from '../domain/index.js';

/** What a signed token lets its bearer do. */
export type TokenPurpose = 'confirm' | 'prefs' | 'unsub' | 'form';

/** The signed content of a token. */
export interface TokenClaims {
  purpose: TokenPurpose;
  /** Whom it is about: a subscriber id, or what a form token is bound to. */
  subject: string;
  /** Purpose-specific data (a confirmation's nonce and lists, an unsubscribe's list). */
  data: string;
  /** Epoch seconds after which it is refused; null for links that must keep working (unsubscribe). */
  expiresAt: number | null;
}

/** Why a token was refused. */
export type TokenError = 'malformed' | 'forged' | 'expired' | 'wrong-purpose';

const MAC_BYTES = 16;
const PURPOSES: readonly TokenPurpose[] = ['confirm', 'prefs', 'unsub', 'form'];

const b64 = (s: string) => Buffer.from(s, 'utf8').toString('base64url');
const unb64 = (s: string) => Buffer.from(s, 'base64url').toString('utf8');

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest().subarray(0, MAC_BYTES);
}

/** A new random signing secret (256 bits). */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** Sign claims into a URL-safe token: `purpose.subject.expiry.data.mac`, all base64url or base36. */
export function signToken(secret: string, c: TokenClaims): string {
  const payload = [
    c.purpose,
    b64(c.subject),
    c.expiresAt === null ? '0' : c.expiresAt.toString(36),
    b64(c.data),
  ].join('.');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/** The claims of a token we signed for `purpose`, or why not; the signature is compared in constant time. */
export function verifyToken(
  secret: string,
  token: unknown,
  purpose: TokenPurpose,
  now: Date,
): Result<TokenClaims, TokenError> {
  if (typeof token !== 'string' || token.length > 2048 || !/^[A-Za-z0-9_.-]+$/.test(token))
    return fail('malformed');
  const parts = token.split('.');
  if (parts.length !== 5) return fail('malformed');
  const [p, subject, expiry, data, signature] = parts as [string, string, string, string, string];
  const given = Buffer.from(signature, 'base64url');
  const expected = mac(secret, parts.slice(0, 4).join('.'));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return fail('forged');
  if (!PURPOSES.includes(p as TokenPurpose)) return fail('malformed');
  if (p !== purpose) return fail('wrong-purpose');
  const expiresAt = expiry === '0' ? null : Number.parseInt(expiry, 36);
  if (expiresAt !== null && (!Number.isFinite(expiresAt) || now.getTime() / 1000 > expiresAt))
    return fail('expired');
  return ok({ purpose: p as TokenPurpose, subject: unb64(subject), data: unb64(data), expiresAt });
}

/** A form (CSRF) token lives a day: long enough for a page composed once and served for hours. */
export const FORM_TOKEN_TTL_MS = 24 * 60 * 60_000;

/** A form token bound to `binding` (the sign-up form, or the signed link a page was opened with). */
export function signFormToken(secret: string, binding: string, now: Date): string {
  return signToken(secret, {
    purpose: 'form',
    subject: binding,
    data: '',
    expiresAt: Math.floor((now.getTime() + FORM_TOKEN_TTL_MS) / 1000),
  });
}

/** Whether `token` is a current form token we signed for `binding`. */
export function checkFormToken(secret: string, token: unknown, binding: string, now: Date): boolean {
  const v = verifyToken(secret, token, 'form', now);
  return v.ok && v.value.subject === binding;
}

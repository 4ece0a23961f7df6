import type { NewsletterList } from '../domain/index.js';
import { signToken } from './tokens.js';

/** A confirmation link works for 24 hours. */
export const CONFIRM_TTL_MS = 24 * 60 * 60_000;

/** What signs and places the links a subscriber gets. */
export interface LinkSigner {
  secret: string;
  /** The site's public address, no trailing slash (MULTIPOLAR_PUBLIC_URL, else where it listens). */
  baseUrl: string;
}

/** Paths of the subscriber pages; each takes the signed token as `?t=`. */
export const SUBSCRIBE_PATHS = {
  signUp: '/subscribe',
  api: '/api/subscribe',
  confirm: '/newsletter/confirm',
  preferences: '/newsletter/preferences',
  unsubscribe: '/newsletter/unsubscribe',
} as const;

const withToken = (s: LinkSigner, p: string, token: string) => `${s.baseUrl}${p}?t=${token}`;

/** The single-use confirmation token: the subscriber's current nonce and the lists asked for. */
export function confirmToken(
  s: LinkSigner,
  id: number,
  nonce: string,
  lists: NewsletterList[],
  now: Date,
): string {
  return signToken(s.secret, {
    purpose: 'confirm',
    subject: String(id),
    data: `${nonce}:${lists.join(',')}`,
    expiresAt: Math.floor((now.getTime() + CONFIRM_TTL_MS) / 1000),
  });
}

/** The link in a confirmation mail: opens a page whose button confirms (mail scanners only GET). */
export function confirmUrl(
  s: LinkSigner,
  id: number,
  nonce: string,
  lists: NewsletterList[],
  now: Date,
): string {
  return withToken(s, SUBSCRIBE_PATHS.confirm, confirmToken(s, id, nonce, lists, now));
}

/** The preferences link in every letter; it does not expire (the subscriber may keep old letters). */
export function preferencesUrl(s: LinkSigner, id: number): string {
  return withToken(s, SUBSCRIBE_PATHS.preferences, signToken(s.secret, prefsClaims(id)));
}

/** The unsubscribe link (one list, or all when `list` is null); RFC 8058 needs it to keep working. */
export function unsubscribeUrl(s: LinkSigner, id: number, list: NewsletterList | null): string {
  return withToken(
    s,
    SUBSCRIBE_PATHS.unsubscribe,
    signToken(s.secret, { purpose: 'unsub', subject: String(id), data: list ?? '', expiresAt: null }),
  );
}

function prefsClaims(id: number) {
  return { purpose: 'prefs' as const, subject: String(id), data: '', expiresAt: null };
}

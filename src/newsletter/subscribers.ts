/**
 * What readers and operators do with subscriptions: sign up (double opt-in), confirm, change
 * preferences, unsubscribe, suppress. Addresses are validated here; tokens are checked here;
 * the database decides every race (see storage/subscribers.ts).
 */
import type { Config } from '../config/index.js';
import {
  AppError,
  NEWSLETTER_LISTS,
  type NewsletterList,
  type Result,
  type Subscriber,
  fail,
  ok,
} from '../domain/index.js';
import type { MailLimit, Store } from '../storage/index.js';
import { normaliseAddress } from './subscribers-address.js';
import { type LinkSigner, confirmUrl } from './subscribers-links.js';
import { confirmationMail } from './subscribers-mail.js';
import { newSecret, type TokenError, verifyToken } from './tokens.js';
import type { MailTransport } from './transport.js';

/** Confirmation mails one address may be sent: 3 an hour, so nobody can flood an inbox through us. */
export const ADDRESS_MAIL_LIMIT: MailLimit = { max: 3, windowMs: 60 * 60_000 };

/** What the subscriber functions need. */
export interface SubscriberDeps {
  store: Store;
  links: LinkSigner;
  transport: MailTransport;
  /** The From of mails to subscribers. */
  from: string;
  now(): Date;
}

/** The signing secret: the configured one, else the one generated once and kept in the database. */
export async function signingSecret(store: Store, config: Pick<Config, 'newsletterSecret'>): Promise<string> {
  return config.newsletterSecret ?? store.subscribers.setting('link-signing-secret', newSecret());
}

/** The From of letters: configured, else `Multipolar <letters@public host>`. */
export function mailFrom(config: Pick<Config, 'mailFrom' | 'publicUrl'>): { from: string; address: string } {
  const from = config.mailFrom ?? `Multipolar <letters@${publicHost(config.publicUrl)}>`;
  const address = /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(from)?.[1] ?? from.trim();
  if (!normaliseAddress(address).ok)
    throw new AppError('config', `MULTIPOLAR_MAIL_FROM: "${from}" does not hold a valid address`);
  return { from, address };
}

function publicHost(url: string | null): string {
  const host = url ? new URL(url).hostname : 'localhost';
  // A bare name or an address cannot be a mail domain; letters then come from the .invalid domain.
  return host.includes('.') && !/^[\d.]+$/.test(host) && !host.includes(':') ? host : 'multipolar.invalid';
}

/** Parse a list selection; unknown names are a bad-input error naming them. */
export function parseLists(values: readonly string[]): NewsletterList[] {
  const unknown = values.filter((v) => !NEWSLETTER_LISTS.includes(v as NewsletterList));
  if (unknown.length > 0)
    throw new AppError(
      'bad-input',
      `Unknown list ${unknown.join(', ')}: choose from ${NEWSLETTER_LISTS.join(', ')}.`,
    );
  return NEWSLETTER_LISTS.filter((l) => values.includes(l));
}

/** An address → the stored form, or a bad-input error saying what is wrong. */
export function requireAddress(input: unknown): string {
  const r = normaliseAddress(input);
  if (!r.ok) throw new AppError('bad-input', r.error);
  return r.value;
}

/**
 * A reader asks for `lists` at `email`. Whatever the address's state, the caller must answer the
 * same ("check your inbox"): a new or pending address gets a confirmation mail, a confirmed one a
 * confirmation that adds the lists, a suppressed one nothing; and no address gets more than
 * ADDRESS_MAIL_LIMIT mails. Returns the mail being sent (null when none), so the caller can answer
 * before it has gone.
 */
export async function signUp(
  deps: SubscriberDeps,
  input: { email: string; lists: NewsletterList[] },
): Promise<{ mail: Promise<void> | null }> {
  const email = requireAddress(input.email);
  const lists = input.lists.length > 0 ? input.lists : (['briefing'] as NewsletterList[]);
  const now = deps.now();
  const outcome = await deps.store.subscribers.signUp(email, now, ADDRESS_MAIL_LIMIT);
  if (!outcome.mayMail) return { mail: null };
  const nonce = await deps.store.subscribers.confirmNonce(outcome.subscriber.id);
  if (nonce === null) return { mail: null };
  const content = confirmationMail(lists, confirmUrl(deps.links, outcome.subscriber.id, nonce, lists, now));
  const mail = deps.transport
    .send({
      from: deps.from,
      to: email,
      ...content,
      headers: {},
      messageId: `<confirm.${outcome.subscriber.id}.${now.getTime()}@${deps.from.replace(/^.*@|>.*$/g, '')}>`,
    })
    .then((r) => {
      if (r.status === 'rejected')
        return deps.store.subscribers.suppress(email, `confirmation refused: ${r.error}`, deps.now());
      if (r.status !== 'sent')
        throw new Error(`confirmation mail to subscriber ${outcome.subscriber.id}: ${r.error}`);
    });
  return { mail };
}

/** Why a link did not work, in words a reader understands. */
export function tokenProblem(e: TokenError | 'used'): string {
  switch (e) {
    case 'expired':
      return 'This confirmation link has expired (links work for 24 hours). Sign up again to get a new one.';
    case 'used':
      return 'This confirmation link has already been used or replaced by a newer one. If you are not subscribed yet, sign up again.';
    default:
      return 'This link is not valid. Copy the whole link from the mail, or sign up again.';
  }
}

/** A confirmation token's subscriber, nonce and lists, without using it (for the landing page). */
export function readConfirmToken(
  deps: Pick<SubscriberDeps, 'links' | 'now'>,
  token: unknown,
): Result<{ id: number; nonce: string; lists: NewsletterList[] }, TokenError> {
  const v = verifyToken(deps.links.secret, token, 'confirm', deps.now());
  if (!v.ok) return v;
  const [nonce = '', lists = ''] = v.value.data.split(':');
  const id = Number(v.value.subject);
  if (!Number.isSafeInteger(id) || id <= 0 || nonce === '') return fail('malformed');
  return ok({ id, nonce, lists: NEWSLETTER_LISTS.filter((l) => lists.split(',').includes(l)) });
}

/** Use a confirmation link (the landing page's POST). Works once; a replay or expired link changes nothing. */
export async function confirm(
  deps: SubscriberDeps,
  token: unknown,
): Promise<Result<Subscriber, TokenError | 'used'>> {
  const t = readConfirmToken(deps, token);
  if (!t.ok) return t;
  const s = await deps.store.subscribers.confirm(t.value.id, t.value.nonce, t.value.lists, deps.now());
  return s ? ok(s) : fail('used');
}

/** The subscriber a preferences or unsubscribe link is for, and (unsubscribe) which list. */
export async function subscriberOfLink(
  deps: Pick<SubscriberDeps, 'store' | 'links' | 'now'>,
  token: unknown,
  purpose: 'prefs' | 'unsub',
): Promise<Result<{ subscriber: Subscriber; list: NewsletterList | null }, TokenError>> {
  const v = verifyToken(deps.links.secret, token, purpose, deps.now());
  if (!v.ok) return v;
  const subscriber = await deps.store.subscribers.get(Number(v.value.subject));
  if (!subscriber) return fail('forged');
  const list = NEWSLETTER_LISTS.find((l) => l === v.value.data) ?? null;
  return ok({ subscriber, list });
}

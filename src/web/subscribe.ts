/**
 * Newsletter pages: sign-up (form and JSON), the double opt-in landing page, preferences and
 * unsubscribe (including RFC 8058 one-click). Every form carries a signed form token; links carry
 * signed subscriber tokens; answers to a sign-up never say whether an address was known.
 */
import { type Context, Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { AppError, NEWSLETTER_LISTS, type NewsletterList } from '../domain/index.js';
import {
  confirm,
  parseLists,
  readConfirmToken,
  signUp,
  subscriberOfLink,
  tokenProblem,
} from '../newsletter/subscribers.js';
import { normaliseAddress } from '../newsletter/subscribers-address.js';
import { SUBSCRIBE_PATHS } from '../newsletter/subscribers-links.js';
import { checkFormToken, signFormToken } from '../newsletter/tokens.js';
import { siteBase } from './base-url.js';
import type { NewsletterWebDeps, WebDeps } from './deps.js';
import type { SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { createWindowLimiter } from './subscribe-limits.js';
import {
  checkInboxPage,
  confirmPage,
  notePage,
  preferencesPage,
  signUpPage,
  unsubscribePage,
} from './subscribe-pages.js';

/** What the sign-up form's token is bound to. */
export const SIGNUP_FORM = 'signup';

const MAX_BODY = 16 * 1024;

type Form = Record<string, string | File | (string | File)[]>;

const text = (v: unknown): string =>
  typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
const texts = (v: unknown): string[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');

function clientIp(c: Context): string {
  // The socket's address: X-Forwarded-For is the client's to write (see web/base-url.ts on why headers are not trusted).
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress ?? 'unknown';
}

/** The sign-up, confirmation, preferences and unsubscribe routes. */
export function subscribeRoutes(deps: WebDeps): Hono {
  const app = new Hono();
  const nl = deps.newsletter;
  const limit = nl?.perIpLimit ?? { max: 10, windowMs: 60 * 60_000 };
  const perIp = createWindowLimiter(limit.max, limit.windowMs);
  // Read per request: the composition root learns the port only once the server listens.
  const base = () => siteBase(deps.config);
  // Only checks signatures, so it needs no address.
  const links = nl ? { secret: nl.secret, baseUrl: '' } : null;
  const subscriberDeps = (n: NewsletterWebDeps) => ({
    store: deps.store,
    links: { secret: n.secret, baseUrl: base() },
    transport: n.transport,
    from: n.from,
    now: deps.now,
  });

  const page = (c: Context, title: string, body: SafeHtml, status = 200) => {
    c.header('Cache-Control', 'no-store');
    // Signed tokens travel in these URLs: never hand them on in a Referer.
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(renderPage({ title, demo: deps.demo, body }), status as ContentfulStatusCode);
  };
  const off = (c: Context) =>
    page(
      c,
      'Newsletters',
      notePage('Newsletters are not set up', 'This site does not send letters yet.'),
      503,
    );
  // A browser always names the page a form came from; one from another site is refused.
  const crossSite = (c: Context) => {
    const origin = c.req.header('origin');
    if (!origin || origin === 'null') return origin === 'null';
    return origin !== new URL(c.req.url).origin && origin !== new URL(base()).origin;
  };
  const form = async (c: Context): Promise<Form> => (await c.req.parseBody({ all: true })) as Form;
  const limited = bodyLimit({
    maxSize: MAX_BODY,
    onError: () => {
      throw new AppError('too-large', 'That request is too large.');
    },
  });
  const signUpForm = (
    c: Context,
    n: NewsletterWebDeps,
    p: { email: string; lists: NewsletterList[]; error?: string },
    status: number,
  ) =>
    page(
      c,
      'Subscribe',
      signUpPage({ ...p, csrf: signFormToken(n.secret, SIGNUP_FORM, deps.now()) }),
      status,
    );

  app.get(SUBSCRIBE_PATHS.signUp, (c) => {
    if (!nl) return off(c);
    const email = c.req.query('email')?.slice(0, 300) ?? '';
    const lists = safeLists(c.req.queries('lists') ?? []);
    return signUpForm(c, nl, { email, lists }, 200);
  });

  app.post(SUBSCRIBE_PATHS.signUp, limited, async (c) => {
    if (!nl) return off(c);
    const body = await form(c);
    const email = text(body.email).slice(0, 300);
    const lists = safeLists(texts(body.lists));
    if (crossSite(c))
      return page(c, 'Subscribe', notePage('Not sent', 'That form came from another site.'), 403);
    if (!checkFormToken(nl.secret, text(body.csrf), SIGNUP_FORM, deps.now()))
      return signUpForm(
        c,
        nl,
        { email, lists, error: 'The form had expired. Please press Subscribe again.' },
        403,
      );
    if (!perIp.hit(clientIp(c), Date.now()))
      return page(
        c,
        'Subscribe',
        notePage(
          'Too many sign-ups',
          'Too many sign-ups came from your network. Please try again in an hour.',
        ),
        429,
      );
    // A bot filled in the field people cannot see: answer as if all went well, and do nothing.
    if (text(body.website) !== '') return page(c, 'Check your inbox', checkInboxPage());
    const address = normaliseAddress(text(body.email));
    if (!address.ok) return signUpForm(c, nl, { email, lists, error: address.error }, 400);
    const { mail } = await signUp(subscriberDeps(nl), { email: address.value, lists });
    if (mail) nl.onMail?.(mail.catch((err) => deps.log?.error({ err }, 'confirmation mail failed')));
    return page(c, 'Check your inbox', checkInboxPage());
  });

  app.post(SUBSCRIBE_PATHS.api, limited, async (c) => {
    if (!nl) throw new AppError('not-found', 'This site does not send letters.');
    // Only JSON: a page on another site cannot send it without a CORS preflight, which we never allow.
    if (!/^application\/json\b/i.test(c.req.header('content-type') ?? ''))
      throw new AppError('bad-input', 'Send JSON: {"email": "…", "lists": ["briefing"]}.', { status: 415 });
    let body: { email?: unknown; lists?: unknown; website?: unknown };
    try {
      body = (await c.req.json()) as typeof body;
    } catch {
      throw new AppError('bad-input', 'The body is not valid JSON.');
    }
    if (typeof body !== 'object' || body === null) throw new AppError('bad-input', 'Send a JSON object.');
    if (!perIp.hit(clientIp(c), Date.now()))
      throw new AppError('bad-input', 'Too many sign-ups from your network; try again in an hour.', {
        status: 429,
      });
    c.header('Cache-Control', 'no-store');
    const answer = {
      status: 'check-your-inbox',
      message: 'If the address can receive letters, a confirmation mail is on its way.',
    };
    if (typeof body.website === 'string' && body.website !== '') return c.json(answer, 202);
    const lists = parseLists(texts(body.lists));
    const { mail } = await signUp(subscriberDeps(nl), { email: text(body.email), lists });
    if (mail) nl.onMail?.(mail.catch((err) => deps.log?.error({ err }, 'confirmation mail failed')));
    return c.json(answer, 202);
  });

  app.get(SUBSCRIBE_PATHS.confirm, (c) => {
    if (!nl || !links) return off(c);
    const token = c.req.query('t');
    const t = readConfirmToken({ links, now: deps.now }, token);
    if (!t.ok)
      return page(
        c,
        'Confirmation',
        notePage('This link does not work', tokenProblem(t.error), {
          href: '/subscribe',
          label: 'Sign up again',
        }),
        400,
      );
    return page(
      c,
      'Confirm your subscription',
      confirmPage({
        token: token!,
        lists: t.value.lists,
        csrf: signFormToken(nl.secret, `confirm:${token}`, deps.now()),
      }),
    );
  });

  app.post(SUBSCRIBE_PATHS.confirm, limited, async (c) => {
    if (!nl) return off(c);
    const body = await form(c);
    const token = text(body.t);
    if (crossSite(c) || !checkFormToken(nl.secret, text(body.csrf), `confirm:${token}`, deps.now()))
      return page(
        c,
        'Confirmation',
        notePage('Not confirmed', 'That form was not ours or has expired. Open the link in the mail again.'),
        403,
      );
    const r = await confirm(subscriberDeps(nl), token);
    if (!r.ok)
      return page(
        c,
        'Confirmation',
        notePage('Not confirmed', tokenProblem(r.error), { href: '/subscribe', label: 'Sign up again' }),
        r.error === 'used' ? 410 : 400,
      );
    return page(
      c,
      'Subscribed',
      notePage(
        'You are subscribed',
        'Thank you. Your first letter comes with the next issue; every letter has a link to change your letters or leave.',
      ),
    );
  });

  app.get(SUBSCRIBE_PATHS.preferences, async (c) => {
    if (!nl || !links) return off(c);
    const token = c.req.query('t');
    const r = await subscriberOfLink({ store: deps.store, links, now: deps.now }, token, 'prefs');
    if (!r.ok)
      return page(c, 'Your letters', notePage('This link does not work', tokenProblem(r.error)), 400);
    return page(
      c,
      'Your letters',
      preferencesPage({
        token: token!,
        subscriber: r.value.subscriber,
        csrf: signFormToken(nl.secret, `prefs:${token}`, deps.now()),
      }),
    );
  });

  app.post(SUBSCRIBE_PATHS.preferences, limited, async (c) => {
    if (!nl || !links) return off(c);
    const body = await form(c);
    const token = text(body.t);
    if (crossSite(c) || !checkFormToken(nl.secret, text(body.csrf), `prefs:${token}`, deps.now()))
      return page(
        c,
        'Your letters',
        notePage('Not saved', 'That form was not ours or has expired. Open the link in a letter again.'),
        403,
      );
    const r = await subscriberOfLink({ store: deps.store, links, now: deps.now }, token, 'prefs');
    if (!r.ok)
      return page(c, 'Your letters', notePage('This link does not work', tokenProblem(r.error)), 400);
    const lists = parseLists(texts(body.lists));
    const saved = await deps.store.subscribers.setPreferences(
      r.value.subscriber.id,
      { lists, paused: text(body.paused) === '1' },
      deps.now(),
    );
    return page(
      c,
      'Your letters',
      preferencesPage({
        token,
        subscriber: saved ?? r.value.subscriber,
        saved: true,
        csrf: signFormToken(nl.secret, `prefs:${token}`, deps.now()),
      }),
    );
  });

  app.get(SUBSCRIBE_PATHS.unsubscribe, async (c) => {
    if (!nl || !links) return off(c);
    const token = c.req.query('t');
    const r = await subscriberOfLink({ store: deps.store, links, now: deps.now }, token, 'unsub');
    if (!r.ok) return page(c, 'Unsubscribe', notePage('This link does not work', tokenProblem(r.error)), 400);
    return page(
      c,
      'Unsubscribe',
      unsubscribePage({
        token: token!,
        list: r.value.list,
        csrf: signFormToken(nl.secret, `unsub:${token}`, deps.now()),
      }),
    );
  });

  // RFC 8058: the mail provider POSTs `List-Unsubscribe=One-Click` to the URL from the header, with
  // no cookie and no page: the signed token in the URL is the whole authorisation.
  app.post(SUBSCRIBE_PATHS.unsubscribe, limited, async (c) => {
    if (!nl || !links) return off(c);
    const token = c.req.query('t');
    const body = await form(c);
    const oneClick = text(body['List-Unsubscribe']) === 'One-Click';
    if (
      !oneClick &&
      (crossSite(c) || !checkFormToken(nl.secret, text(body.csrf), `unsub:${token}`, deps.now()))
    )
      return page(
        c,
        'Unsubscribe',
        notePage(
          'Not unsubscribed',
          'That form was not ours or has expired. Open the link in the letter again.',
        ),
        403,
      );
    const r = await subscriberOfLink({ store: deps.store, links, now: deps.now }, token, 'unsub');
    if (!r.ok) {
      if (oneClick) return c.text(tokenProblem(r.error), 400);
      return page(c, 'Unsubscribe', notePage('This link does not work', tokenProblem(r.error)), 400);
    }
    await deps.store.subscribers.unsubscribe(r.value.subscriber.id, r.value.list, deps.now());
    if (oneClick) {
      c.header('Cache-Control', 'no-store');
      return c.text('Unsubscribed.', 200);
    }
    return page(
      c,
      'Unsubscribed',
      notePage('You are unsubscribed', 'No more of these letters will be sent to you.'),
    );
  });

  return app;
}

// Unknown list names in a form are dropped, not an error: the box and old pages may name fewer.
function safeLists(values: string[]): NewsletterList[] {
  return parseLists(values.filter((v) => (NEWSLETTER_LISTS as readonly string[]).includes(v)));
}

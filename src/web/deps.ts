import type { Config } from '../config/index.js';
import type { MailTransport } from '../newsletter/transport.js';
import type { Store } from '../storage/index.js';
import type { ViewCache } from './view-cache.js';

/** The few logger methods the web layer calls (a pino logger fits). */
export interface WebLogger {
  error(obj: object, msg?: string): void;
  warn(obj: object, msg?: string): void;
  debug(obj: object, msg?: string): void;
}

/** Country wording from the caller's gazetteer ("CN" → "Chinese" / "China"). */
export interface CountryLabels {
  countryAdjective(code: string): string;
  countryName(code: string): string;
}

/** Everything the site needs, injected by the composition root. */
export interface WebDeps {
  store: Store;
  config: Readonly<Config>;
  now: () => Date;
  labels: CountryLabels;
  /** Show the "fictional demo newsroom" banner. */
  demo: boolean;
  log?: WebLogger;
  /** Sign-up, confirmation, preferences and unsubscribe; absent, those pages say newsletters are off. */
  newsletter?: NewsletterWebDeps;
  /** Composed home, story and API views; createWebApp makes one over `store` when absent. */
  views?: ViewCache;
  /** Composed search result pages; searchRoutes makes its own, bounded apart from `views`, when absent. */
  searchPages?: ViewCache;
}

/** The deps of routes that serve composed views. */
export type ViewDeps = WebDeps & { views: ViewCache };

/** The Hono environment every sub-app shares: the deps live in `c.var.deps`. */
export type WebEnv = { Variables: { deps: WebDeps } };

/** What the subscriber pages need besides the store. */
export interface NewsletterWebDeps {
  /** Signs confirmation, preferences, unsubscribe and form tokens. */
  secret: string;
  /** Sends confirmation mails. */
  transport: MailTransport;
  /** The From of confirmation mails. */
  from: string;
  /** Sign-ups one client address may make (default 10 an hour). */
  perIpLimit?: { max: number; windowMs: number };
  /** Told of each confirmation mail on its way (the page answers before it has gone). */
  onMail?(sending: Promise<void>): void;
}

import path from 'node:path';
import type { Config } from '../config/index.js';
import type { Store } from '../storage/index.js';
import type { LetterEnvelope } from './send-personalise.js';
import { mailFrom, signingSecret } from './subscribers.js';
import type { LinkSigner } from './subscribers-links.js';
import { createMailTransport, type MailTransport } from './transport.js';

/** Everything mail-related a command or the web server needs, from the config and the store. */
export interface Mailer {
  transport: MailTransport;
  links: LinkSigner;
  envelope: LetterEnvelope;
  from: string;
  secret: string;
  /** Set when links would not satisfy RFC 8058 (no public https URL): say so to the operator. */
  warning: string | null;
}

/**
 * Open the transport (MULTIPOLAR_SMTP_URL, else .eml files in `<dataDir>/outbox/`) and load the
 * signing secret. `baseUrl` is where the site is reached (MULTIPOLAR_PUBLIC_URL, else its listen address).
 */
export async function openMailer(
  store: Store,
  config: Pick<Config, 'smtpUrl' | 'dataDir' | 'mailFrom' | 'publicUrl' | 'newsletterSecret'>,
  baseUrl: string,
): Promise<Mailer> {
  const secret = await signingSecret(store, config);
  const { from, address } = mailFrom(config);
  const links = { secret, baseUrl: baseUrl.replace(/\/+$/, '') };
  const transport = createMailTransport({
    smtpUrl: config.smtpUrl,
    outboxDir: path.join(config.dataDir, 'outbox'),
  });
  const warning = links.baseUrl.startsWith('https://')
    ? null
    : `links in letters point at ${links.baseUrl}: set MULTIPOLAR_PUBLIC_URL to the site's https address, or mail providers will not offer one-click unsubscribe`;
  return { transport, links, envelope: { from, fromAddress: address, links }, from, secret, warning };
}

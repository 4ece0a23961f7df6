import { countryAdjective, countryName } from '../actors/index.js';
import type { Config } from '../config/index.js';
import { openMailer } from '../newsletter/send-setup.js';
import { createWebApp, startWebServer } from '../web/index.js';
import type { Runtime } from './runtime.js';

/** Start the web site over a runtime's store; returns its address. */
export async function serveSite(
  rt: Runtime,
  opts: { host: string; port: number; demo: boolean },
): Promise<{ url: string; close(): Promise<void> }> {
  // Absolute links fall back to where the site listens (see web/base-url.ts), so the web layer gets
  // the address actually used; port 0 is only known once listening, hence the one late assignment.
  const config: Config = { ...rt.config, host: opts.host, port: opts.port };
  // Confirmation mails go where letters go (SMTP, or .eml files under the data directory).
  const mailer = await openMailer(rt.store, rt.config, rt.config.publicUrl ?? 'http://localhost');
  const app = createWebApp({
    store: rt.store,
    config,
    now: () => new Date(),
    labels: {
      countryAdjective: (code) => countryAdjective(rt.gazetteer, code),
      countryName: (code) => countryName(rt.gazetteer, code),
    },
    demo: opts.demo,
    log: rt.log,
    newsletter: { secret: mailer.secret, transport: mailer.transport, from: mailer.from },
  });
  const server = await startWebServer(app, { host: opts.host, port: opts.port });
  config.port = Number(new URL(server.url).port);
  return {
    url: server.url,
    close: async () => {
      await server.close();
      await mailer.transport.close();
    },
  };
}

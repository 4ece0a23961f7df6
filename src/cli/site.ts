import { countryAdjective, countryName } from '../actors/index.js';
import { createWebApp, startWebServer } from '../web/index.js';
import type { Runtime } from './runtime.js';

/** Start the web site over a runtime's store; returns its address. */
export async function serveSite(
  rt: Runtime,
  opts: { host: string; port: number; demo: boolean },
): Promise<{ url: string; close(): Promise<void> }> {
  const app = createWebApp({
    store: rt.store,
    config: rt.config,
    now: () => new Date(),
    labels: {
      countryAdjective: (code) => countryAdjective(rt.gazetteer, code),
      countryName: (code) => countryName(rt.gazetteer, code),
    },
    demo: opts.demo,
    log: rt.log,
  });
  return startWebServer(app, { host: opts.host, port: opts.port });
}

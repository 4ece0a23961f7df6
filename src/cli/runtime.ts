import pino, { type Logger } from 'pino';
import { createGazetteer, type Gazetteer, listActors } from '../actors/index.js';
import type { Config } from '../config/index.js';
import { createHostLimiter, parseAllowList } from '../net/index.js';
import type { PipelineContext } from '../pipeline/index.js';
import { openStore, type Store } from '../storage/index.js';

/** The pieces every command shares: config, logger, store, gazetteer and the pipeline context. */
export interface Runtime {
  config: Readonly<Config>;
  log: Logger;
  store: Store;
  gazetteer: Gazetteer;
  ctx: PipelineContext;
  close(): Promise<void>;
}

/** Open the store (running migrations), load the gazetteer and seed its actors, and build the context. */
export async function openRuntime(
  config: Readonly<Config>,
  opts: { defaultLogLevel: string; sqlitePath?: string; extraAllowedHosts?: string[] },
): Promise<Runtime> {
  const log = pino({ level: config.logLevel ?? opts.defaultLogLevel }, pino.destination(2));
  const store = await openStore({
    url: config.databaseUrl ?? undefined,
    schema: config.databaseSchema ?? undefined,
    sqlitePath: opts.sqlitePath ?? config.sqlitePath,
  });
  const gazetteer = createGazetteer();
  await store.actors.upsertMany(listActors(gazetteer));
  const ctx: PipelineContext = {
    store,
    config,
    gazetteer,
    allowList: parseAllowList([...config.allowPrivateHosts, ...(opts.extraAllowedHosts ?? [])]),
    limiter: createHostLimiter({ perHostConcurrency: config.fetch.perHostConcurrency, minDelayMs: 0 }),
    log,
    now: () => new Date(),
  };
  return { config, log, store, gazetteer, ctx, close: () => store.close() };
}

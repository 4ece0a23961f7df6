import pino, { type Logger } from 'pino';
import { createGazetteer, type Gazetteer, listActors } from '../actors/index.js';
import type { Config } from '../config/index.js';
import { AppError } from '../domain/index.js';
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
  const allowList = parseAllowList([...config.allowPrivateHosts, ...(opts.extraAllowedHosts ?? [])]);
  // A typo would otherwise leave its host blocked without a word: refuse to start instead.
  const [bad] = allowList.invalid;
  if (bad !== undefined) throw invalidAllowEntry(bad);
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
    allowList,
    limiter: createHostLimiter({ perHostConcurrency: config.fetch.perHostConcurrency, minDelayMs: 0 }),
    log,
    now: () => new Date(),
  };
  return { config, log, store, gazetteer, ctx, close: () => store.close() };
}

function invalidAllowEntry(entry: string): AppError {
  const port = /^[^:]*:\d+$|^\[.*\]:\d+$/.test(entry)
    ? ' (leave out the port: an entry allows a host or address on every port)'
    : '';
  return new AppError(
    'config',
    `MULTIPOLAR_ALLOW_PRIVATE_HOSTS / allowPrivateHosts: "${entry}" is not a host name, an IP address or a CIDR such as 10.0.0.0/8${port}`,
  );
}

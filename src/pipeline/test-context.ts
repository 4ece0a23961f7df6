import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pino from 'pino';
import { createGazetteer } from '../actors/index.js';
import { loadConfig } from '../config/index.js';
import { createHostLimiter, parseAllowList } from '../net/index.js';
import { openStore } from '../storage/index.js';
import type { PipelineContext } from './context.js';

/** A pipeline context over a fresh SQLite file, with the given hosts allow-listed; for tests and tools. */
export async function openTestContext(opts: { allow: string[]; now?: Date; timeoutMs?: number }): Promise<{
  ctx: PipelineContext;
  close(): Promise<void>;
}> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mp-pipeline-'));
  const store = await openStore({ sqlitePath: path.join(dir, 'test.db') });
  const config = loadConfig({ MULTIPOLAR_DATA_DIR: dir });
  const now = opts.now ?? new Date();
  const ctx: PipelineContext = {
    store,
    config: { ...config, fetch: { ...config.fetch, timeoutMs: opts.timeoutMs ?? config.fetch.timeoutMs } },
    gazetteer: createGazetteer(),
    allowList: parseAllowList(opts.allow),
    limiter: createHostLimiter({ perHostConcurrency: 4, minDelayMs: 0 }),
    log: pino({ level: 'silent' }),
    now: () => now,
  };
  return {
    ctx,
    async close() {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

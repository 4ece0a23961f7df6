import type { Command } from 'commander';
import { z } from 'zod';
import type { Config } from '../../config/index.js';
import { startScheduler } from '../../jobs/index.js';
import { openRuntime } from '../runtime.js';
import { serveSite } from '../site.js';
import { parseOptions, portOption, waitForShutdown } from './shared.js';

const serveFlags = z.object({
  port: portOption,
  host: z.string().min(1).optional(),
  scheduler: z.boolean().default(true),
});

/** `multipolar serve`: the site plus the scheduler over the configured sources. */
export function registerServe(program: Command, config: () => Readonly<Config>): void {
  program
    .command('serve')
    .description('serve the site and poll the configured feeds on schedule')
    .option('-p, --port <port>', 'port for the site (default: PORT or 3000)')
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1)')
    .option('--no-scheduler', 'serve only; do not poll feeds')
    .action(async (raw: unknown) => {
      const flags = parseOptions(serveFlags, raw);
      const c = config();
      const rt = await openRuntime(c, { defaultLogLevel: 'info' });
      const site = await serveSite(rt, { host: flags.host ?? c.host, port: flags.port ?? c.port, demo: false });
      const scheduler = flags.scheduler ? startScheduler(rt.ctx, { everyMs: 60_000, runAtStart: true }) : null;
      process.stdout.write(`Multipolar is serving ${site.url}\n`);
      await waitForShutdown(async () => {
        await scheduler?.stop();
        await site.close();
        await rt.close();
      });
    });
}

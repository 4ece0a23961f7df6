import type { Command } from 'commander';
import { z } from 'zod';
import type { Config } from '../../config/index.js';
import { createJobRunner, type JobRunner, type Scheduler, startScheduler } from '../../jobs/index.js';
import { openRuntime } from '../runtime.js';
import { serveSite } from '../site.js';
import { letterSchedule, letterScheduler } from '../letter-schedule.js';
import { newsletterJobHandlers } from './newsletter.js';
import { parseOptions, portOption, waitForShutdown } from './shared.js';

/** What one process does: everything (the embedded default), or one role of a larger deployment. */
const ROLES = ['all', 'web', 'worker', 'scheduler'] as const;

const serveFlags = z.object({
  role: z.enum(ROLES).default('all'),
  port: portOption,
  host: z.string().min(1).optional(),
  concurrency: z.coerce.number().int().min(1).max(64).default(4),
});

/** How often the scheduler looks for due feeds. */
const SCHEDULER_EVERY_MS = 60_000;

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** `multipolar serve`: the site, the workers and the scheduler, in one process or one role per process. */
export function registerServe(program: Command, config: () => Readonly<Config>): void {
  program
    .command('serve')
    .description(
      'serve the site and poll the configured feeds (--role picks one part for a bigger deployment)',
    )
    .option('--role <role>', `what this process runs: ${ROLES.join(', ')} (default: all)`)
    .option('-p, --port <port>', 'port for the site (default: PORT or 3000; web and all only)')
    .option('--host <host>', 'address to listen on (default: HOST or 127.0.0.1; web and all only)')
    .option('--concurrency <n>', 'jobs a worker runs at once (default: 4)')
    .action(async (raw: unknown) => {
      const flags = parseOptions(serveFlags, raw);
      const c = config();
      const rt = await openRuntime(c, { defaultLogLevel: 'info' });
      const web = flags.role === 'all' || flags.role === 'web';
      const work = flags.role === 'all' || flags.role === 'worker';
      const schedule = flags.role === 'all' || flags.role === 'scheduler';
      let site: { url: string; close(): Promise<void> } | null = null;
      let runner: JobRunner | null = null;
      let scheduler: Scheduler | null = null;
      let letterTimer: NodeJS.Timeout | undefined;
      const host = flags.host ?? c.host;
      try {
        if (web && !c.publicUrl && !isLoopback(host)) {
          rt.log.warn(
            { host },
            'MULTIPOLAR_PUBLIC_URL is not set: links in the Atom feed and the API will name the listen address; set it to the address readers use',
          );
        }
        if (web) site = await serveSite(rt, { host, port: flags.port ?? c.port, demo: false });
        if (work)
          runner = createJobRunner(rt.ctx, {
            concurrency: flags.concurrency,
            handlers: newsletterJobHandlers,
          });
        if (schedule) {
          const queueLetters = letterScheduler(rt.store, letterSchedule(c), rt.ctx.now);
          letterTimer = setInterval(() => {
            queueLetters()
              .then((queued) => {
                if (queued > 0) runner?.wake();
              })
              .catch((err) =>
                rt.log.error({ err }, 'queueing the scheduled letters failed; trying again in a minute'),
              );
          }, SCHEDULER_EVERY_MS);
          scheduler = startScheduler(rt.ctx, {
            everyMs: SCHEDULER_EVERY_MS,
            runAtStart: true,
            onEnqueued: runner?.wake,
          });
        }
      } catch (err) {
        await site?.close();
        await rt.close();
        throw err;
      }
      process.stdout.write(
        site
          ? `Multipolar is serving ${site.url}${flags.role === 'all' ? '' : ' (web role)'}\n`
          : `Multipolar is running the ${flags.role} role\n`,
      );
      await waitForShutdown(async () => {
        // Stop queueing first, then let the workers finish what they hold, then stop serving.
        clearInterval(letterTimer);
        await scheduler?.stop();
        await runner?.stop();
        await site?.close();
        await rt.close();
      });
    });
}

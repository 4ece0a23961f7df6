/**
 * `multipolar newsletter send <list>` and the `newsletter-send` job. Both take the letter from a
 * LetterBuilder (E1's `buildLetter` over the runtime's store): this file only sends.
 */
import type { Command } from 'commander';
import { z } from 'zod';
import type { Config } from '../../config/index.js';
import { AppError, NEWSLETTER_LISTS } from '../../domain/index.js';
import type { JobHandler } from '../../jobs/index.js';
import { SenderBusyError, type SendReport, sendLetter } from '../../newsletter/send.js';
import { openMailer } from '../../newsletter/send-setup.js';
import type { ListId, RenderedLetter } from '../../newsletter/types.js';
import { siteBase } from '../../web/base-url.js';
import { type Progress, startProgress } from '../progress.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { parseOptions } from './shared.js';

/** Compose and render one issue of `list` as of `at`, from the runtime's store. */
export type LetterBuilder = (
  rt: Pick<Runtime, 'store' | 'config' | 'gazetteer'>,
  list: ListId,
  at: Date,
) => Promise<RenderedLetter>;

/** The job kind of a send. */
export const NEWSLETTER_SEND_JOB = 'newsletter-send';

const listArg = z.enum(NEWSLETTER_LISTS as [ListId, ...ListId[]], {
  message: `the list is one of ${NEWSLETTER_LISTS.join(', ')}`,
});
const sendFlags = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '--date takes YYYY-MM-DD')
    .optional(),
  rate: z.coerce.number().positive().max(10_000).optional(),
});

/** Build the issue and send it: queue every recipient once, send what is due, report what is left. */
export async function runNewsletterSend(
  rt: Pick<Runtime, 'store' | 'config' | 'gazetteer'>,
  list: ListId,
  opts: {
    at: Date;
    ratePerSecond?: number;
    onProgress?(p: { done: number; total: number }): void;
    warn?(m: string): void;
  },
  build: LetterBuilder,
): Promise<SendReport & { target: string }> {
  const letter = await build(rt, list, opts.at);
  const mailer = await openMailer(rt.store, rt.config, siteBase(rt.config));
  if (mailer.warning) opts.warn?.(mailer.warning);
  try {
    const report = await sendLetter(
      { store: rt.store, transport: mailer.transport, envelope: mailer.envelope, now: () => new Date() },
      letter,
      { ratePerSecond: opts.ratePerSecond ?? rt.config.sendRatePerSecond, onProgress: opts.onProgress },
    );
    return { ...report, target: mailer.transport.target };
  } catch (err) {
    if (err instanceof SenderBusyError) throw new AppError('bad-input', err.message, { status: 409 });
    throw err;
  } finally {
    await mailer.transport.close();
  }
}

/** One paragraph an operator can act on. */
export function describeSend(r: SendReport & { target: string }): string {
  const c = r.counts;
  const lines = [
    `${r.issueKey}: ${c.sent} sent, ${c.failed} failed, ${c.unknown} unknown, ${c.queued} waiting to retry (of ${r.total}; ${r.queuedNow} queued now) → ${r.target}`,
  ];
  if (r.reconciled > 0)
    lines.push(
      `${r.reconciled} letters were with the SMTP server when an earlier send stopped: marked unknown, not sent again`,
    );
  if (r.nextRetryAt)
    lines.push(`next retry due at ${r.nextRetryAt.toISOString()}: run the command again then`);
  return `${lines.join('\n')}\n`;
}

/** Add `send <list>` under the `newsletter` command. */
export function registerNewsletterSend(
  newsletter: Command,
  config: () => Readonly<Config>,
  build: LetterBuilder,
): void {
  newsletter
    .command('send <list>')
    .description(
      'send the current issue of a list (briefing, good-news, blindspots) to its confirmed subscribers',
    )
    .option('--date <YYYY-MM-DD>', 'the issue of this day (default: now)')
    .option('--rate <n>', 'letters per second (default MULTIPOLAR_SEND_RATE or 100)')
    .action(async (listRaw: string, raw: unknown) => {
      const list = parseOptions(listArg, listRaw);
      const flags = parseOptions(sendFlags, raw);
      const at = flags.date ? new Date(`${flags.date}T23:59:59Z`) : new Date();
      const rt = await openRuntime(config(), { defaultLogLevel: 'warn' });
      try {
        const shown: { bar?: Progress } = {};
        const report = await runNewsletterSend(
          rt,
          list,
          {
            at,
            ratePerSecond: flags.rate,
            warn: (m) => process.stderr.write(`warning: ${m}\n`),
            onProgress: ({ done, total }) => {
              shown.bar ??= startProgress(`sending ${list}`, total);
              shown.bar.tick(done);
            },
          },
          build,
        );
        shown.bar?.finish();
        process.stdout.write(describeSend(report));
      } finally {
        await rt.close();
      }
    });
}

const jobPayload = z.object({ list: listArg, at: z.string().datetime().optional() });

/**
 * The `newsletter-send` job: send an issue; when retries are left, queue itself again for the
 * earliest one. Registered by the composition root (`handlers: { [NEWSLETTER_SEND_JOB]: … }`),
 * so `jobs/` never imports `newsletter/`.
 */
export function newsletterSendJob(build: LetterBuilder): JobHandler {
  return async (job, env) => {
    const parsed = jobPayload.safeParse(job.payload);
    if (!parsed.success)
      return {
        ok: false,
        error: `bad newsletter-send payload: ${JSON.stringify(job.payload)}`,
        retry: false,
      };
    const at = parsed.data.at ? new Date(parsed.data.at) : env.ctx.now();
    try {
      const report = await runNewsletterSend(env.ctx, parsed.data.list, { at }, build);
      env.ctx.log.info({ issue: report.issueKey, ...report.counts }, 'newsletter sent');
      if (report.nextRetryAt) {
        await env.enqueue(
          NEWSLETTER_SEND_JOB,
          { list: parsed.data.list, at: at.toISOString() },
          { runAt: report.nextRetryAt, dedupeKey: `${NEWSLETTER_SEND_JOB}:${report.issueKey}` },
        );
      }
      return { ok: true };
    } catch (err) {
      if (err instanceof AppError && err.status === 409)
        return { ok: false, error: err.message, retry: true };
      throw err;
    }
  };
}

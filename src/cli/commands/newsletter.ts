import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Command } from 'commander';
import { z } from 'zod';
import { countryAdjective, countryName } from '../../actors/index.js';
import type { Config } from '../../config/index.js';
import { AppError } from '../../domain/index.js';
import { buildLetter, issueLetter, LIST_IDS, type ListId, publicCopy } from '../../newsletter/index.js';
import { siteBase } from '../../web/index.js';
import { openRuntime, type Runtime } from '../runtime.js';
import {
  type LetterBuilder,
  NEWSLETTER_SEND_JOB,
  newsletterSendJob,
  registerNewsletterSend,
} from './newsletter-send.js';
import { parseOptions } from './shared.js';

/** `multipolar newsletter …`: each subcommand registers itself below. */
export function registerNewsletter(program: Command, config: () => Readonly<Config>): void {
  const newsletter = program.command('newsletter').description('compose, preview and send the letters');
  registerPreview(newsletter, config);
  registerNewsletterSend(newsletter, config, issuedLetter);
}

/**
 * The letter a send delivers: the issue as first stored (issued now if it was not), so a resumed or
 * repeated send, and the web archive, all carry the same letter.
 */
export const issuedLetter: LetterBuilder = async (rt, list, at) =>
  (await issueLetter(letterDeps(rt, siteBase(rt.config)), list, at)).letter;

/** Job handlers the newsletter adds to the worker: registered here so `jobs/` never imports `newsletter/`. */
export const newsletterJobHandlers = { [NEWSLETTER_SEND_JOB]: newsletterSendJob(issuedLetter) };

const previewArgs = z.object({
  list: z.enum(LIST_IDS as [ListId, ...ListId[]], { message: `the list is one of ${LIST_IDS.join(', ')}` }),
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, '--date takes YYYY-MM-DD')
    .refine(
      (d) =>
        !Number.isNaN(Date.parse(`${d}T00:00:00Z`)) && new Date(`${d}T00:00:00Z`).toISOString().startsWith(d),
      {
        message: '--date is not a calendar date',
      },
    )
    .optional(),
  out: z.string().min(1).optional(),
});

/**
 * The issue's window ends at `--date`'s last instant (UTC), else now: a past date shows the letter as
 * it would have gone out that day, from what had been published by then.
 */
function issueTime(date: string | undefined, now: Date): Date {
  if (!date) return now;
  const end = new Date(`${date}T23:59:59.999Z`);
  return end < now ? end : now;
}

function registerPreview(newsletter: Command, config: () => Readonly<Config>): void {
  newsletter
    .command('preview <list>')
    .description(
      `show one issue of a list (${LIST_IDS.join(', ')}) as it would be sent; writes nothing to the store`,
    )
    .option('--date <YYYY-MM-DD>', 'the issue of that day (default: today)')
    .option('--out <file.html>', 'write the HTML letter to this file instead of printing the text part')
    .action(async (list: string, raw: { date?: string; out?: string }) => {
      const flags = parseOptions(previewArgs, { list, ...raw });
      const rt = await openRuntime(config(), { defaultLogLevel: 'warn' });
      try {
        const siteUrl = siteBase(rt.config);
        const letter = await buildLetter(
          letterDeps(rt, siteUrl),
          flags.list,
          issueTime(flags.date, new Date()),
        );
        const copy = publicCopy(letter, siteUrl);
        if (flags.out) {
          const file = path.resolve(flags.out);
          writeOut(file, copy.html);
          const kb = (Buffer.byteLength(copy.html) / 1024).toFixed(1);
          process.stdout.write(
            `${letter.issueKey}: ${letter.storyIds.length} stories, ${kb} KB of HTML written to ${file}\nSubject: ${letter.subject}\n`,
          );
          return;
        }
        process.stdout.write(`Subject: ${letter.subject}\nPreheader: ${letter.preheader}\n\n${copy.text}`);
      } finally {
        await rt.close();
      }
    });
}

/** What building a letter needs from a runtime. */
export function letterDeps(rt: Pick<Runtime, 'store' | 'gazetteer'>, siteUrl: string) {
  return {
    store: rt.store,
    siteUrl,
    labels: {
      countryAdjective: (code: string) => countryAdjective(rt.gazetteer, code),
      countryName: (code: string) => countryName(rt.gazetteer, code),
    },
  };
}

function writeOut(file: string, content: string): void {
  try {
    writeFileSync(file, content);
  } catch (cause) {
    throw new AppError(
      'bad-input',
      `cannot write ${file}: ${(cause as NodeJS.ErrnoException).code ?? String(cause)}`,
      {
        cause,
      },
    );
  }
}

/** Issue today's letter of every list (each stored once; an issue already stored is kept as it was). */
export async function issueAllLetters(rt: Runtime, siteUrl: string, at: Date): Promise<number> {
  let created = 0;
  for (const list of LIST_IDS) {
    if ((await issueLetter(letterDeps(rt, siteUrl), list, at)).created) created++;
  }
  return created;
}

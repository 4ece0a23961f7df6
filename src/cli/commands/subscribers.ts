import { readFile, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { z } from 'zod';
import type { Config } from '../../config/index.js';
import { AppError, type NewsletterList, type Subscriber } from '../../domain/index.js';
import { openMailer } from '../../newsletter/send-setup.js';
import { parseLists, requireAddress, signUp } from '../../newsletter/subscribers.js';
import { readImport, writeCsv } from '../../newsletter/subscribers-csv.js';
import { siteBase } from '../../web/base-url.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { parseOptions } from './shared.js';

const listsFlag = z
  .string()
  .max(200)
  .transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  );

const addFlags = z.object({ lists: listsFlag.default(['briefing']), confirmed: z.boolean().optional() });
const listFlags = z.object({ json: z.boolean().optional() });
const importFlags = z.object({ confirmed: z.boolean().optional() });
const suppressFlags = z.object({ reason: z.string().min(1).max(200).default('suppressed by an operator') });

async function withRuntime<T>(config: Readonly<Config>, run: (rt: Runtime) => Promise<T>): Promise<T> {
  const rt = await openRuntime(config, { defaultLogLevel: 'warn' });
  try {
    return await run(rt);
  } finally {
    await rt.close();
  }
}

function line(s: Subscriber): string {
  const lists = s.lists.length > 0 ? s.lists.join(',') : '-';
  return `${s.email}\t${lists}\t${s.state}${s.paused ? ' (paused)' : ''}\n`;
}

/** `multipolar subscribers add|list|import|export|suppress`. */
export function registerSubscribers(program: Command, config: () => Readonly<Config>): void {
  const cmd = program
    .command('subscribers')
    .description('manage newsletter subscribers and the suppression list');

  cmd
    .command('add <email>')
    .description('add a subscriber; without --confirmed a confirmation mail is sent (double opt-in)')
    .option('--lists <lists>', 'comma-separated: briefing, good-news, blindspots', 'briefing')
    .option('--confirmed', 'the reader has already confirmed (no confirmation mail)')
    .action(async (email: string, raw: unknown) => {
      const flags = parseOptions(addFlags, raw);
      const address = requireAddress(email);
      const lists = parseLists(flags.lists);
      if (lists.length === 0) throw new AppError('bad-input', 'give at least one list with --lists');
      await withRuntime(config(), async (rt) => {
        if (await rt.store.subscribers.isSuppressed(address))
          throw new AppError('bad-input', `${address} is on the suppression list and is never mailed`);
        if (flags.confirmed) {
          const { subscriber, created } = await rt.store.subscribers.upsert(
            { email: address, lists, state: 'confirmed' },
            new Date(),
          );
          process.stdout.write(`${created ? 'added' : 'updated'} ${line(subscriber)}`);
          return;
        }
        const mailer = await openMailer(rt.store, rt.config, siteBase(rt.config));
        try {
          const { mail } = await signUp(
            {
              store: rt.store,
              links: mailer.links,
              transport: mailer.transport,
              from: mailer.from,
              now: () => new Date(),
            },
            { email: address, lists: lists as NewsletterList[] },
          );
          await mail;
          process.stdout.write(
            mail
              ? `added ${address} (pending): confirmation mail ${mailer.transport.kind === 'smtp' ? 'sent via' : 'written to'} ${mailer.transport.target}\n`
              : `${address}: no confirmation mail sent (the address had 3 this hour)\n`,
          );
        } finally {
          await mailer.transport.close();
        }
      });
    });

  cmd
    .command('list')
    .description("each subscriber's address, lists and state (pending, confirmed, unsubscribed, suppressed)")
    .option('--json', 'print JSON')
    .action(async (raw: unknown) => {
      const flags = parseOptions(listFlags, raw);
      await withRuntime(config(), async (rt) => {
        const all = await rt.store.subscribers.list();
        if (flags.json) {
          const rows = all.map((s) => ({
            email: s.email,
            lists: s.lists,
            state: s.state,
            paused: s.paused,
            createdAt: s.createdAt.toISOString(),
            confirmedAt: s.confirmedAt?.toISOString() ?? null,
          }));
          process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
          return;
        }
        if (all.length === 0) process.stdout.write('No subscribers yet.\n');
        for (const s of all) process.stdout.write(line(s));
      });
    });

  cmd
    .command('import <file>')
    .description('import a CSV (email, lists, state); every row is checked before any is written')
    .option('--confirmed', 'rows without a state are confirmed (default: pending)')
    .action(async (file: string, raw: unknown) => {
      const flags = parseOptions(importFlags, raw);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (cause) {
        throw new AppError('bad-input', `cannot read ${file}: ${(cause as Error).message}`, { cause });
      }
      const { rows, errors } = readImport(text, flags.confirmed ? 'confirmed' : 'pending');
      if (errors.length > 0) {
        const shown = errors.slice(0, 20).join('\n  ');
        const more = errors.length > 20 ? `\n  … and ${errors.length - 20} more` : '';
        throw new AppError(
          'bad-input',
          `${file}: nothing imported, ${errors.length} bad rows:\n  ${shown}${more}`,
        );
      }
      await withRuntime(config(), async (rt) => {
        const at = new Date();
        let added = 0;
        for (const r of rows) {
          if (r.state === 'suppressed') {
            await rt.store.subscribers.suppress(r.email, 'imported as suppressed', at);
            continue;
          }
          const state = r.state === 'confirmed' ? 'confirmed' : 'pending';
          const { subscriber, created } = await rt.store.subscribers.upsert(
            { email: r.email, lists: r.lists, state },
            at,
          );
          if (r.state === 'unsubscribed') await rt.store.subscribers.unsubscribe(subscriber.id, null, at);
          if (created) added++;
        }
        process.stdout.write(
          `imported ${rows.length} rows: ${added} new, ${rows.length - added} already known\n`,
        );
      });
    });

  cmd
    .command('export [file]')
    .description('write every subscriber as CSV (to stdout without a file)')
    .action(async (file: string | undefined) => {
      await withRuntime(config(), async (rt) => {
        const csv = writeCsv(await rt.store.subscribers.list());
        if (file) await writeFile(file, csv);
        else process.stdout.write(csv);
      });
    });

  cmd
    .command('suppress <email>')
    .description('never mail this address again (hard bounce, complaint, request)')
    .option('--reason <text>', 'why, kept with the address')
    .action(async (email: string, raw: unknown) => {
      const flags = parseOptions(suppressFlags, raw);
      const address = requireAddress(email);
      await withRuntime(config(), async (rt) => {
        await rt.store.subscribers.suppress(address, flags.reason, new Date());
        process.stdout.write(`${address} is suppressed: it will not be mailed again\n`);
      });
    });
}

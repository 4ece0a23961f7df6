import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../domain/index.js';

// smtp:// or smtps:// with a host; the newsletter transport is the only reader.
const smtpUrl = z
  .string()
  .url()
  .refine((u) => /^smtps?:\/\/[^/?#]+/i.test(u), 'expected smtp://host:port or smtps://host:port');

// When a letter goes out (UTC): `06:00`, `sat 08:00`, or `off`.
const sendTime = z
  .string()
  .regex(
    /^\s*(off|((sun|mon|tue|wed|thu|fri|sat)\s+)?([01]?\d|2[0-3]):[0-5]\d)\s*$/i,
    'a send time is HH:MM (UTC), a weekday and HH:MM such as "sat 08:00", or off',
  );

const fileSchema = z
  .object({
    databaseUrl: z.string().url().optional(),
    databaseSchema: z.string().min(1).optional(),
    dataDir: z.string().min(1).optional(),
    host: z.string().min(1).optional(),
    port: z.number().int().min(0).max(65535).optional(),
    publicUrl: z.string().url().optional(),
    allowPrivateHosts: z.array(z.string().min(1)).optional(),
    logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
    fetch: z
      .object({
        timeoutMs: z.number().int().positive().optional(),
        maxBytes: z.number().int().positive().optional(),
        userAgent: z.string().min(1).optional(),
        perHostConcurrency: z.number().int().positive().optional(),
      })
      .strict()
      .optional(),
    feedIntervalMinutes: z.number().positive().optional(),
    smtpUrl: smtpUrl.optional(),
    mailFrom: z.string().min(3).optional(),
    sendRatePerSecond: z.number().positive().optional(),
    briefingAt: sendTime.nullable().optional(),
    weeklyLettersAt: sendTime.nullable().optional(),
  })
  .strict();

/** The settings a config file may hold (JSON, camelCase keys). */
export type ConfigFile = z.infer<typeof fileSchema>;

/** Everything Multipolar can be told, resolved once and frozen. */
export interface Config {
  /** postgres://… when set; otherwise SQLite at `sqlitePath`. */
  databaseUrl: string | null;
  /** PostgreSQL schema to keep the tables in (default `public`); lets several installations share one database. */
  databaseSchema: string | null;
  dataDir: string;
  sqlitePath: string;
  host: string;
  port: number;
  /** The address readers reach the site at (used in feeds and letters); defaults to http://host:port. */
  publicUrl: string | null;
  /** Hosts, addresses and CIDRs the fetcher may reach even though they are private or loopback. */
  allowPrivateHosts: readonly string[];
  /** Null when not set: each command then picks its own (quiet for one-shot commands). */
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent' | null;
  fetch: { timeoutMs: number; maxBytes: number; userAgent: string; perHostConcurrency: number };
  feedIntervalMinutes: number;
  /** Where letters go (`smtp://host:port`, `smtps://user:pass@host`); null writes them as .eml files to `<dataDir>/outbox/`. */
  smtpUrl: string | null;
  /** The From of every letter, e.g. `Multipolar <letters@news.example>`; null derives one from the public URL. */
  mailFrom: string | null;
  /** Signs newsletter links (confirm, preferences, unsubscribe); null uses one generated once and kept in the database. */
  newsletterSecret: string | null;
  /** Letters handed to the SMTP server per second, at most. */
  sendRatePerSecond: number;
  /** When `serve` sends the daily briefing (`HH:MM`, UTC); null: only by hand. */
  briefingAt: string | null;
  /** When `serve` sends the weekly letters (`sat 08:00`, UTC); null: only by hand. */
  weeklyLettersAt: string | null;
}

const envSchema = z.object({
  MULTIPOLAR_CONFIG: z.string().min(1).optional(),
  DATABASE_URL: z.string().url().optional(),
  MULTIPOLAR_DB_SCHEMA: z.string().min(1).optional(),
  MULTIPOLAR_DATA_DIR: z.string().min(1).optional(),
  HOST: z.string().min(1).optional(),
  PORT: z.coerce.number().int().min(0).max(65535).optional(),
  MULTIPOLAR_PUBLIC_URL: z.string().url().optional(),
  MULTIPOLAR_ALLOW_PRIVATE_HOSTS: z.string().optional(),
  MULTIPOLAR_LOG_LEVEL: fileSchema.shape.logLevel,
  MULTIPOLAR_FETCH_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
  MULTIPOLAR_FETCH_MAX_BYTES: z.coerce.number().int().positive().optional(),
  MULTIPOLAR_SMTP_URL: smtpUrl.optional(),
  MULTIPOLAR_MAIL_FROM: z.string().min(3).optional(),
  MULTIPOLAR_NEWSLETTER_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  MULTIPOLAR_SEND_RATE: z.coerce.number().positive().optional(),
  MULTIPOLAR_BRIEFING_AT: sendTime.optional(),
  MULTIPOLAR_WEEKLY_LETTERS_AT: sendTime.optional(),
});

/** Read the environment (and the JSON file MULTIPOLAR_CONFIG names) once; env wins over the file. */
export function loadConfig(
  env: Record<string, string | undefined> = process.env,
  overrides: Partial<Config> = {},
): Readonly<Config> {
  const parsedEnv = envSchema.safeParse(emptyToUndefined(env));
  if (!parsedEnv.success) throw new AppError('config', `Bad environment: ${describeIssues(parsedEnv.error)}`);
  const e = parsedEnv.data;
  const file = e.MULTIPOLAR_CONFIG ? readConfigFile(e.MULTIPOLAR_CONFIG) : {};
  const dataDir = path.resolve(e.MULTIPOLAR_DATA_DIR ?? file.dataDir ?? 'data');
  const envHosts = e.MULTIPOLAR_ALLOW_PRIVATE_HOSTS?.split(',')
    .map((h) => h.trim())
    .filter(Boolean);
  const config: Config = {
    databaseUrl: e.DATABASE_URL ?? file.databaseUrl ?? null,
    databaseSchema: e.MULTIPOLAR_DB_SCHEMA ?? file.databaseSchema ?? null,
    dataDir,
    sqlitePath: path.join(dataDir, 'multipolar.db'),
    host: e.HOST ?? file.host ?? '127.0.0.1',
    port: e.PORT ?? file.port ?? 3000,
    publicUrl: e.MULTIPOLAR_PUBLIC_URL ?? file.publicUrl ?? null,
    allowPrivateHosts: [...(file.allowPrivateHosts ?? []), ...(envHosts ?? [])],
    logLevel: e.MULTIPOLAR_LOG_LEVEL ?? file.logLevel ?? null,
    fetch: {
      timeoutMs: e.MULTIPOLAR_FETCH_TIMEOUT_MS ?? file.fetch?.timeoutMs ?? 15_000,
      maxBytes: e.MULTIPOLAR_FETCH_MAX_BYTES ?? file.fetch?.maxBytes ?? 5 * 1024 * 1024,
      userAgent: file.fetch?.userAgent ?? 'Multipolar/0.1 (+https://github.com/multipolar-news)',
      perHostConcurrency: file.fetch?.perHostConcurrency ?? 2,
    },
    feedIntervalMinutes: file.feedIntervalMinutes ?? 30,
    smtpUrl: e.MULTIPOLAR_SMTP_URL ?? file.smtpUrl ?? null,
    mailFrom: e.MULTIPOLAR_MAIL_FROM ?? file.mailFrom ?? null,
    newsletterSecret: e.MULTIPOLAR_NEWSLETTER_SECRET ?? null,
    sendRatePerSecond: e.MULTIPOLAR_SEND_RATE ?? file.sendRatePerSecond ?? 100,
    briefingAt: offOr(e.MULTIPOLAR_BRIEFING_AT ?? file.briefingAt, '06:00'),
    weeklyLettersAt: offOr(e.MULTIPOLAR_WEEKLY_LETTERS_AT ?? file.weeklyLettersAt, 'sat 08:00'),
    ...overrides,
  };
  return Object.freeze(config);
}

function readConfigFile(file: string): ConfigFile {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(file, 'utf8'));
  } catch (cause) {
    throw new AppError('config', `Cannot read config file ${file}: ${(cause as Error).message}`, { cause });
  }
  const parsed = fileSchema.safeParse(raw);
  if (!parsed.success)
    throw new AppError('config', `Bad config file ${file}: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

function emptyToUndefined(env: Record<string, string | undefined>): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === '' ? undefined : v]));
}

/** One line naming each bad setting, for error messages. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** A send time as configured: `off` (or null in the file) turns it off; unset takes the default. */
function offOr(value: string | null | undefined, fallback: string): string | null {
  if (value === undefined) return fallback;
  if (value === null || value.trim().toLowerCase() === 'off') return null;
  return value.trim();
}

import { z } from 'zod';
import { describeIssues } from '../../config/index.js';
import { AppError } from '../../domain/index.js';

/** A TCP port given on the command line. */
export const portOption = z.coerce.number().int().min(0).max(65535).optional();

/** Validate parsed commander options with a zod schema; a bad flag is a one-line AppError. */
export function parseOptions<T>(schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AppError('bad-input', `bad option: ${describeIssues(parsed.error)}`);
  return parsed.data;
}

/** Keep a server command alive until SIGINT/SIGTERM, then close cleanly. */
export function waitForShutdown(close: () => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      process.stderr.write('\nStopping…\n');
      close().finally(resolve);
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}

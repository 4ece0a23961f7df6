import { validator } from 'hono/validator';
import { z } from 'zod';
import { AppError } from '../domain/index.js';

function parseOrBadInput<T extends z.ZodType>(schema: T, value: unknown, what: string): z.output<T> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const fields = [...new Set(parsed.error.issues.map((i) => i.path.join('.') || what))].join(', ');
  throw new AppError('bad-input', `That ${what} is not valid (${fields}).`, { cause: parsed.error });
}

/** Middleware validating path params with zod; a mismatch is a 400 AppError. */
export const validParams = <T extends z.ZodType>(schema: T) =>
  validator('param', (value) => parseOrBadInput(schema, value, 'address'));

/** Middleware validating the query string with zod; a mismatch is a 400 AppError. */
export const validQuery = <T extends z.ZodType>(schema: T) =>
  validator('query', (value) => parseOrBadInput(schema, value, 'query'));

/** A positive integer id as written in a URL (no signs, no leading zeros, fits a 32-bit column). */
export const numericId = z
  .string()
  .regex(/^[1-9][0-9]{0,9}$/, 'expected a number')
  .transform(Number)
  .refine((n) => n <= 2_147_483_647, 'too large');

/** `?page=` for paginated pages, 1-based. */
export const pageNumber = z.coerce.number().int().min(1).max(10_000).default(1);

/** Path params of the routes that take a numeric id. */
export const idParams = z.object({ id: numericId });

/** `?page=` alone. */
export const pageQuery = z.object({ page: pageNumber });

import { z } from 'zod';
import { OUTLET_GENRES, RATED_OWNERSHIPS } from '../../domain/index.js';

/** An outlet's name as an editor gives it. */
export const nameFlag = z
  .string()
  .trim()
  .min(1, 'a name must not be empty')
  .max(200, 'at most 200 characters');

/** An ISO 3166-1 alpha-2 country code, upper-cased. */
export const countryFlag = z
  .string()
  .regex(/^[A-Za-z]{2}$/, 'a two-letter ISO country code (e.g. GB)')
  .transform((c) => c.toUpperCase());

/** An ownership kind an editor may give. */
export const ownershipFlag = z.enum(RATED_OWNERSHIPS, {
  message: `one of ${RATED_OWNERSHIPS.join(', ')}`,
});

/** A genre an editor may give. */
export const genreFlag = z.enum(OUTLET_GENRES, { message: `one of ${OUTLET_GENRES.join(', ')}` });

/** A BCP 47 primary language code, lower-cased. */
export const languageFlag = z
  .string()
  .regex(/^[A-Za-z]{2,3}$/, 'a two- or three-letter language code (e.g. en)')
  .transform((c) => c.toLowerCase());

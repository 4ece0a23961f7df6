import { z } from 'zod';
import type { GazetteerData } from './types.js';

const checked = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const code = z.string().regex(/^[A-Z]{2}$/);
const names = z.array(z.string().min(1));

const country = z.object({
  code,
  name: z.string().min(1),
  aliases: names,
  demonyms: names,
  capital: z.string().min(1).nullable(),
  metonyms: names,
  status: z.enum(['un-member', 'un-observer', 'other']),
  capitalIsMetonym: z.boolean().optional(),
  description: z.string().optional(),
  checked,
});

const organisation = z.object({
  id: z.string().regex(/^(bloc|organisation):[a-z0-9-]+$/),
  kind: z.enum(['bloc', 'organisation']),
  name: z.string().min(1),
  aliases: names,
  members: z.array(code),
  membership: z.enum(['listed', 'permanent-members', 'near-universal']),
  description: z.string(),
  parent: z.string().optional(),
  ambiguousAliases: names.optional(),
  field: z
    .string()
    .regex(/^[a-z-]+$/)
    .optional(),
  checked,
});

const leader = z.object({
  id: z.string().regex(/^person:[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: names,
  country: code.nullable(),
  organisation: z.string().nullable(),
  role: z.string().min(1),
  checked,
});

const outlet = z.object({
  id: z.string().regex(/^outlet:[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: names,
  country: code,
  /** BCP 47 primary language of the outlet's main edition. */
  language: z.string().regex(/^[a-z]{2,3}$/),
  ownership: z.enum(['state', 'state-backed', 'public', 'private', 'independent']),
  genre: z.enum(['broadcaster', 'newspaper', 'wire', 'business', 'magazine', 'online']),
  domains: z.array(z.string().min(3)),
  basis: z.string().min(1).max(160),
  fullText: z.literal(true).optional(),
  checked,
});

const gazetteerData = z.object({
  countries: z.array(country),
  organisations: z.array(organisation),
  leaders: z.array(leader),
  outlets: z.array(outlet),
  stopPhrases: z.array(z.object({ phrase: z.string().min(1), checked })),
});

/** Validate raw gazetteer data (the JSON files or a caller's own); the error names the first bad field. */
export function parseGazetteerData(
  raw: unknown,
): { ok: true; value: GazetteerData } | { ok: false; error: string } {
  const parsed = gazetteerData.safeParse(raw);
  if (parsed.success) return { ok: true, value: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, error: `${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'invalid'}` };
}

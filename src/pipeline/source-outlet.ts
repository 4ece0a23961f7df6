import { outletRegistry } from '../actors/index.js';
import { type Outlet, UNKNOWN } from '../domain/index.js';
import { hostOf } from '../lib/index.js';
import type { OutletChanges } from '../storage/index.js';
import type { PipelineContext } from './context.js';
import { knownOutletForHost, type OutletDetails, outletForHost, outletFromRegistry } from './new-outlet.js';

/** Why a feed could not be given an outlet: no such outlet, or details that contradict the stored one. */
export type OutletRefusal = { ok: false; error: string };

/** Details an editor gave that differ from the outlet's; empty when they agree. */
export function contradictions(outlet: Outlet, details: OutletDetails): (keyof OutletChanges)[] {
  const fields = ['name', 'country', 'language', 'ownership', 'genre'] as const;
  return fields.filter((field) => {
    const given = details[field];
    if (given === undefined || given === outlet[field]) return false;
    // Setting what nobody has rated yet is filling in, not contradicting.
    return !((field === 'country' || field === 'ownership') && outlet[field] === UNKNOWN);
  });
}

/** The one-line error for details that contradict an outlet, naming it and the command that changes it. */
export function conflictMessage(host: string, outlet: Outlet, details: OutletDetails): string {
  const fields = contradictions(outlet, details);
  const said = fields.map(
    (f) => `--${f} ${quoteArg(String(details[f]))} (it has ${quoteArg(String(outlet[f]))})`,
  );
  const fix = fields.map((f) => `--${f} ${quoteArg(String(details[f]))}`).join(' ');
  return (
    `${host} belongs to the outlet ${outlet.name} (${outlet.slug}); ${said.join(', ')} ${fields.length === 1 ? 'contradicts' : 'contradict'} it. ` +
    `Nothing was changed. To change the outlet: multipolar outlets set ${outlet.slug} ${fix}`
  );
}

/**
 * The outlet a feed belongs to: the named one (`--outlet`, for feeds on a shared host), else the
 * registry's or a stored outlet for the feed's host, else a new unrated outlet with the details
 * given. Details that contradict an existing outlet are refused, never written over it; details
 * that only fill in an unrated country or ownership are kept.
 */
export async function outletForFeed(
  ctx: PipelineContext,
  feedUrl: string,
  details: OutletDetails,
  opts: { outletSlug?: string; fallbackName?: string | null },
): Promise<{ ok: true; value: Outlet } | OutletRefusal> {
  const host = hostOf(feedUrl) ?? 'unknown';
  if (opts.outletSlug !== undefined) {
    const named = await outletBySlug(ctx, opts.outletSlug);
    if (named) return agree(ctx, host, named, details);
    if (details.name === undefined) {
      return {
        ok: false,
        error: `There is no outlet "${opts.outletSlug}": give --name (and --country, --ownership) to create it, or see the outlets with: multipolar outlets list`,
      };
    }
    // A new outlet on a shared host: its slug is the editor's, not the host's.
    const created = await ctx.store.outlets.ensure({
      ...outletForHost(host, definedOnly(details), notesFor(details)),
      slug: opts.outletSlug,
    });
    return agree(ctx, host, created, details);
  }
  const known = await knownOutletForHost(ctx, host);
  if (known) return agree(ctx, host, known, details);
  const created = await ctx.store.outlets.ensure(
    outletForHost(
      host,
      {
        homepage: `${new URL(feedUrl).origin}/`,
        ...(opts.fallbackName ? { name: opts.fallbackName } : {}),
        ...definedOnly(details),
      },
      notesFor(details),
    ),
  );
  // ensure() may return an outlet another process created first: hold the details against it too.
  return agree(ctx, host, created, details);
}

/** A stored outlet by slug, or the registry's (stored on first use). */
export async function outletBySlug(ctx: PipelineContext, slug: string): Promise<Outlet | null> {
  const stored = await ctx.store.outlets.getBySlug(slug);
  if (stored) return stored;
  const record = outletRegistry().bySlug(slug);
  return record ? ctx.store.outlets.ensure(outletFromRegistry(record)) : null;
}

async function agree(
  ctx: PipelineContext,
  host: string,
  outlet: Outlet,
  details: OutletDetails,
): Promise<{ ok: true; value: Outlet } | OutletRefusal> {
  if (contradictions(outlet, details).length > 0) {
    return { ok: false, error: conflictMessage(host, outlet, details) };
  }
  const fill: OutletChanges = {};
  if (details.country !== undefined && outlet.country === UNKNOWN) fill.country = details.country;
  if (details.ownership !== undefined && outlet.ownership === UNKNOWN) fill.ownership = details.ownership;
  if (Object.keys(fill).length === 0) return { ok: true, value: outlet };
  const updated = await ctx.store.outlets.update(outlet.slug, fill);
  return { ok: true, value: updated ?? outlet };
}

function notesFor(details: OutletDetails): string {
  return details.country && details.ownership
    ? 'Added from a feed with the details an editor gave.'
    : 'Added from a feed; country and ownership not yet set.';
}

function definedOnly(details: OutletDetails): OutletDetails {
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined));
}

function quoteArg(value: string): string {
  return /^[\w.:/@-]+$/.test(value) ? value : `"${value.replace(/(["\\$`])/g, '\\$1')}"`;
}

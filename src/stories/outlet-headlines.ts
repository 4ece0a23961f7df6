import type { HeadlineGroup, Perspective } from '../domain/index.js';

// Headlines listed per outlet: an outlet that ran a story twenty times has one framing, not twenty.
const MAX_PER_OUTLET = 5;

/**
 * "How each outlet put it": every outlet's own headlines, in the perspectives' groups and order, so a
 * reader sees the framing side by side. Outlets known only from others' quotes have no headline and
 * are left out; a group left empty goes too. At most five headlines an outlet, with a count of the rest.
 */
export function outletHeadlines(perspectives: readonly Perspective[]): HeadlineGroup[] {
  return perspectives.flatMap((p) => {
    const outlets = p.outlets
      .filter((o) => o.articles.length > 0)
      .map((o) => ({
        outlet: { id: o.outlet.id, name: o.outlet.name, slug: o.outlet.slug },
        more: Math.max(0, o.articles.length - MAX_PER_OUTLET),
        headlines: o.articles.slice(0, MAX_PER_OUTLET).map((a) => ({
          articleId: a.id,
          title: a.title,
          ...(a.wireCopyOf ? { wireCopyOf: a.wireCopyOf } : {}),
        })),
      }));
    return outlets.length > 0
      ? [{ label: p.label, ownership: p.ownership, country: p.country, outlets }]
      : [];
  });
}

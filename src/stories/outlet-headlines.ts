import type { HeadlineGroup, Perspective } from '../domain/index.js';

/**
 * "How each outlet put it": every outlet's own headlines, in the perspectives' groups and order, so a
 * reader sees the framing side by side. Outlets known only from others' quotes have no headline and
 * are left out; a group left empty goes too.
 */
export function outletHeadlines(perspectives: readonly Perspective[]): HeadlineGroup[] {
  return perspectives.flatMap((p) => {
    const outlets = p.outlets
      .filter((o) => o.articles.length > 0)
      .map((o) => ({
        outlet: { id: o.outlet.id, name: o.outlet.name, slug: o.outlet.slug },
        headlines: o.articles.map((a) => ({
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

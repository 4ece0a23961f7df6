import { type Outlet, type Quote, type Story, UNKNOWN } from '../domain/index.js';
import type { ArticleSummary } from '../storage/index.js';
import { formatDate, ownershipLabel, plural } from './format.js';
import { html, type SafeHtml } from './html.js';

/** Ownership and country badges for an outlet; one "Unrated" badge for an outlet nobody has rated. */
export function outletBadges(o: Pick<Outlet, 'ownership' | 'country'>, countryName: string): SafeHtml {
  if (o.ownership === UNKNOWN && o.country === UNKNOWN) {
    return html`<span class="badge own-unknown" title="Country and ownership not yet rated">Unrated</span>`;
  }
  const country =
    o.country === UNKNOWN
      ? html`<span class="badge" title="Country not yet rated">country unrated</span>`
      : html`<span class="badge" title="${countryName}">${o.country}</span>`;
  return html`<span class="badge own-${o.ownership}">${ownershipLabel(o.ownership)}</span>${country}`;
}

/** "first – last", or one date when they are the same. */
export function dateRange(first: Date, last: Date): SafeHtml {
  if (formatDate(first) === formatDate(last)) return timeTag(last);
  return html`${timeTag(first)} – ${timeTag(last)}`;
}

/** When an article was published, or "date unknown": the time we fetched it is never passed off as that. */
export function publishedTag(d: Date | null): SafeHtml {
  return d ? timeTag(d) : html`<span class="muted">date unknown</span>`;
}

/** A <time> element with a readable UTC date. */
export function timeTag(d: Date | null): SafeHtml {
  if (!d) return html``;
  return html`<time datetime="${d.toISOString()}">${formatDate(d)}</time>`;
}

/** A role the text gives as title words before the name ("Sen.", "Lt. Col.", "Foreign Minister"): every word capitalised. */
const TITLE_ROLE = /^\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*)*$/u;

/**
 * Who a quote is by, the way a magazine credits it, as parts to join with commas: the name, then the role and
 * organisation the text gives ("Nasser Al-Kuwari, spokesman, Qatari Foreign Ministry"). A part the name already
 * says is not said twice ("a spokesperson for the State Department" keeps neither).
 */
export function speakerCredit(
  q: Pick<Quote, 'speaker' | 'speakerRole' | 'affiliation'> & Partial<Pick<Quote, 'speakerKind'>>,
): string[] {
  // "Sen. Ben Sasse", "Foreign Minister Wang Yi": a title goes before the name, as the text wrote it; a role in
  // lower case ("spokesman") is a description and follows it.
  const before = q.speaker && q.speakerRole && TITLE_ROLE.test(q.speakerRole) ? q.speakerRole : null;
  const name = before ? `${before} ${q.speaker}` : (q.speaker ?? 'Unattributed');
  const details: string[] = [];
  for (const part of [before ? null : q.speakerRole, q.affiliation]) {
    // "Foreign Ministry spokesman" already says "Foreign Ministry".
    if (part && ![name, ...details].some((said) => holdsWords(said, part))) details.push(part);
  }
  return [withArticle(name, q.speakerKind ?? null), ...details];
}

/**
 * "A senior US Treasury official", "The fund's executive director": one person known only by a description in
 * lower case reads as a sentence's subject with its article (the text's own article is not kept with the speaker).
 */
function withArticle(name: string, kind: Quote['speakerKind'] | null): string {
  if (kind !== 'person' || !/^\p{Ll}/u.test(name)) return name;
  if (/^\p{L}+['’]s\s/u.test(name)) return `The ${name}`;
  return `${/^[aeiou]/i.test(name) ? 'An' : 'A'} ${name}`;
}

/** Does `text` hold the words of `part` in a row ("the State Department" holds "state department")? */
function holdsWords(text: string, part: string): boolean {
  const words = (s: string) =>
    ` ${s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
  return words(text).includes(words(part));
}

/** One quote as a blockquote with its attribution: "— Liang Wen, spokesperson, Foreign Ministry, said". */
export function quoteBlock(q: Quote): SafeHtml {
  const credit = speakerCredit(q);
  const who = credit.join(', ');
  const kind = q.speakerKind ? html` <span class="badge">${q.speakerKind}</span>` : '';
  const text = q.kind === 'direct' ? `“${q.text}”` : q.text;
  // "— Liang Wen, Foreign Ministry, said" but "— Liang Wen said".
  const cue = q.cue ? `${credit.length > 1 ? ',' : ''} ${q.cue}` : '';
  return html`<blockquote><p>${text}</p><footer>— ${who}${cue}${kind}${
    q.kind === 'reported' ? html` <span class="muted">(reported)</span>` : ''
  }</footer></blockquote>`;
}

/** A list of article summaries: title link, outlet and date. */
export function articleList(items: ArticleSummary[]): SafeHtml {
  if (items.length === 0) return html`<p class="muted">No articles yet.</p>`;
  return html`<ul class="plain-list">${items.map(
    (a) => html`<li><a href="/articles/${a.id}">${a.title}</a>
<div class="meta">${a.outletName} · ${publishedTag(a.published)}</div>
${a.standfirst ? html`<div>${a.standfirst}</div>` : ''}</li>`,
  )}</ul>`;
}

/** A plain list of stories: headline link and counts. */
export function storyList(items: Story[]): SafeHtml {
  if (items.length === 0) return html`<p class="muted">No stories yet.</p>`;
  return html`<ul class="plain-list">${items.map(
    (s) => html`<li><a href="/stories/${s.id}">${s.headline}</a>
<div class="meta">${plural(s.outletCount, 'outlet')} · ${plural(s.articleCount, 'article')} · ${timeTag(s.lastPublished)}</div></li>`,
  )}</ul>`;
}

/** Previous / next links for a 1-based page; `hasNext` comes from fetching one extra row. */
export function pager(
  basePath: string,
  params: Record<string, string>,
  page: number,
  hasNext: boolean,
): SafeHtml {
  const link = (p: number) => {
    const qs = new URLSearchParams({ ...params, page: String(p) });
    return `${basePath}?${qs.toString()}`;
  };
  if (page <= 1 && !hasNext) return html``;
  return html`<nav class="pager" aria-label="Pages">${page > 1 ? html`<a rel="prev" href="${link(page - 1)}">← Previous</a>` : ''}<span class="muted">Page ${page}</span>${
    hasNext ? html`<a rel="next" href="${link(page + 1)}">Next →</a>` : ''
  }</nav>`;
}

/** "Image: credit / outlet", or just the outlet when the credit is unknown; an outlet the credit names is not repeated. */
export function imageCredit(image: { credit: string | null; outletName: string }): string {
  if (!image.credit || image.credit === image.outletName) return `Image: ${image.outletName}`;
  // "Northbridge" for Northbridge Broadcasting: a credit that is the outlet's name, whole or its first words.
  const outlet = image.outletName.toLowerCase();
  const namesOutlet = (part: string) => part === outlet || outlet.startsWith(`${part} `);
  const parts = image.credit.split(/\s*[/|]\s*/).map((p) => p.toLowerCase());
  if (parts.every(namesOutlet)) return `Image: ${image.outletName}`;
  if (parts.some(namesOutlet)) return `Image: ${image.credit}`;
  return `Image: ${image.credit} / ${image.outletName}`;
}

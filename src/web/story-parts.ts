import type {
  Blindspot,
  ComposedStory,
  HeadlineCredit,
  HeadlineGroup,
  Ownership,
  WireCopy,
} from '../domain/index.js';
import { quoteBlock } from './components.js';
import { plural } from './format.js';
import { html, type SafeHtml } from './html.js';

const BASIS_NOUN: Record<'wire' | 'public', string> = {
  wire: 'a wire agency',
  public: 'public media',
};

// The kinds of outlet whose headline is taken when no wire agency or public broadcaster titled the story.
const OWNERSHIP_NOUN: Record<Ownership, string> = {
  private: 'a private outlet',
  independent: 'an independent outlet',
  unknown: 'an unrated outlet',
  public: 'public media',
  state: 'state media',
  'state-backed': 'state-backed media',
};

/** "Headline: Meridian Wire, a wire agency": whose wording the story's headline is, and why theirs. */
export function headlineCreditLine(credit: HeadlineCredit): SafeHtml {
  if (credit.basis === 'facts') {
    return html`<p class="headline-credit meta">Headline written from the story’s own facts: no outlet gave it a title</p>`;
  }
  if (credit.basis === 'stored' || credit.outlet === null) return html``;
  const noun =
    credit.basis === 'wire' || credit.basis === 'public'
      ? BASIS_NOUN[credit.basis]
      : OWNERSHIP_NOUN[credit.outlet.ownership];
  const why =
    credit.basis === 'state'
      ? html` <span class="muted">(only state-run or state-backed outlets titled this story)</span>`
      : html``;
  const who = credit.articleId
    ? html`<a href="/articles/${credit.articleId}">${credit.outlet.name}</a>`
    : html`${credit.outlet.name}`;
  return html`<p class="headline-credit meta">Headline: ${who}${noun ? html`, ${noun}` : ''}${why}</p>`;
}

/** The blindspot flags under a story's headline (or on a card). */
export function blindspotList(flags: readonly Blindspot[]): SafeHtml {
  if (flags.length === 0) return html``;
  return html`<ul class="blindspots" aria-label="Blindspots">${flags.map(
    (f) =>
      html`<li class="blindspot blindspot-${f.kind}"><span class="blindspot-label">Blindspot</span> ${f.text}</li>`,
  )}</ul>`;
}

/** "How each outlet put it": every outlet's own headlines, in the perspectives' groups. */
export function outletHeadlinesSection(groups: readonly HeadlineGroup[]): SafeHtml {
  if (groups.length === 0) return html``;
  return html`<section class="outlet-headlines" aria-labelledby="how-put">
<h2 class="section-title" id="how-put">How each outlet put it</h2>
<dl>${groups.map(
    (g) =>
      html`<dt class="own-${g.ownership}">${g.label}</dt>${g.outlets.flatMap((o) =>
        o.headlines
          .map(
            (h) =>
              html`<dd><span class="outlet-name">${o.outlet.name}:</span> <a href="/articles/${h.articleId}">${h.title}</a>${
                h.wireCopyOf ? html` <span class="meta">(${h.wireCopyOf} text)</span>` : ''
              }</dd>`,
          )
          .concat(
            o.more > 0
              ? [html`<dd class="meta">${o.outlet.name}: ${plural(o.more, 'more article')}</dd>`]
              : [],
          ),
      )}`,
  )}</dl>
</section>`;
}

/** "Meridian Wire text, carried by 4 outlets: …": each wire text once, with its quotes once. */
export function wireCopySection(copies: readonly WireCopy[]): SafeHtml {
  if (copies.length === 0) return html``;
  return html`<h2 class="section-title">Wire copy</h2>
${copies.map(
  (c) => html`<section class="wire-copy">
<h3>${c.origin} text, carried by ${plural(c.outlets.length, 'outlet')}: ${c.outlets.map((o) => o.name).join(', ')}</h3>
<p><a href="/articles/${c.articleIds[0]}">${c.title}</a>${originNote(c)}</p>
${c.quotes.map((q) => quoteBlock(q))}
<p class="meta">Shown once here; the outlets’ cards below list only what each added of its own.</p>
</section>`,
)}`;
}

function originNote(c: WireCopy): SafeHtml {
  if (c.originFrom === 'earliest') {
    return html` <span class="meta">(no agency named; ${c.origin} published it first)</span>`;
  }
  if (c.originFrom === 'byline')
    return html` <span class="meta">(credited to ${c.origin} in the byline)</span>`;
  if (c.originFrom === 'text') return html` <span class="meta">(credited to ${c.origin} in the text)</span>`;
  return html``;
}

/** "3 of them reprints": the header's count of articles that only ran wire copy. */
export function reprintNote(s: ComposedStory): SafeHtml {
  const n = s.coverage.reprints;
  return n > 0 ? html` · ${plural(n, 'reprint')} of wire copy` : html``;
}

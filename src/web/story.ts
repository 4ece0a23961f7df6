import { Hono } from 'hono';
import type { ComposedStory, OutletCoverage, Perspective } from '../domain/index.js';
import { actorChips } from './article.js';
import { dateRange, imageCredit, outletBadges, publishedTag, quoteBlock } from './components.js';
import { coverageBar } from './coverage-bar.js';
import type { CountryLabels, ViewDeps, WebDeps } from './deps.js';
import { notFound } from './errors.js';
import { plural } from './format.js';
import { html, linkUrl, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { loadComposedStory } from './story-data.js';
import {
  blindspotList,
  headlineCreditLine,
  outletHeadlinesSection,
  reprintNote,
  wireCopySection,
} from './story-parts.js';
import { idParams, validParams } from './validate.js';
import { CACHE, HTML, sendView } from './view-response.js';

/** "as reported by the Huaxia Herald": an outlet's words that reached the story through another outlet. */
function reportedNote(by: readonly string[] | undefined): SafeHtml {
  return by && by.length > 0 ? html`<p class="meta">Quoted in coverage by ${by.join(', ')}</p>` : html``;
}

function outletCard(o: OutletCoverage, labels: CountryLabels): SafeHtml {
  // An outlet known only from other outlets' articles has no page here.
  const name =
    o.outlet.id > 0 ? html`<a href="/outlets/${o.outlet.slug}">${o.outlet.name}</a>` : html`${o.outlet.name}`;
  return html`<article class="outlet-card">
<h4>${name}</h4>
<p>${outletBadges(o.outlet, labels.countryName(o.outlet.country))}</p>
${reportedNote(o.reportedBy)}
<ul>${o.articles.map((a) => {
    const original = linkUrl(a.url);
    return html`<li><a href="/articles/${a.id}">${a.title}</a>${
      a.wireCopyOf ? html` <span class="wire-tag">${a.wireCopyOf} text</span>` : ''
    }${
      original
        ? html` <a class="meta" href="${original}" rel="nofollow noopener">Read it at ${o.outlet.name}</a>`
        : ''
    }</li>`;
  })}</ul>
${wireOnlyNote(o)}
${o.quotes.map((q) => html`${quoteBlock(q)}${q.reportedBy ? html`<p class="meta">as reported by ${q.reportedBy}</p>` : ''}`)}
</article>`;
}

/** Under the coverage bars: the reprints the bars leave out, by copy and outlet. */
function reprintsApart(s: ComposedStory): SafeHtml {
  if (s.coverage.reprints === 0) return html``;
  return html`<p class="meta reprints-apart">Counts of reporting: each wire text counts once. Not counted above, ${plural(s.coverage.reprints, 'reprint')}: ${s.wireCopy.map(
    (c) => html`${c.origin} text as run by ${c.reprintedBy.join(', ')}`,
  )}.</p>`;
}

/** A card whose every article is wire copy says where its text is, instead of showing nothing. */
function wireOnlyNote(o: OutletCoverage): SafeHtml {
  const origins = new Set(o.articles.map((a) => a.wireCopyOf));
  if (o.articles.length === 0 || origins.has(undefined) || o.quotes.length > 0) return html``;
  const own = origins.size === 1 && origins.has(o.outlet.name);
  return own
    ? html`<p class="meta">Its text, which other outlets ran too, is shown once under Wire copy.</p>`
    : html`<p class="meta">Ran ${[...origins].join(', ')} text, shown once under Wire copy.</p>`;
}

function perspective(p: Perspective, labels: CountryLabels): SafeHtml {
  return html`<section class="perspective own-${p.ownership}">
<h3>${p.label}</h3>
${p.outlets.map((o) => outletCard(o, labels))}
</section>`;
}

function leadImage(s: ComposedStory): SafeHtml {
  const src = s.image ? linkUrl(s.image.url) : null;
  if (!s.image || !src) return html``;
  return html`<figure class="lead-image"><img src="${src}" alt="${s.image.caption ?? ''}" referrerpolicy="no-referrer">
<figcaption>${s.image.caption ? html`${s.image.caption} ` : ''}<span class="credit">${imageCredit(s.image)}</span></figcaption></figure>`;
}

// The span of its articles' publication dates; undated articles (placed by fetch time) do not count.
function storyDates(s: ComposedStory): SafeHtml {
  const dated = s.timeline.flatMap((t) => (t.at ? [t.at] : []));
  if (dated.length === 0) return html`<span class="muted">date unknown</span>`;
  // The timeline is in time order, so the dated entries are too.
  return dateRange(dated[0]!, dated[dated.length - 1]!);
}

/** The body of a story page (exported for rendering tests). */
export function storyBody(
  s: ComposedStory,
  actors: { id: string; name: string }[],
  labels: CountryLabels,
): SafeHtml {
  const st = s.story;
  return html`<article>
<header class="story-head">
<h1>${s.headline}</h1>
${headlineCreditLine(s.headlineCredit)}
${s.standfirst ? html`<p class="standfirst">${s.standfirst}</p>` : ''}
<p class="meta">${plural(st.outletCount, 'outlet')} · ${plural(st.articleCount, 'article')}${reprintNote(s)} · ${storyDates(s)}</p>
${blindspotList(s.blindspots)}
${actorChips(actors)}
</header>
${outletHeadlinesSection(s.outletHeadlines)}
${leadImage(s)}
${
  s.facts.length > 0
    ? html`<h2 class="section-title">The facts</h2>
<ul class="facts">${s.facts.map((f) => html`<li>${f.text} <span class="meta">reported by ${plural(f.outletCount, 'outlet')}</span></li>`)}</ul>`
    : ''
}
<h2 class="section-title">Coverage</h2>
<div class="coverage-pair">
${coverageBar(s.coverage.byOwnership, { id: 'cov-ownership', title: 'By kind of outlet', kind: 'ownership' })}
${coverageBar(s.coverage.byCountry, { id: 'cov-country', title: 'By country', kind: 'country' })}
</div>
${reprintsApart(s)}
${wireCopySection(s.wireCopy)}
<h2 class="section-title">Perspectives</h2>
<div class="perspectives">${s.perspectives.map((p) => perspective(p, labels))}</div>
<h2 class="section-title">Timeline</h2>
<ol class="timeline">${s.timeline.map(
    (t) =>
      html`<li>${publishedTag(t.at)}<a href="/articles/${t.articleId}">${t.title}</a> <span class="meta">${t.outlet}</span></li>`,
  )}</ol>
${
  s.related.length > 0
    ? html`<h2 class="section-title">Explore more</h2>
<ul class="related">${s.related.map(
        (r) =>
          html`<li><a href="/stories/${r.id}">${r.headline}</a> <span class="meta">${plural(r.outletCount, 'outlet')}</span></li>`,
      )}</ul>`
    : ''
}
</article>`;
}

/** The whole story page, or null when there is no such story. */
async function composeStoryPage(deps: WebDeps, id: number): Promise<string | null> {
  const loaded = await loadComposedStory(deps, id);
  if (!loaded) return null;
  const { composed, actors } = loaded;
  const body = storyBody(composed, actors, deps.labels);
  return renderPage({ title: composed.headline, description: composed.standfirst, demo: deps.demo, body });
}

/** /stories/:id: the magazine view of one story, composed once per story version. */
export function storyRoutes(deps: ViewDeps): Hono {
  const app = new Hono();
  app.get('/stories/:id', validParams(idParams), async (c) => {
    const id = c.req.valid('param').id;
    const view = await deps.views.get(`story:${id}`, () => composeStoryPage(deps, id));
    if (!view) {
      // A story merged into another keeps answering at its old address.
      const home = await deps.store.stories.resolve(id);
      if (home !== null && home !== id) return c.redirect(`/stories/${home}`, 301);
      throw notFound('story');
    }
    return sendView(c, view, HTML, CACHE.page);
  });
  return app;
}

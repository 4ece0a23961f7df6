import { Hono } from 'hono';
import { formatAge } from '../lib/index.js';
import { signFormToken } from '../newsletter/tokens.js';
import { imageCredit } from './components.js';
import { coverageBar } from './coverage-bar.js';
import type { ViewDeps, WebDeps } from './deps.js';
import { plural } from './format.js';
import { html, linkUrl, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { blindspotList } from './story-parts.js';
import { SIGNUP_FORM } from './subscribe.js';
import { loadStoryCards, rankedStories, type StoryCard } from './story-data.js';
import { CACHE, HTML, sendView } from './view-response.js';

const HOME_STORIES = 30;

function card(c: StoryCard, now: Date): SafeHtml {
  const s = c.story;
  const img = c.image ? linkUrl(c.image.url) : null;
  return html`<li class="story-card">
<h2><a href="/stories/${s.id}">${s.headline}</a></h2>
${s.standfirst ? html`<p class="standfirst">${s.standfirst}</p>` : ''}
${img && c.image ? html`<figure class="thumb"><img src="${img}" alt="${c.image.caption ?? ''}" loading="lazy" referrerpolicy="no-referrer"><figcaption>${imageCredit(c.image)}</figcaption></figure>` : ''}
<p class="meta">${plural(s.outletCount, 'outlet')} · ${plural(s.articleCount, 'article')} · ${c.lastDated ? formatAge(c.lastDated, now) : 'date unknown'}</p>
${coverageBar(c.byOwnership, { id: `cov-${s.id}`, title: 'Coverage by kind of outlet', kind: 'ownership', mini: true })}
<p class="outlet-names">${c.outletNames.join(', ')}</p>
${blindspotList(c.blindspots)}
</li>`;
}

/** The whole front page as composed now: the top stories ranked, each as a card. */
async function composeHome(deps: WebDeps): Promise<string> {
  const stories = await rankedStories(deps, { limit: HOME_STORIES, offset: 0 });
  const cards = await loadStoryCards(deps, stories);
  const now = deps.now();
  const body =
    cards.length > 0
      ? html`<h1 class="skip">Top stories</h1><ol class="story-grid">${cards.map((x) => card(x, now))}</ol>`
      : html`<h1>No stories yet</h1><p class="standfirst">Add some feeds and let the worker collect articles; stories appear here as soon as outlets cover the same event.</p>`;
  // The token lives a day and the home page is recomposed at least every minute or so.
  const signupToken = deps.newsletter ? signFormToken(deps.newsletter.secret, SIGNUP_FORM, now) : null;
  return renderPage({ title: '', demo: deps.demo, body, signupToken });
}

/** The front page: stories ranked by breadth of coverage and recency, composed once per story version. */
export function homeRoutes(deps: ViewDeps): Hono {
  const app = new Hono();
  app.get('/', async (c) => {
    const view = await deps.views.get('home', () => composeHome(deps));
    return sendView(c, view!, HTML, CACHE.page);
  });
  return app;
}

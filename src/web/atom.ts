import { Hono } from 'hono';
import type { Story } from '../domain/index.js';
import { siteBase } from './base-url.js';
import type { ViewDeps } from './deps.js';
import { plural } from './format.js';
import { html, type SafeHtml } from './html.js';
import { rankedStories } from './story-data.js';
import { ATOM, CACHE, sendView } from './view-response.js';

const FEED_STORIES = 30;

function entry(s: Story, base: string): SafeHtml {
  const url = `${base}/stories/${s.id}`;
  const summary = s.standfirst ?? `${plural(s.outletCount, 'outlet')}, ${plural(s.articleCount, 'article')}.`;
  return html`<entry>
<id>${url}</id>
<title type="text">${s.headline}</title>
<published>${s.firstPublished.toISOString()}</published>
<updated>${s.lastPublished.toISOString()}</updated>
<link rel="alternate" type="text/html" href="${url}"/>
<summary type="text">${summary}</summary>
</entry>`;
}

/** Atom 1.0 document of the given stories; `updated` is their latest article, or `now` when empty. */
export function renderStoriesAtom(stories: Story[], base: string, now: Date): string {
  // An entry is updated when a new article joins its story, not each time clustering rewrites the row.
  const updated = new Date(Math.max(0, ...stories.map((s) => s.lastPublished.getTime())));
  return html`<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<id>${base}/</id>
<title>Multipolar: top stories</title>
<subtitle>The facts behind the news, and how outlets from many countries cover them.</subtitle>
<updated>${(stories.length > 0 ? updated : now).toISOString()}</updated>
<link rel="self" type="application/atom+xml" href="${base}/feeds/stories.atom"/>
<link rel="alternate" type="text/html" href="${base}/"/>
<author><name>Multipolar</name></author>
<generator>Multipolar</generator>
${stories.map((s) => entry(s, base))}
</feed>
`.value;
}

/** /feeds/stories.atom: the top stories as an Atom feed, composed once per story version. */
export function atomRoutes(deps: ViewDeps): Hono {
  const app = new Hono();
  app.get('/feeds/stories.atom', async (c) => {
    const base = siteBase(deps.config);
    const view = await deps.views.get('atom', async () => {
      const stories = await rankedStories(deps, { limit: FEED_STORIES, offset: 0 });
      return renderStoriesAtom(stories, base, deps.now());
    });
    return sendView(c, view!, ATOM, CACHE.feed);
  });
  return app;
}

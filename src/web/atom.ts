import { Hono } from 'hono';
import type { Story } from '../domain/index.js';
import { siteBase } from './base-url.js';
import type { WebDeps } from './deps.js';
import { plural } from './format.js';
import { html, type SafeHtml } from './html.js';
import { rankedStories } from './story-data.js';

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

/** /feeds/stories.atom: the top stories as an Atom feed. */
export function atomRoutes(deps: WebDeps): Hono {
  const app = new Hono();
  app.get('/feeds/stories.atom', async (c) => {
    const stories = await rankedStories(deps, { limit: FEED_STORIES, offset: 0 });
    c.header('Content-Type', 'application/atom+xml; charset=utf-8');
    c.header('Cache-Control', 'public, max-age=300');
    return c.body(renderStoriesAtom(stories, siteBase(deps.config), deps.now()));
  });
  return app;
}

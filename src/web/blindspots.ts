import { Hono } from 'hono';
import type { Blindspot, Story } from '../domain/index.js';
import { formatAge } from '../lib/index.js';
import type { ViewDeps, WebDeps } from './deps.js';
import { plural } from './format.js';
import { html, type SafeHtml } from './html.js';
import { renderPage } from './layout.js';
import { loadBlindspots } from './story-data.js';
import { CACHE, HTML, sendView } from './view-response.js';

const WEEK_MS = 7 * 24 * 3_600_000;
// The week's stories looked at, newest first: enough for a busy week, and a bound on the page's work.
const MAX_STORIES = 300;

/** The page's sections, one per kind of flag, in the order blindspotsOf raises them. */
const SECTIONS: readonly { kind: Blindspot['kind']; title: string; about: string }[] = [
  {
    kind: 'state-only',
    title: 'Covered only by state media',
    about: 'Every outlet that reported these is run or funded by a state.',
  },
  {
    kind: 'no-local-coverage',
    title: 'Not covered where it happened',
    about: 'No outlet from the country where the event took place is among those that reported it.',
  },
  {
    kind: 'one-side-quoted',
    title: 'Only one side quoted',
    about: 'Every quoted voice whose country the articles give comes from one of the countries involved.',
  },
];

function entry(story: Story, flag: Blindspot, now: Date): SafeHtml {
  return html`<li><a href="/stories/${story.id}">${story.headline}</a>
<p class="meta">${flag.text} · ${plural(story.outletCount, 'outlet')} · ${formatAge(story.lastPublished, now)}</p></li>`;
}

/** The week's stories with a blindspot, grouped by kind of blindspot. */
async function composeBlindspots(deps: WebDeps): Promise<string> {
  const now = deps.now();
  const stories = await deps.store.stories.list({
    limit: MAX_STORIES,
    offset: 0,
    since: new Date(now.getTime() - WEEK_MS),
  });
  const flags = await loadBlindspots(deps, stories);
  const sections = SECTIONS.map((section) => {
    const items = stories.flatMap((story) =>
      (flags.get(story.id) ?? []).filter((f) => f.kind === section.kind).map((f) => entry(story, f, now)),
    );
    return { ...section, items };
  }).filter((s) => s.items.length > 0);
  const body = html`<h1>Blindspots this week</h1>
<p class="standfirst">Stories from the last seven days whose coverage leaves something out: who reported them, from where, and whose voices they carry.</p>
${
  sections.length > 0
    ? sections.map(
        (s) => html`<section class="blindspot-section"><h2 class="section-title">${s.title}</h2>
<p class="meta">${s.about}</p>
<ul class="plain-list">${s.items}</ul></section>`,
      )
    : html`<p>No blindspots among this week’s ${plural(stories.length, 'story', 'stories')}.</p>`
}`;
  return renderPage({ title: 'Blindspots', demo: deps.demo, body });
}

/** /blindspots: the week's stories with gaps in their coverage, composed once per story version. */
export function blindspotRoutes(deps: ViewDeps): Hono {
  const app = new Hono();
  app.get('/blindspots', async (c) => {
    const view = await deps.views.get('blindspots', () => composeBlindspots(deps));
    return sendView(c, view!, HTML, CACHE.page);
  });
  return app;
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFixture, outletFixture } from '../storage/test-harness.js';
import { EXCERPT_WORDS, excerpt } from './excerpt.js';
import { openTestSite, type TestSite } from './test-harness.js';

// Ten paragraphs of 20 words; the last one carries a word that must never leave an excerpt-only outlet.
const PARAGRAPHS = Array.from(
  { length: 10 },
  (_, i) =>
    `Paragraph ${i + 1} tells how the ministers met at the harbour and argued about grain, ships and insurance. ${
      i === 9 ? 'Zanzibarite' : 'Then'
    } they rested.`,
);
const BODY = PARAGRAPHS.join('\n\n');

let site: TestSite;
let closedId: number;
let openId: number;
beforeAll(async () => {
  site = await openTestSite();
  const closed = await site.store.outlets.upsert(outletFixture('real-daily', { name: 'Real Daily' }));
  const open = await site.store.outlets.upsert(
    outletFixture('open-press', { name: 'Open Press', fullText: true }),
  );
  const bodyHtml = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');
  closedId = await site.store.articles.insert(
    articleFixture(closed.id, 'closed', { title: 'Ministers meet at the harbour', bodyText: BODY, bodyHtml }),
  );
  openId = await site.store.articles.insert(
    articleFixture(open.id, 'open', {
      title: 'Ministers meet at the harbour again',
      bodyText: BODY,
      bodyHtml,
    }),
  );
});
afterAll(async () => {
  await site.close();
});

const page = async (path: string) => (await site.app.request(path)).text();

describe('publishing real outlets responsibly', () => {
  it('shows an outlet that has not licensed its work as an excerpt and a prominent link to the original', async () => {
    const text = await page(`/articles/${closedId}`);
    expect(text).toContain('Paragraph 1 tells how the ministers met');
    expect(text).not.toContain('Paragraph 4');
    expect(text).not.toContain('Zanzibarite');
    expect(text).toContain('…');
    expect(text).toMatch(
      /<p class="read-original"><a href="https:\/\/news\.example\/closed" rel="nofollow noopener">Read the full article at Real Daily<\/a><\/p>/,
    );
  });

  it('shows an openly licensed outlet whole', async () => {
    const text = await page(`/articles/${openId}`);
    for (const p of PARAGRAPHS) expect(text).toContain(`<p>${p}</p>`);
    expect(text).not.toContain('read-original');
  });

  it('gives the same excerpt in the JSON API unless the outlet is openly licensed', async () => {
    const closed = JSON.parse(await page(`/api/articles/${closedId}`)).article;
    expect(closed.bodyIsExcerpt).toBe(true);
    expect(closed.bodyText).not.toContain('Zanzibarite');
    expect(closed.bodyHtml).not.toContain('Zanzibarite');
    expect(closed.bodyText.split(/\s+/).length).toBeLessThanOrEqual(EXCERPT_WORDS + 1);
    const open = JSON.parse(await page(`/api/articles/${openId}`)).article;
    expect(open.bodyIsExcerpt).toBe(false);
    expect(open.bodyText).toBe(BODY);
  });
});

describe('excerpt', () => {
  it('keeps whole paragraphs while they fit, and cuts the next after its last full sentence', () => {
    const cut = excerpt(BODY, 57);
    expect(cut.cut).toBe(true);
    expect(cut.paragraphs.slice(0, 2)).toEqual(PARAGRAPHS.slice(0, 2));
    expect(cut.paragraphs[2]).toBe(
      'Paragraph 3 tells how the ministers met at the harbour and argued about grain, ships and insurance. …',
    );
  });

  it('cuts after a word when no sentence ends late enough, and never splits a word', () => {
    const words = Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ');
    const cut = excerpt(words, 10);
    expect(cut).toEqual({
      paragraphs: ['word0 word1 word2 word3 word4 word5 word6 word7 word8 word9…'],
      cut: true,
    });
  });

  it('leaves a short body whole', () => {
    expect(excerpt('One line.\n\nTwo lines.')).toEqual({
      paragraphs: ['One line.', 'Two lines.'],
      cut: false,
    });
  });

  it('ends the excerpt with an ellipsis when the limit falls between paragraphs', () => {
    expect(excerpt('one two three\n\nfour five', 3)).toEqual({ paragraphs: ['one two three …'], cut: true });
  });
});

describe('an article with no date', () => {
  it('shows "date unknown" on its page, its story card, header and timeline, never the time it was fetched', async () => {
    const outlet = await site.store.outlets.upsert(outletFixture('undated-news', { name: 'Undated News' }));
    const id = await site.store.articles.insert(
      articleFixture(outlet.id, 'undated', {
        title: 'Harbour talks adjourn',
        published: null,
        fetchedAt: new Date(),
      }),
    );
    const story = (
      await site.store.stories.applyClustering([
        {
          id: null,
          headline: 'Harbour talks adjourn',
          standfirst: null,
          firstPublished: new Date(),
          lastPublished: new Date(),
          articleCount: 1,
          outletCount: 1,
          relatedIds: [],
          articleIds: [id],
        },
      ])
    )[0]!;
    const article = await page(`/articles/${id}`);
    expect(article).toContain('date unknown');
    expect(article).not.toMatch(/min ago|<time/);
    const storyPage = await page(`/stories/${story}`);
    const head = /<header class="story-head">([\s\S]*?)<\/header>/.exec(storyPage)![1]!;
    expect(head).toContain('1 outlet · 1 article · <span class="muted">date unknown</span>');
    const card = new RegExp(
      `<li class="story-card">\\s*<h2><a href="/stories/${story}">[\\s\\S]*?</li>`,
    ).exec(await page('/'))![0];
    expect(card).toContain('date unknown');
    expect(card).not.toContain('min ago');
    const timeline = /<ol class="timeline">([\s\S]*?)<\/ol>/.exec(storyPage)![1]!;
    expect(timeline).toContain('date unknown');
    expect(timeline).not.toContain('<time');
    const api = JSON.parse(await page(`/api/stories/${story}`));
    expect(api.timeline[0].at).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import type { HeadlineCredit } from '../domain/index.js';
import { composeStory } from '../stories/index.js';
import { oneArticleStory, outlet, outlets, storyArticle } from '../stories/test-harness.js';
import { storyBody } from './story.js';
import { blindspotList, headlineCreditLine } from './story-parts.js';

const labels = { countryAdjective: (c: string) => c, countryName: (c: string) => c };

describe('story page parts', () => {
  it('says whose headline it is, with the kind of outlet, and why when it is state media’s', () => {
    const credit = (basis: HeadlineCredit['basis'], o = outlets.meridian): HeadlineCredit => ({
      outlet: { id: o.id, name: o.name, ownership: o.ownership, genre: o.genre },
      articleId: 7,
      basis,
    });
    expect(String(headlineCreditLine(credit('wire')))).toContain(
      'Headline: <a href="/articles/7">Meridian Wire</a>, a wire agency',
    );
    expect(String(headlineCreditLine(credit('other', outlets.openGround)))).toContain(
      ', an independent outlet',
    );
    expect(String(headlineCreditLine(credit('state', outlets.herald)))).toContain(
      'Huaxia Herald</a>, state media <span class="muted">(only state-run or state-backed outlets titled this story)',
    );
    expect(String(headlineCreditLine(credit('state', outlets.polar)))).toContain('</a>, state-backed media');
    expect(String(headlineCreditLine({ outlet: null, articleId: null, basis: 'facts' }))).toContain(
      'written from the story’s own facts',
    );
    expect(String(headlineCreditLine({ outlet: null, articleId: null, basis: 'stored' }))).toBe('');
    const hostile = { ...outlets.meridian, name: '<script>x</script>' };
    expect(String(headlineCreditLine(credit('wire', hostile)))).not.toContain('<script>');
  });

  it('escapes blindspot texts and shows nothing when there are none', () => {
    expect(String(blindspotList([]))).toBe('');
    const html = String(
      blindspotList([{ kind: 'no-local-coverage', text: 'No coverage from <b>', country: 'XX' }]),
    );
    expect(html).toContain('No coverage from &lt;b&gt;');
  });

  it('renders a story of 500 untitled articles from one outlet with at most five of its headlines listed', () => {
    const solo = outlet(30, 'Flood Wire', 'US', 'private', 'wire');
    const text = 'Officials said the river rose two metres overnight and closed three bridges in the city.';
    const articles = Array.from({ length: 500 }, (_, i) =>
      storyArticle(i + 1, solo, { title: null, bodyText: `${text} ${text} ${text} Update ${i}.` }),
    );
    const composed = composeStory({
      story: { ...oneArticleStory(''), articleCount: 500, outletCount: 1 },
      articles,
      related: [],
      ...labels,
    });
    const page = String(storyBody(composed, [], labels));
    expect(page).toContain('<h1>Officials said the river rose');
    expect(page).toContain('Flood Wire: 495 more articles');
    const listed = page.split('How each outlet put it')[1]!.split('</section>')[0]!;
    expect(listed.match(/<dd>/g)).toHaveLength(5);
  });
});

import { describe, expect, it } from 'vitest';
import type { ActorMention, Quote } from '../domain/index.js';
import { blindspotsOf } from './blindspots.js';
import { composeStory } from './compose.js';
import { placeOf } from './story-place.js';
import { oneArticleStory, outlet, outlets, quote, storyArticle } from './test-harness.js';
import type { StoryArticle } from './types.js';

const NAMES: Record<string, string> = {
  RU: 'Russia',
  CN: 'China',
  KZ: 'Kazakhstan',
  LT: 'Lithuania',
  US: 'United States',
};
const name = (code: string) => NAMES[code] ?? code;

function country(code: string, start: number): ActorMention {
  const n = name(code);
  return {
    actorId: `country:${code.toLowerCase()}`,
    name: n,
    kind: 'country',
    surface: n,
    start,
    end: start + n.length,
  };
}

function withMentions(item: StoryArticle, ...mentions: ActorMention[]): StoryArticle {
  return { ...item, mentions };
}

/** A quote whose source span ("Kremlin spokesman Arkady Voronin") runs from `at` for 40 characters. */
function sourced(text: string, at: number, over: Partial<Quote> = {}): Quote {
  return { ...quote(text, 'direct', 'Someone'), source: { start: at, end: at + 40 }, ...over };
}

const kinds = (items: StoryArticle[]) => blindspotsOf(items, name).map((b) => b.kind);

describe('blindspotsOf', () => {
  it('flags a story only state and state-backed media covered, and no other', () => {
    const arctic = [
      storyArticle(1, outlets.herald, { title: 'Polar Silk Road gains momentum' }),
      storyArticle(2, outlets.polar, { title: 'Northern Sea Route smashes cargo record' }),
    ];
    expect(blindspotsOf(arctic, name)).toEqual([
      { kind: 'state-only', text: 'Covered only by state and state-backed media', outletCount: 2 },
    ]);
    expect(blindspotsOf(arctic.slice(0, 1), name)[0]!.text).toBe('Covered only by state media');
    expect(kinds([...arctic, storyArticle(3, outlets.northbridge)])).toEqual([]);
  });

  it('names the country where it happened when no outlet from there covered it', () => {
    const summit = [
      withMentions(storyArticle(1, outlets.herald), country('KZ', 10), country('CN', 80)),
      withMentions(storyArticle(2, outlets.commerce), country('US', 5), country('KZ', 40), country('CN', 90)),
      withMentions(storyArticle(3, outlets.openGround), country('KZ', 3), country('CN', 50)),
    ];
    expect(placeOf(summit)).toBe('KZ');
    expect(blindspotsOf(summit, name)).toEqual([
      { kind: 'no-local-coverage', text: 'No coverage from Kazakhstan, where it happened', country: 'KZ' },
    ]);
    const kazakh = outlet(20, 'Steppe Daily', 'KZ', 'private', 'newspaper');
    expect(kinds([...summit, storyArticle(4, kazakh)])).toEqual([]);
    // A country one article names in passing is not where it happened.
    expect(
      placeOf([summit[1]!, storyArticle(5, outlets.liberty), storyArticle(6, outlets.eagle)]),
    ).toBeNull();
  });

  it('flags a story whose quoted voices all come from one of the countries at stake', () => {
    const drills = [
      withMentions(
        storyArticle(1, outlets.polar, {}, [sourced('This is not defence, it is a rehearsal', 100)]),
        country('RU', 0),
        country('LT', 30),
        country('RU', 110),
      ),
      withMentions(
        storyArticle(2, outlets.herald, {}, [
          sourced('The alliance shows no interest in de-escalation', 300),
          quote('Moscow will respond', 'reported', 'Moscow', 0),
        ]),
        country('LT', 5),
        country('RU', 310),
      ),
    ];
    drills[1]!.quotes[1]!.speakerActorId = 'country:ru';
    expect(blindspotsOf(drills, name)).toContainEqual({
      kind: 'one-side-quoted',
      text: 'Only one side quoted: voices from Russia, none from Lithuania',
      country: 'RU',
      unheard: ['LT'],
    });
    // One Lithuanian voice is enough to balance it.
    const answered = withMentions(
      storyArticle(3, outlets.northbridge, {}, [sourced('Here people remember what it means', 500)]),
      country('LT', 510),
      country('RU', 600),
    );
    expect(kinds([...drills, answered])).not.toContain('one-side-quoted');
    // A wire quote reprinted twice is still one voice: not enough to judge.
    const once = drills.map((d) => ({ ...d, quotes: d.quotes.slice(0, 1) }));
    once[1]!.quotes = [sourced('This is not defence, it is a rehearsal', 300)];
    expect(kinds(once)).not.toContain('one-side-quoted');
  });
});

describe('blindspotsOf with the gazetteer’s speakers', () => {
  it('places a known speaker by the country the gazetteer lists for them, and no one else', () => {
    const leader = (text: string) => ({
      ...quote(text, 'direct', 'A leader'),
      speakerActorId: 'person:leader-ru',
    });
    const story = [
      withMentions(
        storyArticle(1, outlets.polar, {}, [leader('We will respond to the drills')]),
        country('RU', 0),
        country('LT', 40),
      ),
      withMentions(
        storyArticle(2, outlets.liberty, {}, [leader('The drills are a provocation')]),
        country('LT', 0),
        country('RU', 30),
      ),
    ];
    const lookup = (id: string) => (id === 'person:leader-ru' ? 'ru' : null);
    expect(blindspotsOf(story, name, lookup).map((b) => b.kind)).toContain('one-side-quoted');
    // Without the gazetteer nothing says where the speaker is from: no flag.
    expect(kinds(story)).not.toContain('one-side-quoted');
  });
});

describe('a story of 500 untitled articles from one outlet', () => {
  it('is composed in bounded time with a headline made from its facts and no crash', () => {
    const solo = outlet(30, 'Flood Wire', 'US', 'private', 'wire');
    const text = 'Officials said the river rose two metres overnight and closed three bridges in the city.';
    const articles = Array.from({ length: 500 }, (_, i) =>
      storyArticle(i + 1, solo, {
        title: null,
        bodyText: `${text} ${text} ${text} Update ${i}: crews are on site.`,
        standfirst: null,
      }),
    );
    const started = performance.now();
    const composed = composeStory({
      story: { ...oneArticleStory(''), articleCount: 500, outletCount: 1 },
      articles,
      related: [],
      countryAdjective: (c) => c,
      countryName: name,
    });
    const ms = performance.now() - started;
    expect(ms).toBeLessThan(5_000);
    expect(composed.headline).toMatch(/^Officials said the river rose/);
    expect(composed.headlineCredit.basis).toBe('facts');
    // One outlet running its own text many times is not wire copy.
    expect(composed.wireCopy).toEqual([]);
    expect(composed.outletHeadlines).toHaveLength(1);
    expect(composed.timeline).toHaveLength(500);
  });
});

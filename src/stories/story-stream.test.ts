import { describe, expect, it } from 'vitest';
import { DEFAULT_MATCH_MODEL, MATCH_FEATURES } from './match-model.js';
import { type StreamArticle, StoryStream } from './story-stream.js';
import { hours } from './test-harness.js';

const QUAKE =
  'A magnitude 7.1 earthquake struck off the coast of Chile near Valparaíso on Monday, killing at least 12 people and ' +
  'damaging hundreds of homes, the national emergency office said. Rescue teams searched collapsed buildings overnight.';

// One event told in twenty languages (written for this test): the names and figures are what they share.
const QUAKE_IN_20 = [
  'Earthquake of magnitude 7.1 hits Chile near Valparaíso, 12 dead',
  'Un séisme de magnitude 7,1 frappe le Chili près de Valparaíso, 12 morts',
  'Erdbeben der Stärke 7,1 erschüttert Chile bei Valparaíso, 12 Tote',
  'Un terremoto de magnitud 7,1 sacude Chile cerca de Valparaíso, 12 muertos',
  'Un terremoto di magnitudo 7,1 colpisce il Cile vicino a Valparaíso, 12 morti',
  'Sismo de magnitude 7,1 atinge o Chile perto de Valparaíso, 12 mortos',
  'Aardbeving met kracht 7,1 treft Chili bij Valparaíso, 12 doden',
  'Jordbävning med magnituden 7,1 skakar Chile nära Valparaíso, 12 döda',
  'Trzęsienie ziemi o sile 7,1 nawiedziło Chile koło Valparaíso, 12 ofiar',
  'Zemětřesení o síle 7,1 zasáhlo Chile u Valparaísa, 12 mrtvých',
  'Un cutremur de magnitudine 7,1 a lovit Chile lângă Valparaíso, 12 morți',
  'Şili’de Valparaíso yakınlarında 7,1 büyüklüğünde deprem: 12 ölü',
  'Gempa bermagnitudo 7,1 mengguncang Chile dekat Valparaíso, 12 tewas',
  'Землетрясение магнитудой 7,1 произошло в Чили у Вальпараисо, 12 погибших',
  'Землетрус магнітудою 7,1 стався в Чилі біля Вальпараїсо, 12 загиблих',
  'Σεισμός 7,1 Ρίχτερ στη Χιλή κοντά στο Βαλπαραΐσο, 12 νεκροί',
  'زلزال بقوة 7,1 درجات يضرب تشيلي قرب فالبارايسو ومقتل 12 شخصا',
  'רעידת אדמה בעוצמה 7,1 פקדה את צ׳ילה ליד ולפראיסו, 12 הרוגים',
  '智利瓦尔帕莱索附近发生7.1级地震，造成12人死亡',
  'チリのバルパライソ付近でマグニチュード7.1の地震、12人死亡',
];

const BUDGET =
  'Parliament approved the national budget on Tuesday after a late-night vote, raising spending on schools and ' +
  'hospitals while trimming defence procurement. The finance minister said the deficit would narrow next year.';

const FLOOD_TEXT =
  'Heavy rain flooded the river delta overnight and forced thousands of families from their homes, officials said. ' +
  'Emergency shelters opened in schools across the province as water levels kept rising.';

function clusterAll(articles: StreamArticle[], stream = new StoryStream()) {
  for (const a of articles) stream.add(a);
  return stream.finish();
}

describe('StoryStream', () => {
  it('keeps one story for 10,000 near-identical articles, in bounded time', () => {
    const started = performance.now();
    const articles = Array.from({ length: 10_000 }, (_, i) => ({
      id: i,
      title: `Floods force thousands from homes (update ${i % 7})`,
      text: FLOOD_TEXT.replace('thousands', i % 2 ? 'thousands' : 'many thousands'),
      published: hours(i / 1000),
    }));
    const { stories } = clusterAll(articles);
    expect(stories.length).toBeLessThanOrEqual(2);
    expect(stories[0]!.articleIds.length).toBeGreaterThan(9_990);
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it('places one event told in twenty languages without crashing or mixing it with other news', () => {
    const articles = QUAKE_IN_20.map((title, i) => ({ id: i, title, text: '', published: hours(i / 10) }));
    const { stories } = clusterAll([
      { id: 99, title: 'Chile earthquake kills 12', text: QUAKE, published: hours(0) },
      { id: 98, title: 'Budget passes', text: BUDGET, published: hours(0) },
      ...articles,
    ]);
    expect(stories.reduce((n, s) => n + s.articleIds.length, 0)).toBe(22);
    // A lexical clusterer links languages only through shared names and figures: the budget stays alone.
    expect(stories.find((s) => s.articleIds.includes(98))!.articleIds).toEqual([98]);
    expect(stories.length).toBeLessThanOrEqual(21);
  });

  it('places articles without a title, without text or without a date, and keeps empty ones apart', () => {
    const { stories } = clusterAll([
      { id: 1, title: 'Chile earthquake kills 12', text: QUAKE, published: hours(0) },
      { id: 2, title: '', text: QUAKE, published: hours(1) },
      { id: 3, title: 'Chile earthquake kills 12 near Valparaíso', text: '' },
      { id: 4, title: '', text: '', published: hours(2) },
      { id: 5, title: 'Budget passes', text: BUDGET, published: new Date(Number.NaN) },
    ]);
    const storyOf = (id: number) => stories.findIndex((s) => s.articleIds.includes(id));
    expect(storyOf(2)).toBe(storyOf(1));
    expect(storyOf(3)).toBe(storyOf(1));
    expect(new Set([storyOf(1), storyOf(4), storyOf(5)]).size).toBe(3);
  });

  it('reads a date in the future as now, so one wrong date does not close every story', () => {
    const now = hours(10);
    const stream = new StoryStream({ now });
    const first = stream.add({ id: 1, title: 'Chile earthquake kills 12', text: QUAKE, published: hours(0) });
    stream.add({ id: 2, title: 'Budget passes', text: BUDGET, published: new Date('2099-01-01T00:00:00Z') });
    // Without the clamp the 2099 date would push the clock past the window and close the quake story.
    for (let i = 0; i < 70; i++)
      stream.add({ id: 10 + i, title: `Budget vote ${i}`, text: BUDGET, published: hours(9) });
    expect(stream.add({ id: 3, title: 'Chile quake toll rises', text: QUAKE, published: hours(11) })).toBe(
      first,
    );
  });

  it('merges two stories that turn out to be one, and the newer key redirects to the older', () => {
    // A join threshold out of reach makes each article its own story; the merge pass then joins them.
    const stream = new StoryStream({
      model: { ...DEFAULT_MATCH_MODEL, threshold: 1.1, mergeThreshold: 0.3 },
    });
    const quake = stream.add({ id: 1, title: 'Chile earthquake kills 12', text: QUAKE, published: hours(0) });
    const budget = stream.add({ id: 2, title: 'Budget passes', text: BUDGET, published: hours(1) });
    const quake2 = stream.add({
      id: 3,
      title: 'Quake near Valparaíso: rescue teams search buildings',
      text:
        'Rescue teams in Valparaíso searched collapsed buildings after the 7.1 earthquake in Chile left 12 people ' +
        'dead and hundreds of homes damaged, according to the emergency office.',
      published: hours(2),
    });
    expect(new Set([quake, budget, quake2]).size).toBe(3);
    const { stories, redirects } = stream.finish();
    expect(stories.map((s) => [s.key, [...s.articleIds].sort()])).toEqual([
      [quake, [1, 3]],
      [budget, [2]],
    ]);
    expect(redirects).toEqual(new Map([[quake2, quake]]));
    expect(stream.resolve(quake2)).toBe(quake);
  });

  it('splits a story that drifted into two events; the first article keeps the key', () => {
    // A join threshold of zero lets one shared word ("national") chain the budget onto the quake.
    const stream = new StoryStream({ model: { ...DEFAULT_MATCH_MODEL, threshold: 0, mergeThreshold: 1.1 } });
    const texts = [QUAKE, QUAKE.replace('Monday', 'Sunday'), BUDGET, BUDGET.replace('Tuesday', 'Wednesday')];
    const keys = texts.map((text, i) =>
      stream.add({ id: i + 1, title: i < 2 ? 'Chile quake' : 'Budget vote', text, published: hours(i) }),
    );
    expect(new Set(keys).size).toBe(1);
    const { stories } = stream.finish();
    expect(stories.map((s) => [s.key, [...s.articleIds].sort()])).toEqual([
      [keys[0], [1, 2]],
      [stories[1]!.key, [3, 4]],
    ]);
    expect(stories[1]!.key).not.toBe(keys[0]);
  });

  it('gives the same answer for the same stream', () => {
    const articles = [QUAKE, BUDGET, FLOOD_TEXT, QUAKE, BUDGET].map((text, i) => ({
      id: i,
      title: text.slice(0, 30),
      text,
      published: hours(i),
    }));
    expect(clusterAll(articles)).toEqual(clusterAll(articles));
  });

  it("weighs a newcomer against how alike the story's own members are, and not before it has two", () => {
    const stream = new StoryStream({ model: { ...DEFAULT_MATCH_MODEL, threshold: 0, mergeThreshold: 1.1 } });
    const below = MATCH_FEATURES.indexOf('belowCohesion');
    const newcomer = {
      id: 9,
      title: 'Chile counts the cost of the Valparaíso earthquake',
      text: "Insurers in Chile said claims after the Valparaíso earthquake could pass last year's totals.",
      published: hours(3),
    };
    const score = () => stream.candidates(stream.read(newcomer))[0]!.features[below]!;
    stream.add({ id: 1, title: 'Chile quake', text: QUAKE, published: hours(0) });
    expect(score()).toBe(0);
    stream.add({ id: 2, title: 'Chile quake', text: QUAKE.replace('Monday', 'Sunday'), published: hours(1) });
    // Two near-identical members: the newcomer is much less like them than they are to each other.
    expect(score()).toBeGreaterThan(0.3);
  });
});

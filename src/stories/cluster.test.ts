import { describe, expect, it } from 'vitest';
import { clusterArticles } from './cluster.js';
import { MATCH_FEATURES } from './match-model.js';
import { type StreamArticle, StoryStream } from './story-stream.js';
import { hours, input } from './test-harness.js';
import type { Cluster } from './types.js';

const FED_WIRE =
  'The Federal Reserve left its benchmark interest rate unchanged on Wednesday, holding the target range ' +
  'between 5.25 and 5.5 percent for a third straight meeting. Policymakers signalled that borrowing costs ' +
  'would stay high until inflation falls convincingly toward the two percent goal. Emerging market ' +
  'currencies weakened against the dollar after the decision, and bond yields in Brazil and Indonesia rose.';

const BALTIC =
  'Thousands of troops from NATO member states began a two-week exercise in the Baltic Sea region on Monday, ' +
  'with warships, aircraft and amphibious landings off the coasts of Estonia and Lithuania. Alliance ' +
  'commanders described the drills as a test of deterrence and rapid reinforcement.';

const BALTIC_OTHER_VIEW =
  'Moscow condemned the NATO naval drills in the Baltic as a provocation, saying warships and landing craft ' +
  'massing near Estonia and Lithuania threatened regional security. The exercise involves thousands of troops ' +
  'and amphibious landings over two weeks.';

const KENYA =
  'Solar panels now power five thousand rural schools across Kenya, the education ministry reported, and ' +
  'exam results in the newly electrified schools rose for a second year. Teachers said pupils can study ' +
  'after dark and computer lessons have started in villages far from the grid.';

const CHIP =
  'India opened its first large semiconductor fabrication plant in Gujarat on Tuesday, built with foreign ' +
  'partners and generous state subsidies. The plant will make chips for cars and phones and employ about ' +
  'twenty thousand workers, officials said.';

function groups(clusters: Cluster[]): number[][] {
  return clusters.map((c) => [...c.articleIds].sort((a, b) => a - b)).sort((a, b) => a[0]! - b[0]!);
}

describe('clusterArticles', () => {
  it('returns no clusters for no articles', () => {
    expect(clusterArticles([])).toEqual([]);
  });

  it('merges three reprints of a wire story, even with edited headlines and trimmed copy', () => {
    const articles = [
      input(1, 'Fed holds rates steady for third meeting', FED_WIRE),
      input(
        2,
        'US central bank keeps rates on hold; emerging currencies slide',
        FED_WIRE.replace('Wednesday', 'Wednesday (local time)'),
      ),
      input(3, 'Federal Reserve leaves rates unchanged', FED_WIRE.split('. ').slice(0, 3).join('. ')),
      input(4, 'Troops begin Baltic Sea exercise', BALTIC),
    ];
    expect(groups(clusterArticles(articles))).toEqual([[1, 2, 3], [4]]);
  });

  it('keeps reprints together even when the similarity threshold is out of reach', () => {
    const articles = [
      input(1, 'Fed holds rates steady', FED_WIRE),
      input(
        2,
        'Markets: dollar climbs as Fed stands pat',
        `${FED_WIRE} Analysts expect a cut later in the year.`,
      ),
    ];
    expect(groups(clusterArticles(articles, { threshold: 0.99 }))).toEqual([[1, 2]]);
  });

  it('does not merge different events published the same day', () => {
    const articles = [
      input(1, 'Solar power reaches five thousand Kenyan schools', KENYA, { published: hours(1) }),
      input(2, 'India opens first big chip plant', CHIP, { published: hours(2) }),
      input(3, 'Fed holds rates steady', FED_WIRE, { published: hours(3) }),
      input(4, 'NATO starts Baltic drills', BALTIC, { published: hours(4) }),
    ];
    expect(groups(clusterArticles(articles))).toEqual([[1], [2], [3], [4]]);
  });

  it('puts two framings of the same event in one story', () => {
    const articles = [
      input(1, 'NATO begins large exercise in the Baltic Sea', BALTIC),
      input(2, 'Moscow calls NATO Baltic drills a provocation', BALTIC_OTHER_VIEW),
      input(3, 'India opens first big chip plant', CHIP),
    ];
    expect(groups(clusterArticles(articles))).toEqual([[1, 2], [3]]);
  });

  it('lets one outlet contribute two articles to the same story', () => {
    const articles = [
      input(1, 'NATO begins large exercise in the Baltic Sea', BALTIC, { outletId: 7 }),
      input(2, 'Moscow calls NATO Baltic drills a provocation', BALTIC_OTHER_VIEW, { outletId: 7 }),
    ];
    expect(groups(clusterArticles(articles))).toEqual([[1, 2]]);
  });

  it('starts a new story when the gap since the last article exceeds the window', () => {
    const at = (h: number) => [
      input(1, 'NATO begins large exercise in the Baltic Sea', BALTIC, { published: hours(0) }),
      input(2, 'Moscow calls NATO Baltic drills a provocation', BALTIC_OTHER_VIEW, { published: hours(h) }),
    ];
    expect(groups(clusterArticles(at(100)))).toEqual([[1], [2]]);
    expect(groups(clusterArticles(at(20)))).toEqual([[1, 2]]);
    expect(groups(clusterArticles(at(20), { windowHours: 10 }))).toEqual([[1], [2]]);
  });

  it('compares articles by their actors as well as their names', () => {
    const stream = new StoryStream();
    const actors = ['country:tr', 'country:ua', 'org:un'];
    stream.add({
      id: 1,
      title: 'Talks on the grain corridor resume',
      text: 'Negotiators met to discuss grain.',
      actorIds: actors,
    });
    const b = {
      id: 2,
      title: 'Ship insurers watch the sea',
      text: 'Insurers raised premiums for shipping of grain.',
    };
    const namesOf = (x: StreamArticle) => stream.candidates(stream.read(x)).map((c) => c.features[2]);
    expect(namesOf(b)).toEqual([0]);
    expect(namesOf({ ...b, actorIds: actors })[0]).toBeGreaterThan(0.5);
  });

  it('gives the leading candidate a positive margin over the others, and the others a negative one', () => {
    const stream = new StoryStream();
    stream.add({ id: 1, title: 'Fed holds rates steady', text: FED_WIRE });
    stream.add({ id: 2, title: 'NATO starts Baltic drills', text: BALTIC });
    const margin = MATCH_FEATURES.indexOf('allMargin');
    const best = MATCH_FEATURES.indexOf('allBestMember');
    const mean = MATCH_FEATURES.indexOf('allMeanMember');
    const rows = stream.candidates(
      stream.read({
        id: 3,
        title: 'Baltic drills anger Moscow',
        text: `${BALTIC_OTHER_VIEW} The dollar rose.`,
      }),
    );
    const baltic = rows.find((c) => c.key === 1)!;
    expect(baltic.features[margin]).toBeGreaterThan(0.1);
    for (const c of rows.filter((r) => r.key !== 1)) {
      expect(c.features[margin]).toBeCloseTo(c.features[best]! - baltic.features[best]!, 10);
    }
    // One member: its mean is its best.
    expect(baltic.features[mean]).toBeCloseTo(baltic.features[best]!, 10);
  });

  it('averages the member similarities, so a story with one unrelated member counts less than its best match', () => {
    const stream = new StoryStream();
    const key = stream.add({ id: 1, title: 'NATO starts Baltic drills', text: BALTIC });
    stream.place(stream.read({ id: 2, title: 'Fed holds rates steady', text: FED_WIRE }), key);
    const row = stream
      .candidates(stream.read({ id: 3, title: 'Baltic drills anger Moscow', text: BALTIC_OTHER_VIEW }))
      .find((c) => c.key === key)!;
    const best = row.features[MATCH_FEATURES.indexOf('allBestMember')]!;
    const mean = row.features[MATCH_FEATURES.indexOf('allMeanMember')]!;
    expect(best).toBeGreaterThan(0.2);
    expect(mean).toBeLessThan(best * 0.6);
  });

  it('does not depend on input order and reports articles in time order with their time span', () => {
    const articles = [
      input(3, 'Federal Reserve leaves rates unchanged', FED_WIRE, { published: hours(5) }),
      input(1, 'Fed holds rates steady', FED_WIRE, { published: hours(1) }),
      input(2, 'NATO starts Baltic drills', BALTIC, { published: hours(2) }),
    ];
    const forward = clusterArticles(articles);
    const backward = clusterArticles([...articles].reverse());
    expect(backward).toEqual(forward);
    expect(forward).toEqual([
      { articleIds: [1, 3], firstPublished: hours(1), lastPublished: hours(5) },
      { articleIds: [2], firstPublished: hours(2), lastPublished: hours(2) },
    ]);
  });
});

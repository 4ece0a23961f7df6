import { describe, expect, it } from 'vitest';
import { composeStory } from './compose.js';
import { hours, oneArticleStory, outlet, outlets, quote, storyArticle } from './test-harness.js';
import { findWireCopy } from './wire-copy.js';

const PARAGRAPHS = [
  'The central bank held its benchmark rate steady on Wednesday for a fourth straight meeting, saying it needed more evidence that inflation was cooling.',
  'Ten of the twelve voting members backed the decision, while two officials voted for a quarter-point cut in borrowing costs.',
  '"We would rather be a little late than have to reverse course," the chair told reporters after the decision in the capital.',
  'Currencies across emerging markets weakened against the dollar in early trading on Thursday as investors priced in fewer cuts this year.',
  'Economists expect several central banks in developing economies to keep their own rates unchanged at meetings in the coming days.',
];
const WIRE_TEXT = PARAGRAPHS.join('\n\n');
const LATE = quote(
  'We would rather be a little late than have to reverse course',
  'direct',
  'Eleanor Whitfield',
  260,
);

const austral = outlet(9, 'Austral Post', 'BR', 'private', 'newspaper');
const savanna = outlet(10, 'Savanna Dispatch', 'KE', 'independent', 'online');

function fedStory(withAgency = true) {
  const own = storyArticle(
    5,
    outlets.liberty,
    {
      title: 'Fed leaves rates high, and your mortgage feels it',
      bodyText:
        'If you were hoping for a break on your mortgage, the central bank just said not yet. Lawmakers in both parties accused it of dragging its feet, and buyers kept waiting.',
      published: hours(9),
    },
    [quote('asleep at the wheel while families pay more', 'direct', 'Jim Caldwell')],
  );
  const copies = [
    storyArticle(
      1,
      outlets.meridian,
      { title: 'Fed holds rates steady', bodyText: WIRE_TEXT, published: hours(1) },
      [LATE],
    ),
    storyArticle(
      2,
      outlets.commerce,
      { title: 'Fed stands pat', bodyText: WIRE_TEXT, byline: 'Meridian Wire', published: hours(2) },
      [LATE],
    ),
    storyArticle(
      3,
      austral,
      {
        title: 'US Fed keeps rates on hold; the real weakens',
        bodyText: `${WIRE_TEXT}\n\nIn São Paulo the real fell 1.2 percent against the dollar on Thursday morning.`,
        byline: 'Meridian Wire staff',
        published: hours(3),
      },
      [LATE, quote('the real will stay weak until the Copom meets', 'direct', 'Ana Costa')],
    ),
    storyArticle(
      4,
      savanna,
      {
        title: 'Fed holds steady as the shilling feels the pull',
        bodyText: WIRE_TEXT,
        byline: 'Meridian Wire',
        published: hours(4),
      },
      [LATE],
    ),
  ];
  return withAgency ? [...copies, own] : [...copies.slice(1), own];
}

const names = (code: string) =>
  ({ US: 'United States', BR: 'Brazil', KE: 'Kenya', FR: 'France' })[code] ?? code;

describe('findWireCopy', () => {
  it('finds one text carried by four outlets, credits the agency among them, and leaves the own report apart', () => {
    const found = findWireCopy(fedStory());
    expect(found.copies).toHaveLength(1);
    expect(found.copies[0]).toMatchObject({
      origin: 'Meridian Wire',
      originFrom: 'wire-outlet',
      title: 'Fed holds rates steady',
      articleIds: [1, 2, 3, 4],
    });
    expect(found.copies[0]!.outlets.map((o) => o.name)).toEqual([
      'Meridian Wire',
      'The Commerce Daily',
      'Austral Post',
      'Savanna Dispatch',
    ]);
    expect(found.copies[0]!.quotes.map((q) => q.text)).toEqual([LATE.text]);
    expect([...found.reprints].sort()).toEqual([2, 3, 4]);
    expect(found.copies[0]!.reprintedBy).toEqual(['The Commerce Daily', 'Austral Post', 'Savanna Dispatch']);
    expect(found.copyOf.has(5)).toBe(false);
  });

  it('names the agency from the carriers’ bylines when its own article is not in the story', () => {
    const found = findWireCopy(fedStory(false));
    // The story's outlets include no wire agency, so "Meridian Wire" is not a name it can know: the earliest publisher.
    expect(found.copies[0]).toMatchObject({ origin: 'The Commerce Daily', originFrom: 'earliest' });
    const reuters = fedStory(false).map((a) =>
      a.article.id === 2 ? { ...a, article: { ...a.article, byline: 'By Jane Doe, Reuters' } } : a,
    );
    expect(findWireCopy(reuters).copies[0]).toMatchObject({ origin: 'Reuters', originFrom: 'byline' });
    const credited = fedStory(false).map((a) =>
      a.article.id === 3
        ? { ...a, article: { ...a.article, bodyText: `SÃO PAULO (AP) — ${a.article.bodyText}` } }
        : a,
    );
    expect(findWireCopy(credited).copies[0]).toMatchObject({
      origin: 'Associated Press',
      originFrom: 'text',
    });
  });

  it('does not call one outlet’s update of its own text wire copy', () => {
    const first = storyArticle(1, austral, { title: 'Rates on hold', bodyText: WIRE_TEXT });
    const update = storyArticle(2, austral, {
      title: 'Rates on hold (updated)',
      bodyText: `${WIRE_TEXT} More later.`,
    });
    expect(findWireCopy([first, update]).copies).toEqual([]);
  });
});

describe('composeStory with wire copy', () => {
  const composed = composeStory({
    story: { ...oneArticleStory(''), articleCount: 5, outletCount: 5 },
    articles: fedStory(),
    related: [],
    countryAdjective: (c) => `${names(c)}-ish`,
    countryName: names,
  });

  it('shows the wire quotes once, in the wire copy, and each carrier’s own quotes on its card', () => {
    const cards = composed.perspectives.flatMap((p) => p.outlets);
    const quoted = cards.flatMap((c) => c.quotes.map((q) => q.text));
    expect(quoted).not.toContain(LATE.text);
    expect(quoted).toContain('the real will stay weak until the Copom meets');
    expect(composed.wireCopy[0]!.quotes.map((q) => q.text)).toEqual([LATE.text]);
    const savannaCard = cards.find((c) => c.outlet.name === 'Savanna Dispatch')!;
    expect(savannaCard.articles[0]!.wireCopyOf).toBe('Meridian Wire');
  });

  it('counts reporting, not copies: the wire text once for the agency, reprints counted apart', () => {
    expect(composed.coverage.reprints).toBe(3);
    const total = composed.coverage.byOwnership.reduce((n, s) => n + s.count, 0);
    expect(total).toBe(2);
    expect(composed.coverage.byCountry.map((s) => s.key).sort()).toEqual(['FR', 'US']);
  });

  it('credits the wire agency’s headline and lists every outlet’s own under "How each outlet put it"', () => {
    expect(composed.headline).toBe('Fed holds rates steady');
    expect(composed.headlineCredit).toMatchObject({ outlet: { name: 'Meridian Wire' }, basis: 'wire' });
    const listed = composed.outletHeadlines.flatMap((g) =>
      g.outlets.flatMap((o) => o.headlines.map((h) => h.title)),
    );
    expect(listed.sort()).toEqual(
      fedStory()
        .map((a) => a.article.title!)
        .sort(),
    );
  });
});

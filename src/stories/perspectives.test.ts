import { describe, expect, it } from 'vitest';
import type { OutletGenre } from '../domain/index.js';
import { groupPerspectives, keyQuotes, perspectiveLabel } from './perspectives.js';
import { grainStory, quote } from './test-harness.js';

const ADJECTIVES: Record<string, string> = {
  CN: 'Chinese',
  RU: 'Russian',
  GB: 'British',
  FR: 'French',
  US: 'US',
  IN: 'Indian',
};
const adjective = (code: string) => ADJECTIVES[code] ?? code;

describe('groupPerspectives', () => {
  it('labels groups by country, ownership and genre, state media first and independents last', () => {
    const perspectives = groupPerspectives(grainStory(), adjective);
    expect(perspectives.map((p) => p.label)).toEqual([
      'Chinese state media',
      'Russian state-backed media',
      'British public broadcaster',
      'French wire agency',
      'US broadcasters',
      'US business press',
      'Indian independent media',
    ]);
    const us = perspectives.find((p) => p.label === 'US broadcasters')!;
    expect(us).toMatchObject({ ownership: 'private', country: 'US' });
    expect(us.outlets.map((o) => o.outlet.name)).toEqual(['Liberty Network News', 'Eagle Television']);
  });

  it('lists each outlet’s articles and its key quotes, duplicates removed', () => {
    const perspectives = groupPerspectives(grainStory(), adjective);
    const liberty = perspectives
      .flatMap((p) => p.outlets)
      .find((o) => o.outlet.name === 'Liberty Network News')!;
    expect(liberty.articles.map((a) => a.id)).toEqual([16]);
    expect(liberty.quotes.map((q) => q.text)).toEqual(['This is a victory for diplomacy']);
    const polar = perspectives.flatMap((p) => p.outlets).find((o) => o.outlet.name === 'Polar Star Today')!;
    expect(polar.quotes.map((q) => q.kind)).toEqual(['direct', 'reported']);
  });
});

describe('perspectiveLabel', () => {
  const cases: [Parameters<typeof perspectiveLabel>[0], string, OutletGenre[], string][] = [
    ['state', 'Chinese', ['wire', 'broadcaster'], 'Chinese state media'],
    ['public', 'British', ['broadcaster', 'broadcaster'], 'British public broadcasters'],
    ['public', 'German', ['newspaper', 'broadcaster'], 'German public media'],
    ['private', 'US', ['business'], 'US business press'],
    ['private', 'US', ['newspaper', 'newspaper'], 'US newspapers'],
    ['private', 'French', ['wire'], 'French wire agency'],
    ['private', 'Brazilian', ['newspaper', 'online'], 'Brazilian private media'],
    ['independent', 'Kenyan', ['online'], 'Kenyan independent media'],
  ];
  it.each(cases)('labels %s outlets of %s genres %j as "%s"', (ownership, adj, genres, label) => {
    expect(perspectiveLabel(ownership, adj, genres)).toBe(label);
  });
});

describe('keyQuotes', () => {
  it('puts direct quotes with a named speaker first, then reported ones, at most three, each text once', () => {
    const quotes = [
      quote('prices will rise again soon enough', 'reported', 'A Trader', 0),
      quote('We will not accept these terms at all', 'direct', null, 10),
      quote('This is a victory for diplomacy', 'direct', 'Mevlut Aydin', 20),
      quote('this is a victory for diplomacy!', 'direct', 'Mevlut Aydin', 30),
      quote('the corridor will stay open all year', 'mixed', 'Ana Ruiz', 40),
      quote('provocation', 'direct', 'Irina Volkova', 50),
    ];
    expect(keyQuotes(quotes).map((q) => q.text)).toEqual([
      'This is a victory for diplomacy',
      'the corridor will stay open all year',
      'prices will rise again soon enough',
    ]);
  });
});

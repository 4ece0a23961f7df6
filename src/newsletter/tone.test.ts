import { describe, expect, it } from 'vitest';
import { readLabelledHeadlines, scorePicker } from './labelled-headlines.js';
import { isGoodNewsStory, isUpbeat, toneOf } from './tone.js';

describe('toneOf', () => {
  it('scores upbeat and downbeat headlines with AFINN-165 and our news words', () => {
    expect(toneOf('Volunteers celebrate as the library reopens').score).toBeGreaterThan(2);
    expect(toneOf('Economy shrinks as recession fears grow').score).toBeLessThan(0);
  });

  it('turns the tone of words right after a negator around', () => {
    expect(toneOf('Talks fail to win support').score).toBeLessThan(toneOf('Talks win support').score);
  });

  it('counts a lessened harm as good news, in either word order', () => {
    expect(toneOf('Clinic cuts malaria cases').score).toBeGreaterThan(0);
    expect(toneOf('Rainforest loss slows again').score).toBeGreaterThan(0);
    expect(toneOf('Budget cuts threaten bus routes').score).toBeLessThan(0);
  });

  it('names the grave words that make a story about conflict, disaster or death', () => {
    expect(toneOf('Peace deal brings joy after years of war').grave).toEqual([
      { kind: 'conflict', word: 'war' },
    ]);
    expect(toneOf('Rescuers celebrate as flood waters fall').grave.map((g) => g.kind)).toEqual(['disaster']);
    expect(toneOf('Town mourns the dead').grave.map((g) => g.kind)).toEqual(['death']);
  });
});

describe('isGoodNewsStory', () => {
  const story = { headline: 'Coral reef thrives again thanks to volunteers', standfirst: null };
  it('needs upbeat coverage, not one outlet’s spin', () => {
    expect(
      isGoodNewsStory({
        ...story,
        articleHeadlines: ['Reef recovery delights scientists', 'Divers celebrate'],
      }),
    ).toBe(true);
    expect(
      isGoodNewsStory({
        ...story,
        articleHeadlines: ['Reef survey published', 'Reef figures out', 'Divers celebrate'],
      }),
    ).toBe(false);
  });
  it('is vetoed by one grave article or a grave standfirst', () => {
    expect(
      isGoodNewsStory({ ...story, articleHeadlines: ['Reef thrives', 'Divers killed on reef trip'] }),
    ).toBe(false);
    expect(isGoodNewsStory({ ...story, standfirst: 'A year after the cyclone.', articleHeadlines: [] })).toBe(
      false,
    );
  });
});

describe('the labelled headlines (dev split; the test split is read only by bench:newsletter)', () => {
  const rows = readLabelledHeadlines();
  it('hold at least 150 headlines, both kinds', () => {
    expect(rows.length).toBeGreaterThanOrEqual(150);
    expect(rows.filter((r) => r.good).length).toBeGreaterThan(50);
    expect(rows.filter((r) => !r.good).length).toBeGreaterThan(50);
  });
  it('are picked with precision of at least 0.9 and recall of at least 0.6', () => {
    const dev = scorePicker(
      rows.filter((r) => r.split === 'dev'),
      isUpbeat,
    );
    expect(dev.precision).toBeGreaterThanOrEqual(0.9);
    expect(dev.recall).toBeGreaterThanOrEqual(0.6);
  });
});

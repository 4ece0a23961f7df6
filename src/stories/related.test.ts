import { describe, expect, it } from 'vitest';
import { relatedStories } from './related.js';

const stories = [
  {
    key: 1,
    text: 'Fed holds interest rates steady as inflation cools',
    actorIds: ['org:federal-reserve', 'country:us'],
  },
  {
    key: 2,
    text: 'Emerging market currencies slide after Fed rate decision',
    actorIds: ['org:federal-reserve', 'country:br'],
  },
  { key: 3, text: 'NATO begins naval exercise in the Baltic Sea', actorIds: ['bloc:nato', 'country:ee'] },
  {
    key: 4,
    text: 'Moscow summons envoys over Baltic military drills',
    actorIds: ['bloc:nato', 'country:ru'],
  },
  { key: 5, text: 'Kenyan schools get solar power, exam results rise', actorIds: ['country:ke'] },
  {
    key: 6,
    text: 'Fed holds interest rates steady as inflation cools',
    actorIds: ['org:federal-reserve', 'country:us'],
  },
];

describe('relatedStories', () => {
  it('is not put off by the people only one story names', () => {
    // Two stories sharing two blocs and no word; the first also names twelve people of its own.
    const own = Array.from({ length: 12 }, (_, i) => `person:someone-${i}`);
    const related = relatedStories([
      {
        key: 1,
        text: 'Ceasefire negotiations resume with mediators',
        actorIds: ['bloc:un', 'bloc:arab-league', ...own],
      },
      { key: 2, text: 'Aid convoy reaches border crossing', actorIds: ['bloc:un', 'bloc:arab-league'] },
      { key: 3, text: 'Solar schools open', actorIds: ['country:ke'] },
    ]);
    expect(related.get(1)).toEqual([2]);
    expect(related.get(2)).toEqual([1]);
  });

  it('links stories that share actors and topic words', () => {
    const related = relatedStories(stories);
    expect(related.get(1)).toContain(2);
    expect(related.get(3)).toEqual([4]);
    expect(related.get(4)).toEqual([3]);
  });

  it('lists nothing for a story with nothing in common with the others', () => {
    expect(relatedStories(stories).get(5)).toEqual([]);
  });

  it('does not offer a near copy of the same event as a related story', () => {
    const related = relatedStories(stories);
    expect(related.get(1)).not.toContain(6);
    expect(related.get(6)).not.toContain(1);
  });

  it('never links a story to itself and respects the maximum', () => {
    const many = Array.from({ length: 8 }, (_, i) => ({
      key: i + 1,
      text: `Grain shipping talks round ${i + 1} in Istanbul on corridor`,
      actorIds: ['country:tr', 'country:ua', `person:negotiator-${i}`],
    }));
    const related = relatedStories(many, { max: 3 });
    for (const [key, list] of related) {
      expect(list).not.toContain(key);
      expect(list.length).toBeLessThanOrEqual(3);
    }
    expect(related.get(1)).toHaveLength(3);
    expect(relatedStories(many).get(1)).toHaveLength(4);
  });
});

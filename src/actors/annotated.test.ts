import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findMentions } from './find-mentions.js';
import { createGazetteer } from './gazetteer.js';

interface Annotated {
  paragraphs: { text: string; mentions: [string, string, number?][] }[];
}

const data = JSON.parse(
  readFileSync(path.join(import.meta.dirname, 'testdata', 'annotated-paragraphs.json'), 'utf8'),
) as Annotated;

/** The gold mentions of a paragraph as spans: each surface searched for after the one before it. */
function goldSpans(
  text: string,
  mentions: [string, string, number?][],
): { start: number; end: number; id: string }[] {
  let from = 0;
  return mentions.map(([surface, id, nth = 1]) => {
    let start = text.indexOf(surface, from);
    for (let k = 1; k < nth && start >= 0; k++) start = text.indexOf(surface, start + surface.length);
    if (start < 0) throw new Error(`annotation "${surface}" not found in: ${text}`);
    from = start + surface.length;
    return { start, end: start + surface.length, id };
  });
}

/** Actor precision and recall over the annotated paragraphs: a mention counts when span and actor both match. */
function scoreActors(g = createGazetteer()) {
  let tp = 0;
  let predicted = 0;
  let gold = 0;
  const errors: string[] = [];
  for (const p of data.paragraphs) {
    const want = goldSpans(p.text, p.mentions);
    const got = findMentions(p.text, g);
    predicted += got.length;
    gold += want.length;
    for (const m of got) {
      const hit = want.some((w) => w.start === m.start && w.end === m.end && w.id === m.actorId);
      if (hit) tp++;
      else errors.push(`extra ${m.surface} → ${m.actorId}`);
    }
    for (const w of want)
      if (!got.some((m) => w.start === m.start && w.end === m.end && w.id === m.actorId))
        errors.push(`missed ${p.text.slice(w.start, w.end)} → ${w.id}`);
  }
  return { precision: tp / predicted, recall: tp / gold, tp, predicted, gold, errors };
}

describe('actor mentions on annotated paragraphs of our own', () => {
  it('finds the actors a reader would mark with high precision and recall', () => {
    const s = scoreActors();
    console.log(
      `actors: precision ${(100 * s.precision).toFixed(1)} %, recall ${(100 * s.recall).toFixed(1)} % ` +
        `(${s.tp} right of ${s.predicted} found, ${s.gold} marked)${s.errors.length ? `; ${s.errors.join('; ')}` : ''}`,
    );
    expect(s.gold).toBeGreaterThanOrEqual(90);
    expect(s.precision).toBeGreaterThanOrEqual(0.95);
    expect(s.recall).toBeGreaterThanOrEqual(0.95);
  });
});

import { describe, expect, it } from 'vitest';
import { parseAnn, polnearDir, polnearPresent, readSplit } from './polnear.js';

const ANN = [
  'T1\tSource 0 8\tAna Ruiz',
  'T2\tCue 9 13\tsaid',
  'T3\tContent 14 23;25 31\tthe talks failed',
  'T4\tAttribution 9 13\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'E2\tAttribution-no-source:T9 Content:T8 Cue:T7',
  'T7\tCue 40 46\twarned',
  'T8\tContent 47 60\tprices rise',
  'T5\tContent 70 75\tlines',
  'continued',
  'T9\tAttribution 40 46\twarned',
  'E3\tAttribution:T10 Content:T5',
  '#1\tAnnotatorNotes T1\tnote',
].join('\n');

describe('PolNeAR .ann parsing', () => {
  it('reads events with fragments, events defined before their spans, and skips orphans', () => {
    const atts = parseAnn(ANN);
    expect(atts).toEqual([
      {
        id: 'E1',
        source: [{ start: 0, end: 8 }],
        cue: [{ start: 9, end: 13 }],
        content: [
          { start: 14, end: 23 },
          { start: 25, end: 31 },
        ],
      },
      { id: 'E2', source: null, cue: [{ start: 40, end: 46 }], content: [{ start: 47, end: 60 }] },
    ]);
  });
});

describe('PolNeAR corpus (needs /work/shared/data or $MULTIPOLAR_BENCH_DATA)', () => {
  const present = polnearPresent();
  if (!present) console.log(`PolNeAR not found at ${polnearDir()}: the corpus checks were not run.`);

  it('loads one annotator file per article and every span slices inside its text', () => {
    if (!present) return;
    const dev = readSplit('dev');
    expect(dev).toHaveLength(84);
    expect(dev.reduce((n, a) => n + a.attributions.length, 0)).toBe(2192);
    for (const a of dev)
      for (const at of a.attributions)
        for (const s of [...at.cue, ...at.content, ...(at.source ?? [])]) {
          expect(s.start).toBeGreaterThanOrEqual(0);
          expect(s.end).toBeLessThanOrEqual(a.text.length);
        }
  });
});

/**
 * Actors beyond the gazetteer: precision and recall on our annotated paragraphs (the tuning splits;
 * the held-out test4 only with `--test4`), split by gazetteer and found in text, and the speed of
 * finding them against the gazetteer pass measured in the same run. `npm run bench:actors`.
 */
import { createGazetteer, findActorsInText, findMentions } from '../../src/actors/index.js';
import { datasetPresent, readTruth } from '../extraction/dataset.js';
import { openSources, splitBody } from './paragraphs.js';
import { formatScore, SPLITS, scoreActors } from './score.js';

const sources = openSources();
const g = createGazetteer();
if (!sources.realPagesPresent)
  console.log(
    'the real pages are absent (../shared/data/article-extraction): only the demo paragraphs are scored',
  );

// The held-out split is scored only on request (`--test4`): it is looked at once, at the end of a round.
// test, test2 and test3 were held out in earlier rounds; their errors have been read, so they tune now.
const heldOut = new Set(['test4'].filter((s) => !process.argv.includes(`--${s}`)));
const splits = SPLITS.filter((s) => !heldOut.has(s));
for (const split of splits) {
  const s = scoreActors(split, sources, g);
  console.log(`\n${formatScore(split, s)}`);
  if (process.argv.includes('--errors')) for (const e of s.errors) console.log(`  ${e}`);
}

// Speed: every body of the extraction set (or the demo's articles), gazetteer pass as the anchor.
const texts = datasetPresent() ? readTruth().map((t) => splitBody(t.body).join('\n\n')) : [];
if (texts.length > 0) {
  const rounds = 5;
  const time = (work: (text: string) => unknown) => {
    let best = Number.POSITIVE_INFINITY;
    for (let r = 0; r < rounds; r++) {
      const t0 = performance.now();
      for (const text of texts) work(text);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  const known = texts.map((t) => findMentions(t, g));
  const anchor = time((text) => findMentions(text, g));
  let k = 0;
  const found = time((text) => findActorsInText(text, known[k++ % texts.length]!));
  console.log(
    `\nspeed over ${texts.length} article bodies (best of ${rounds}; 2 cores, shared with other work)`,
  );
  console.log('pass                        ms/article   x gazetteer pass');
  console.log(`gazetteer mentions (anchor) ${(anchor / texts.length).toFixed(3).padStart(10)}   1.00`);
  console.log(
    `actors found in text        ${(found / texts.length).toFixed(3).padStart(10)}   ${(found / anchor).toFixed(2)}`,
  );
}

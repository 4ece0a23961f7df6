/**
 * A synthetic stream of distinct events for the scaling table: each event has its own topic words
 * and names (made-up words, so no two events share them by accident), told by three articles
 * within a few hours, against a background of words every article uses.
 */
import { createRng } from '../../src/demo/prng.js';
import type { GoldArticle } from './dataset.js';

const SYLLABLES = [
  'ka',
  'lo',
  'mi',
  'ren',
  'tu',
  'sa',
  'vor',
  'el',
  'quin',
  'da',
  'po',
  'zet',
  'ba',
  'nir',
  'go',
];
const BACKGROUND = `government officials week report city country people year state police minister
  market party public new plan talks support group crisis security economy court election deal`.split(/\s+/);
const HOUR = 3_600_000;

/** `events` × 3 articles in time order, `perDay` events a day. */
export function syntheticStream(events: number, seed: number, perDay = 400): GoldArticle[] {
  const rng = createRng(seed);
  const word = (n: number) => {
    // A distinct word per number: its base-15 digits spelled as syllables.
    let w = '';
    let k = n;
    do {
      w += SYLLABLES[k % SYLLABLES.length];
      k = Math.floor(k / SYLLABLES.length);
    } while (k > 0);
    return w;
  };
  const out: GoldArticle[] = [];
  const start = Date.UTC(2026, 0, 1);
  for (let e = 0; e < events; e++) {
    const topic = Array.from({ length: 6 }, (_, i) => word(e * 8 + i + 1000));
    const name = `${capital(word(e * 8 + 6 + 1000))} ${capital(word(e * 8 + 7 + 1000))}`;
    const at = start + (e / perDay) * 24 * HOUR;
    for (let a = 0; a < 3; a++) {
      const pick = () => (rng.next() < 0.45 ? rng.pick(topic) : rng.pick(BACKGROUND));
      const words = Array.from({ length: 40 }, pick);
      out.push({
        id: `${e}-${a}`,
        story: String(e),
        title: `${name} ${rng.pick(topic)} ${rng.pick(topic)} ${rng.pick(BACKGROUND)}`,
        text: `${name} said the ${words.join(' ')}.`,
        published: new Date(at + rng.next() * 6 * HOUR),
      });
    }
  }
  return out.sort((x, y) => x.published!.getTime() - y.published!.getTime());
}

const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);

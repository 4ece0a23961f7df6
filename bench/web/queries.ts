import { createRng } from '../../src/demo/prng.js';

/**
 * Search queries no reader asked before, so that each one reaches the database: the words of a page
 * (its headlines and standfirsts) one by one, then seeded pairs of them, `count` in all.
 */
export function distinctQueries(pageHtml: string, count: number, seed = 11): string[] {
  const text = pageHtml
    .replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]+>/g, ' ');
  const words = [...new Set((text.match(/\p{L}{4,}/gu) ?? []).map((w) => w.toLowerCase()))];
  const queries = new Set(words.slice(0, count));
  const rng = createRng(seed);
  const pick = () => words[Math.floor(rng.next() * words.length)]!;
  // Pairs are drawn until enough; with a few hundred words there are far more pairs than requests.
  for (let tries = 0; queries.size < count && tries < count * 10; tries++) queries.add(`${pick()} ${pick()}`);
  return [...queries];
}

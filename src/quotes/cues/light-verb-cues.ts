/**
 * Multi-word cues built around a light verb: the idioms of cue-idioms.ts ("took aim at"), a published statement
 * and its verb of saying ("issued a statement saying"), "as X put it" and "was quick to point out". Each takes
 * the verb's auxiliaries.
 */
import { idiomAfter, opensIdiom } from '../lexicon/cue-idioms.js';
import { AUXILIARIES, CUE_WORDS } from '../lexicon/cue-lexicon.js';
import { hearsayOwns } from './hearsay.js';
import { makeCue } from './make-cue.js';
import type { Cue, Token } from '../types.js';
import {
  BE_WORDS,
  GROUP_WORDS,
  PUBLISH_VERBS,
  QUICK_ADVERBS,
  STATEMENT_NOUNS,
  STATEMENT_TIMES,
} from '../lexicon/cue-reader-words.js';

const MAX_IDIOM = 7;
/** The lower-case plain words from i on (null for punctuation or quoted words), up to the longest idiom. */
function wordsFrom(tokens: Token[], i: number): (string | null)[] {
  const out: (string | null)[] = [];
  for (let k = i; k < tokens.length && k - i < MAX_IDIOM; k++) {
    const t = tokens[k]!;
    out.push(t.word && t.seg < 0 ? t.lower : null);
  }
  return out;
}

/** "took aim at", "has made no secret of": an idiom from cue-idioms.ts, with the verb's auxiliaries before it. */
export function idiomCue(text: string, tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  if (t.cap || !opensIdiom(t.lower)) return null;
  const idiom = idiomAfter(t.lower, wordsFrom(tokens, i + 1));
  const first = idiom ? groupStart(tokens, i) : -1;
  if (!idiom || first < 0) return null;
  const entry = CUE_WORDS.get(idiom.lemma);
  // "has reportedly been critical of": the hearsay adverb is the cue and the idiom its content.
  for (let k = first; k < i && entry; k++) if (hearsayOwns(tokens[k]!, entry)) return null;
  return makeCue(
    text,
    tokens,
    { verb: i, first, last: i + 1 + idiom.last },
    'finite',
    entry?.lemma ?? idiom.lemma,
    entry,
  );
}

const MAX_GROUP = 4;

/**
 * Where the verb group of the verb at i starts: back over auxiliaries, negations and adverbs ("has also made").
 * -1 for an infinitive ("to take aim at"), which has no subject of its own here.
 */
export function groupStart(tokens: Token[], i: number): number {
  let first = i;
  for (let j = i - 1; j >= 0 && i - j <= MAX_GROUP; j--) {
    const p = tokens[j]!;
    if (p.seg >= 0) break;
    if (p.lower === 'to') return first === i ? -1 : first;
    const adverb = p.word && !p.cap && (GROUP_WORDS.has(p.lower) || /ly$/.test(p.lower));
    if (!(adverb || AUXILIARIES.has(p.lower) || p.lower === "n't")) break;
    first = j;
  }
  // A possessive 's is no auxiliary, and an adverb before the subject is not the verb's.
  while (first < i && !AUXILIARIES.has(tokens[first]!.lower) && !tokens[first]!.word) first++;
  return first;
}

/** Words back from "put it" to "as": room for a name and its appositive ("as Ana Ruiz, the port director, put it"). */
const MAX_AS_SUBJECT = 16;

/** "as the senator put it": the manner clause names the speaker of the words around it. */
export function putItCue(text: string, tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  if (!(t.lower === 'put' || t.lower === 'puts') || tokens[i + 1]?.lower !== 'it' || t.seg >= 0) return null;
  const first = groupStart(tokens, i);
  if (first < 0) return null;
  let k = first - 1;
  while (k > 0 && first - k <= MAX_AS_SUBJECT && tokens[k]!.seg < 0 && tokens[k]!.lower !== 'as') {
    if (!tokens[k]!.word && !/^['’]s$/.test(tokens[k]!.text) && tokens[k]!.text !== ',') return null;
    k--;
  }
  if (tokens[k]?.lower !== 'as' || k === first - 1) return null;
  const last = tokens[i + 2]?.text === ':' ? i + 2 : i + 1;
  return makeCue(text, tokens, { verb: i, first, last }, 'finite', 'say', CUE_WORDS.get('said'));
}

/**
 * "issued a statement saying …", "released the following statement:": annotators draw the publishing verb,
 * the statement and the verb of saying after it as one cue. The saying verb gives the class.
 */
export function statementCue(text: string, tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  if (t.cap || !PUBLISH_VERBS.has(t.lower)) return null;
  let k = i + 1;
  if (/^(?:a|an|the|this|his|her|their|its|our)$/.test(tokens[k]?.lower ?? '')) k++;
  if (
    tokens[k]?.word &&
    !STATEMENT_NOUNS.has(tokens[k]!.lower) &&
    STATEMENT_NOUNS.has(tokens[k + 1]?.lower ?? '')
  )
    k++;
  if (!STATEMENT_NOUNS.has(tokens[k]?.lower ?? '') || tokens[k]!.seg >= 0) return null;
  const first = groupStart(tokens, i);
  if (first < 0) return null;
  if (tokens[k + 1]?.text === ':')
    return makeCue(text, tokens, { verb: i, first, last: k + 1 }, 'finite', 'say', CUE_WORDS.get('said'));
  k++;
  while (STATEMENT_TIMES.has(tokens[k]?.lower ?? '') && k - i < MAX_IDIOM) k++;
  if (tokens[k]?.text === ',') k++;
  if (/ly$/.test(tokens[k]?.lower ?? '')) k++;
  const verb = tokens[k];
  const entry = verb && verb.seg < 0 && !verb.cap ? CUE_WORDS.get(verb.lower) : undefined;
  if (!entry?.forms.has('ing') || !verb!.lower.endsWith('ing')) return null;
  const particle = entry.particles.includes(tokens[k + 1]?.lower ?? '') ? k + 1 : k;
  if (entry.particleOnly && particle === k) return null;
  return makeCue(text, tokens, { verb: k, first, last: particle }, 'finite', entry.lemma, entry);
}

/**
 * "was quick to point out that …", "were quick to condemn the outcome": the eagerness frames the verb of saying
 * after it, and annotators draw the copula, "quick to" and that verb (with its particle) as one cue.
 */
export function quickToCue(text: string, tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  if (t.cap || t.seg >= 0 || !BE_WORDS.has(t.lower)) return null;
  let k = i + 1;
  if (QUICK_ADVERBS.has(tokens[k]?.lower ?? '')) k++;
  if (tokens[k]?.lower !== 'quick' || tokens[k + 1]?.lower !== 'to') return null;
  const verb = tokens[k + 2];
  const entry = verb && verb.seg < 0 && !verb.cap ? CUE_WORDS.get(verb.lower) : undefined;
  if (!entry?.forms.has('base') || entry.quoteOnly) return null;
  const particle = entry.particles.includes(tokens[k + 3]?.lower ?? '') ? k + 3 : k + 2;
  if (entry.particleOnly && particle === k + 2) return null;
  const first = groupStart(tokens, i);
  if (first < 0) return null;
  return makeCue(text, tokens, { verb: k + 2, first, last: particle }, 'finite', entry.lemma, entry);
}

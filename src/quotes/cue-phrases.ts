/** Building cues, and the fixed phrases that attribute ("in the view of", "made it clear", "has a word of warning"). */
import { CUE_WORDS, type CueWord } from './cue-lexicon.js';
import type { Cue, Token } from './types.js';

/** A cue over tokens first..last: its words, span, and the class its lemma gives it. */
export function makeCue(
  text: string,
  tokens: Token[],
  at: { verb: number; first: number; last: number },
  form: Cue['form'],
  lemma: string,
  entry?: CueWord,
): Cue {
  const span = { start: tokens[at.first]!.start, end: tokens[at.last]!.end };
  return {
    ...at,
    lemma,
    form,
    cueClass: entry?.cueClass ?? 'speech',
    raising: entry?.raising ?? false,
    text: text.slice(span.start, span.end),
    span,
  };
}

const VIEW_NOUNS = new Set(
  'view views opinion words eyes estimation judgment judgement assessment mind telling'.split(' '),
);
const MAKE_FORMS = new Set(['made', 'makes', 'make', 'making']);
const LIGHT_VERBS = new Set('has had have offered issued gave sent delivered'.split(' '));
const MESSAGE_NOUNS = new Set('warning message reminder plea prediction advice verdict caution'.split(' '));
const MESSAGE_ADJECTIVES = new Set('stark blunt clear sharp simple grim strong stern final'.split(' '));

/**
 * Fixed phrases that attribute: "in the view of X", "in the words of X" (source after, like "according to")
 * and "X has a word of warning: …", "X issued a stark warning that …" (a light verb and a message noun).
 */
export function phraseCue(text: string, tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  const at = (k: number) => tokens[i + k]?.lower;
  if (t.lower === 'in' && at(1) === 'the' && VIEW_NOUNS.has(at(2) ?? '') && at(3) === 'of') {
    return makeCue(text, tokens, { verb: i + 2, first: i, last: i + 3 }, 'according', 'according to');
  }
  // "made it clear that …", "has made clear …": a statement.
  if (MAKE_FORMS.has(t.lower) && (at(1) === 'clear' || (at(1) === 'it' && at(2) === 'clear'))) {
    const last = at(1) === 'clear' ? i + 1 : i + 2;
    return makeCue(text, tokens, { verb: i, first: i, last }, 'finite', 'say', CUE_WORDS.get('said'));
  }
  if (!LIGHT_VERBS.has(t.lower) || t.cap) return null;
  let k = i + 1;
  if (/^(?:a|an|the|this|his|her|their|its)$/.test(tokens[k]?.lower ?? '')) k++;
  if (MESSAGE_ADJECTIVES.has(tokens[k]?.lower ?? '')) k++;
  if (
    tokens[k]?.lower === 'word' &&
    tokens[k + 1]?.lower === 'of' &&
    MESSAGE_NOUNS.has(tokens[k + 2]?.lower ?? '')
  )
    k += 2;
  if (k === i + 1 || !MESSAGE_NOUNS.has(tokens[k]?.lower ?? '')) return null;
  const entry = CUE_WORDS.get('warned');
  return makeCue(text, tokens, { verb: k, first: i, last: k }, 'finite', 'warn', entry);
}

/** Headline style: most longer words capitalised and no lower-case verb-looking word among them. */
export function isHeadline(tokens: Token[]): boolean {
  let long = 0;
  let caps = 0;
  for (const t of tokens) {
    if (!t.word || t.text.length < 4 || t.seg >= 0) continue;
    long++;
    if (t.cap) caps++;
  }
  return long >= 3 && caps / long >= 0.75;
}

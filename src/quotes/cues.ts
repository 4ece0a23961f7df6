import { AUXILIARIES, BE_FORMS, CUE_WORDS } from './cue-lexicon.js';
import { DETERMINERS } from './lexicon.js';
import type { Cue, Token } from './types.js';

const NEGATIONS = new Set(['not', 'never', "'t", '’t', "n't"]);
const ADVERB = /ly$/;

/** The cue words of a sentence outside quotes, in order: speech verbs with their auxiliaries and "according to". */
export function findCues(text: string, tokens: Token[]): Cue[] {
  const out: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.seg >= 0 || !t.word) continue;
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      out.push(make(text, tokens, i, i, i + 1, 'according to', 'according'));
      i++;
      continue;
    }
    const entry = CUE_WORDS.get(t.lower);
    if (!entry) continue;
    const before = tokens[i - 1];
    if (before && DETERMINERS.has(before.lower) && before.lower !== 'that') continue;
    if (before && (before.text === "'s" || before.text === '’s')) continue;
    if (entry.nounLike && !(tokens[i + 1]?.lower === 'that' || tokens[i + 1]?.text === ':')) continue;
    if (entry.form === 'participle') {
      const first = participleStart(tokens, i);
      if (first === null) continue;
      out.push(make(text, tokens, i, first, i, entry.lemma, 'participle'));
      continue;
    }
    const first = auxiliaryStart(tokens, i);
    // A bare base form is a plural present ("analysts say") only for verbs that are not also nouns.
    if (entry.form === 'base' && first === i && !(entry.plainPresent && before?.word)) continue;
    if (entry.form === 'finite' && isPassive(tokens, i)) continue;
    out.push(make(text, tokens, i, first, i, entry.lemma, entry.form));
  }
  return out;
}

function make(
  text: string,
  tokens: Token[],
  verb: number,
  first: number,
  last: number,
  lemma: string,
  form: Cue['form'],
): Cue {
  const span = { start: tokens[first]!.start, end: tokens[last]!.end };
  return { verb, first, last, lemma, form, text: text.slice(span.start, span.end), span };
}

/**
 * Where the cue phrase starts: back over a negation and its auxiliary ("did not say", "didn't say", "never said").
 * A base form needs an auxiliary ("will say"); without one the index of the verb itself comes back.
 */
function auxiliaryStart(tokens: Token[], i: number): number {
  let j = i - 1;
  let negated = false;
  while (j >= 0 && (NEGATIONS.has(tokens[j]!.lower) || tokens[j]!.lower === 'also')) {
    if (tokens[j]!.lower !== 'also') negated = true;
    j--;
  }
  const aux = tokens[j];
  if (aux && AUXILIARIES.has(aux.lower) && (negated || CUE_WORDS.get(tokens[i]!.lower)?.form === 'base'))
    return j;
  if (negated && tokens[j + 1]?.lower === 'never') return j + 1;
  return i;
}

/** "is expected", "was told", "were widely reported": passive, so not a cue. */
function isPassive(tokens: Token[], i: number): boolean {
  let j = i - 1;
  if (tokens[j] && ADVERB.test(tokens[j]!.lower)) j--;
  if (tokens[j] && NEGATIONS.has(tokens[j]!.lower)) j--;
  return !!tokens[j] && BE_FORMS.has(tokens[j]!.lower);
}

/** ", saying …", ", adding that …" and "was quoted as saying": the start of the cue, or null if not a cue here. */
function participleStart(tokens: Token[], i: number): number | null {
  const before = tokens[i - 1];
  if (!before) return null;
  if (before.text === ',' || before.text === ';' || before.lower === 'and') return i;
  if (before.lower === 'as' && tokens[i - 2]?.lower === 'quoted') return i - 2;
  return null;
}

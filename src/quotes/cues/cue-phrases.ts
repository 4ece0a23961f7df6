/** The fixed phrases that attribute ("in the view of", "made it clear", "has a word of warning"). */
import { CUE_WORDS } from '../lexicon/cue-lexicon.js';
import { groupStart, idiomCue, putItCue, quickToCue, statementCue } from './light-verb-cues.js';
import { POLLED } from '../lexicon/lexicon.js';
import { IDIOM_OPENERS } from '../lexicon/cue-idioms.js';
import { makeCue } from './make-cue.js';
import type { Cue, Token } from '../types.js';
import { VIEW_OF_NOUNS } from '../lexicon/clause-words.js';
import {
  BE_WORDS,
  LIGHT_VERBS,
  MAKE_FORMS,
  MESSAGE_ADJECTIVES,
  MESSAGE_NOUNS,
  PHRASE_BREAKS,
  PLURAL_POLLS,
  POLLED_GROUPS,
  POLL_HEADS_BEFORE,
  POLL_MAKERS,
  POLL_MODIFIED,
  POLL_NOUNS,
  POLL_OPENERS,
  PUBLISH_VERBS,
} from '../lexicon/cue-reader-words.js';

export { makeCue };

/**
 * The words a phrase cue can start at, one per way below of reading one: "in" (a view or a poll), "made" (clear),
 * an idiom's verb, a publishing verb (a statement), "put" (it), a copula ("was quick to") and a light verb.
 */
export const PHRASE_CUE_STARTS: ReadonlySet<string> = new Set([
  'in',
  ...MAKE_FORMS,
  ...IDIOM_OPENERS,
  ...PUBLISH_VERBS,
  'put',
  'puts',
  ...BE_WORDS,
  ...LIGHT_VERBS,
]);

/**
 * Fixed phrases that attribute: "in the view of X", "in the words of X" (source after, like "according to")
 * and "X has a word of warning: …", "X issued a stark warning that …" (a light verb and a message noun).
 */
export function phraseCue(text: string, tokens: Token[], i: number): Cue | null {
  const t = tokens[i]!;
  const at1 = tokens[i + 1]?.lower;
  const at2 = tokens[i + 2]?.lower;
  if (t.lower === 'in' && at1 === 'the' && VIEW_OF_NOUNS.has(at2 ?? '') && tokens[i + 3]?.lower === 'of') {
    return makeCue(text, tokens, { verb: i + 2, first: i, last: i + 3 }, 'according', 'according to');
  }
  const poll = t.lower === 'in' && !groupInPoll(tokens, i) ? pollAfter(tokens, i + 1) : -1;
  if (poll > 0 && !pollingInGeneral(tokens, i, poll))
    return makeCue(text, tokens, { verb: poll, first: i, last: i }, 'according', 'in');
  // "made it clear that …", "has made clear …": a statement.
  if (MAKE_FORMS.has(t.lower) && (at1 === 'clear' || (at1 === 'it' && at2 === 'clear'))) {
    const last = at1 === 'clear' ? i + 1 : i + 2;
    const group = groupStart(tokens, i);
    const first = group < 0 ? i : group;
    return makeCue(text, tokens, { verb: i, first, last }, 'finite', 'say', CUE_WORDS.get('said'));
  }
  const idiom =
    idiomCue(text, tokens, i) ??
    statementCue(text, tokens, i) ??
    putItCue(text, tokens, i) ??
    quickToCue(text, tokens, i);
  if (idiom) return idiom;
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

const MAX_POLL_PHRASE = 10;

/**
 * "Fewer than half of the voters surveyed in a new poll support …", "15 percent of voters in the poll were
 * undecided": the poll phrase belongs to a subject group (the group answers, with its own cue), so "in" is no cue.
 */
function groupInPoll(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.lower ?? '';
  if (POLLED.has(before)) return true;
  if (!POLLED_GROUPS.has(before)) return false;
  return tokens[i - 2]?.lower === 'of' || tokens[i - 3]?.lower === 'of';
}

/**
 * "leads in several recent polls", "third in Iowa polls": polls in the plural inside a clause are a standing
 * across polling, not a poll that found something. They still report when they open the sentence ("In the latest
 * polls, …"), when the head is one poll or an average of them ("the average of state polls") or when their
 * makers are named ("in recent polls from Quinnipiac and Fox News").
 */
function pollingInGeneral(tokens: Token[], i: number, poll: number): boolean {
  if (i === 0 || !PLURAL_POLLS.has(tokens[poll]!.lower)) return false;
  if (POLL_MAKERS.has(tokens[poll + 1]?.lower ?? '')) return false;
  for (let k = i + 1; k < poll; k++) if (POLL_HEADS_BEFORE.has(tokens[k]!.lower)) return false;
  return true;
}

/**
 * "in a CNN poll", "in the latest polls": a poll named after "in" is the source of the finding around it. The
 * index of the poll noun, or -1; the phrase may hold only words, names and "/" or "-" between them. Bare "the
 * polls" is polling in general ("rose in the polls", "his standing in the polls"), not a poll that found something.
 */
function pollAfter(tokens: Token[], start: number): number {
  const first = tokens[start];
  if (!first || first.seg >= 0 || !(POLL_OPENERS.has(first.lower) || first.cap || /^\d/.test(first.text)))
    return -1;
  if (first.lower === 'the' && tokens[start + 1]?.lower === 'polls') return -1;
  for (let k = start; k < tokens.length && k - start < MAX_POLL_PHRASE; k++) {
    const t = tokens[k]!;
    if (t.seg >= 0 || PHRASE_BREAKS.has(t.lower)) return -1;
    if (t.word && POLL_NOUNS.has(t.lower)) {
      // "in poll numbers", "in the poll tax debate": the poll word modifies another noun and is no source.
      return POLL_MODIFIED.has(tokens[k + 1]?.lower ?? '') ? -1 : k;
    }
    if (
      !(
        t.word ||
        t.text === '/' ||
        t.text === '-' ||
        t.text === "'s" ||
        t.text === '’s' ||
        t.text === '.' ||
        t.text === '&'
      )
    )
      return -1;
  }
  return -1;
}

/** Headline style: most longer words capitalised and no lower-case verb-looking word among them. */
export function isHeadline(tokens: Token[]): boolean {
  let long = 0;
  let caps = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.word || t.text.length < 4 || t.seg >= 0) continue;
    long++;
    if (t.cap) caps++;
  }
  return long >= 3 && caps / long >= 0.75;
}

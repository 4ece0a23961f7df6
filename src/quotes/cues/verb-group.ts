/**
 * The verb-group cue reader: a cue verb with its auxiliaries, negations, adverbs and particle ("did not say",
 * "has also pointed out", "is expected to"), read only where the word is used as a verb of attribution.
 */
import { AUXILIARIES, BE_FORMS, CUE_WORDS } from '../lexicon/cue-lexicon.js';
import { AS_OR_CLAUSE } from '../lexicon/cue-verbs.js';
import {
  DETERMINERS,
  NEGATIONS,
  NUMBERS,
  POSSESSIVES,
  PREPOSITIONS,
  SETTING_NAMES,
  SUBJECT_PRONOUNS,
} from '../lexicon/lexicon.js';
import {
  CALLED_PRONOUNS,
  VERB_COORDINATORS,
  GROUP_ADVERBS,
  ING_OPENERS,
  MODALS,
  NOT_ADVERBS,
  NOUN_ING,
  PHRASE_ADVERBS,
  PLURAL_HEADS,
  PLURAL_PRONOUNS,
  PREVERB_ADVERBS,
} from '../lexicon/verb-group-words.js';
import { documentFinds } from '../speakers/document-subject.js';
import { floatingQuantifier } from '../speakers/floating-quantifier.js';
import { pollAnswer, pollStance } from '../speakers/poll-subject.js';
import { commaInQuote, quoteNext } from '../text/quote-adjacency.js';
import { isPossessiveS } from '../text/tokens.js';
import type { Cue, Token } from '../types.js';
import { hearsayOwns } from './hearsay.js';
import { makeCue } from './make-cue.js';
import { barePassiveEnd } from './passive-cues.js';
import {
  asOrClause,
  bareClause,
  evidenceClause,
  nounBefore,
  objectAfter,
  subjectBefore,
} from './verb-context.js';

const CLITIC = /^['’](?:s|ve|d|ll|re|m|t)$/;

const isAdverb = (t: Token): boolean =>
  t.word &&
  !t.cap &&
  (GROUP_ADVERBS.has(t.lower) ||
    PREVERB_ADVERBS.has(t.lower) ||
    (/ly$/.test(t.lower) && !NOT_ADVERBS.has(t.lower)));

/**
 * "a group called Citizens for Trump": "called" names, it takes no stance. It is a verb when a subject stands
 * before it ("critics called it a sham"), after a conjunction ("… and called him a fraud"), with a pronoun object
 * or with its particle ("called for").
 */
function calledNames(tokens: Token[], i: number, first: number, particle: number | null): boolean {
  const before = tokens[first - 1];
  const next = tokens[i + 1];
  return (
    tokens[i]!.lower === 'called' &&
    first === i &&
    !!before?.word &&
    !before.cap &&
    !SUBJECT_PRONOUNS.has(before.lower) &&
    !VERB_COORDINATORS.has(before.lower) &&
    !CALLED_PRONOUNS.has(next?.lower ?? '') &&
    particle === null
  );
}

/** Does the sentence open with a cue verb's -ing form used as a participle ("Calling the plan a fraud, …")? */
export function openingParticiple(tokens: Token[]): boolean {
  const t = tokens[0]!;
  const entry = CUE_WORDS.get(t.lower);
  if (!entry?.forms.has('ing') || !t.lower.endsWith('ing') || NOUN_ING.has(t.lower)) return false;
  if (entry.particleOnly || entry.quoteOnly || entry.clauseOnly) return false;
  return objectAfter(tokens, 1);
}

/**
 * Read the verb group around the cue word at i ("did not say", "has in the past described", "is expected to"),
 * or null when the word is not used as a cue verb here: a noun ("a saying"), an infinitive, a passive that
 * attributes nothing, a participle after its noun ("a plan proposed by …"), "called" that names.
 */
export function verbGroupCue(text: string, tokens: Token[], i: number): Cue | null {
  const entry = CUE_WORDS.get(tokens[i]!.lower);
  if (!entry) return null;
  // Walk back over adverbs, negations and auxiliaries: they belong to the cue.
  let first = i;
  let aux: Token | null = null;
  let modal = false;
  let be = false;
  let haveAux = false;
  for (let j = i - 1; j >= 0 && i - j <= 7; j--) {
    const p = tokens[j]!;
    if (p.seg >= 0) break;
    // "is reportedly considering": the hearsay adverb is the cue and the verb its content.
    if (hearsayOwns(p, entry)) return null;
    if (NEGATIONS.has(p.lower) || isAdverb(p) || floatingQuantifier(tokens, j)) {
      first = j;
      continue;
    }
    // "has in the past described", "have in fact reported": a prepositional adverb after an auxiliary.
    const phrase = PHRASE_ADVERBS.get(p.lower);
    if (phrase && j - phrase.length > 0 && AUXILIARIES.has(tokens[j - phrase.length - 1]!.lower)) {
      if (phrase.every((w, n) => tokens[j - phrase.length + n]!.lower === w)) {
        first = j - phrase.length;
        j = first;
        continue;
      }
    }
    if (AUXILIARIES.has(p.lower) || (p.lower === 'to' && aux === null)) {
      if (isPossessiveS(p) && !SUBJECT_PRONOUNS.has(tokens[j - 1]?.lower ?? '')) break;
      if (aux === null) {
        aux = p;
        be = BE_FORMS.has(p.lower) || p.lower === "'s" || p.lower === '’s';
        haveAux = /^(?:has|have|had|hasn|haven|hadn|'ve|’ve)$/.test(p.lower);
      }
      if (MODALS.has(p.lower)) modal = true;
      if (p.lower === 'to') break;
      first = j;
      continue;
    }
    break;
  }
  if (aux?.lower === 'to') return null;
  // Adverbs before the subject are not the cue's: "Privately, officials say" keeps "say" alone.
  while (first < i && tokens[first]!.seg < 0 && !tokens[first]!.word && !CLITIC.test(tokens[first]!.text))
    first++;
  const before = tokens[first - 1];
  const next = tokens[i + 1];
  const afterParticle = tokens[i + 2];
  const timeAfter =
    !!afterParticle && (SETTING_NAMES.has(afterParticle.lower) || /^\d/.test(afterParticle.text));
  const particle = next && next.seg < 0 && entry.particles.includes(next.lower) && !timeAfter ? i + 1 : null;
  if (entry.particleOnly && particle === null) return null;
  if (
    entry.clauseOnly &&
    next &&
    !(
      next.lower === 'that' ||
      /^[,:.]$/.test(next.text) ||
      next.mark === 'open' ||
      bareClause(tokens, i + 1) ||
      documentFinds(entry, tokens, first)
    )
  )
    return null;
  if (entry.quoteOnly && !quoteNext(tokens, i, first)) return null;
  // "is seen as a threat": in the passive the object is the subject, so "as" follows the verb directly.
  const passiveAs = !!aux && BE_FORMS.has(aux.lower) && next?.lower === 'as';
  if (AS_OR_CLAUSE.has(entry.lemma) && !passiveAs && !asOrClause(tokens, i + 1)) return null;
  if (calledNames(tokens, i, first, particle)) return null;
  let last = particle ?? i;
  // "went on to say": the cue runs to the verb of speech; "went on" alone is a cue only next to a quote
  // ("“…,” she went on." / "He went on: “…”"), where it means "continued".
  if (entry.lemma === 'go') {
    if (particle === null) return null;
    const said = CUE_WORDS.get(tokens[last + 2]?.lower ?? '');
    if (tokens[last + 1]?.lower === 'to') {
      if (!said?.forms.has('base')) return null;
      last += 2;
    } else if (!quoteNext(tokens, last, first)) return null;
  }
  // "said:" — a colon right after the verb belongs to the cue.
  if (tokens[last + 1]?.text === ':' && tokens[last + 1]!.seg < 0) last++;
  const at = { verb: i, first, last };
  const forms = entry.forms;

  if (forms.has('ing') && tokens[i]!.lower.endsWith('ing')) {
    const progressive =
      be || aux?.lower === "'s" || aux?.lower === '’s' || aux?.lower === "'re" || aux?.lower === '’re';
    if (aux && progressive) return makeCue(text, tokens, at, 'finite', entry.lemma, entry);
    if (
      !aux &&
      before &&
      (ING_OPENERS.has(before.lower) ||
        commaInQuote(tokens, first - 1) ||
        (before.lower === 'as' && tokens[first - 2]?.lower === 'quoted'))
    )
      return makeCue(
        text,
        tokens,
        Object.assign({}, at, { first: before.lower === 'as' ? first - 2 : first }),
        'participle',
        entry.lemma,
        entry,
      );
    // "polls showing Trump ahead", "a letter saying …": a participle after its noun; the noun is the source.
    if (
      !aux &&
      before?.word &&
      // "a saying" is a noun only after an article; right after a noun ("62 percent saying") it is the verb.
      (!NOUN_ING.has(tokens[i]!.lower) || tokens[i]!.lower === 'saying') &&
      nounBefore(before) &&
      objectAfter(tokens, last + 1)
    )
      return makeCue(text, tokens, at, 'finite', entry.lemma, entry);
    // "left 62 percent of voters saying race relations are worse": a share of a surveyed group answers.
    if (!aux && pollAnswer(tokens, first, last))
      return makeCue(text, tokens, at, 'finite', entry.lemma, entry);
    return null;
  }
  if (aux) {
    if (be && !(forms.has('base') && aux.lower === 'be' && modal)) {
      // "is expected to …", "was asked whether …": a few passives attribute; "was told" and the rest do not.
      if (!forms.has('participle')) return null;
      // "was first reported by MSNBC", "has been criticized by his rivals": the agent is the source.
      const agent = tokens[last + 1]?.lower === 'by' && !entry.particleOnly;
      const raising = next?.lower === 'to' && entry.raisingPassive;
      const bare = agent || raising ? -1 : barePassiveEnd(tokens, i, entry, aux, modal);
      if (!entry.passiveCue && !agent && bare < 0) return null;
      if (!raising && !agent && entry.lemma !== 'ask' && bare < 0) return null;
      const end = bare >= 0 ? bare : i;
      return Object.assign(
        {},
        makeCue(text, tokens, { verb: i, first, last: end }, 'passive', entry.lemma, entry),
        {
          raising,
        },
      );
    }
    if (haveAux && !(forms.has('participle') || forms.has('past'))) return null;
    if (modal && !forms.has('base') && !haveAux) return null;
    if (!subjectBefore(tokens, first, last, entry, true)) return null;
    return makeCue(text, tokens, at, 'finite', entry.lemma, entry);
  }
  const finding = documentFinds(entry, tokens, first);
  if (forms.has('s') || forms.has('past')) {
    if (!finding && !subjectBefore(tokens, first, last, entry, first < i)) return null;
    // "a plan proposed by …": a participle after a noun, passive.
    if (forms.has('past') && next?.lower === 'by' && before?.word && !before.cap) return null;
    return makeCue(text, tokens, at, 'finite', entry.lemma, entry);
  }
  if (forms.has('base')) {
    if (finding) return makeCue(text, tokens, at, 'base', entry.lemma, entry);
    if (!before || !(before.word || before.text === ')' || before.text === ',' || before.text === '%'))
      return null;
    if (DETERMINERS.has(before.lower) && !PLURAL_PRONOUNS.has(before.lower) && !NUMBERS.has(before.lower))
      return null;
    if (POSSESSIVES.has(before.lower) || PREPOSITIONS.has(before.lower) || isPossessiveS(before)) return null;
    if (!entry.nounLike) return makeCue(text, tokens, at, 'base', entry.lemma, entry);
    // "polls show that …", "who support Sanders": a noun-like verb needs a plural subject and an object.
    const plural =
      PLURAL_PRONOUNS.has(before.lower) ||
      PLURAL_HEADS.has(before.lower) ||
      (/s$/.test(before.lower) && !/(?:ss|us|is|as|os|'s|’s)$/.test(before.lower) && before.word);
    const verb = plural && (objectAfter(tokens, last + 1) || evidenceClause(tokens, entry, last + 1));
    if (!verb && !pollStance(entry, tokens, first, last)) return null;
    return makeCue(text, tokens, at, 'base', entry.lemma, entry);
  }
  return null;
}

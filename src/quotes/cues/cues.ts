import { AUXILIARIES, BE_FORMS, CUE_WORDS, type CueWord } from '../lexicon/cue-lexicon.js';
import { AS_OR_CLAUSE } from '../lexicon/cue-verbs.js';
import { DETERMINERS, SETTING_NAMES } from '../lexicon/lexicon.js';
import { documentFinds } from '../speakers/document-subject.js';
import { isHeadline, makeCue, phraseCue } from './cue-phrases.js';
import { floatingQuantifier } from '../speakers/floating-quantifier.js';
import { asReportedByCue, reckoningCue, viewpointCue } from './viewpoint-cues.js';
import { headlineCue, headlineInfinitive, headlineNounVerb, onFirstLine } from './headline-cues.js';
import { whenAsked } from './asked-cues.js';
import { hearsayCue, hearsayOwns } from './hearsay.js';
import { nounCue } from './noun-cues.js';
import { pollAnswer, pollStance } from '../speakers/poll-subject.js';
import { barePassiveEnd } from './passive-cues.js';
import { commaInQuote, quoteNext } from '../text/quote-adjacency.js';
import { isPossessiveS } from '../text/tokens.js';
import type { Cue, Token } from '../types.js';
import {
  asOrClause,
  bareClause,
  evidenceClause,
  nounBefore,
  objectAfter,
  subjectBefore,
} from './verb-context.js';
import { NEGATIONS, NUMBERS, POSSESSIVES, PREPOSITIONS, SUBJECT_PRONOUNS } from '../lexicon/lexicon.js';

/** Adverbs that sit inside a cue group ("has also said", "are now openly questioning"). */
const GROUP_ADVERBS = new Set(
  `also later earlier previously again then reportedly repeatedly once now still already just even first long
  often frequently recently since subsequently initially originally ultimately finally further quickly promptly
  immediately openly publicly privately flatly strongly sharply explicitly firmly loudly widely generally largely
  increasingly basically essentially simply actually really specifically directly indirectly formally officially
  personally forcefully vigorously aggressively strenuously emphatically bluntly curtly angrily calmly quietly
  pointedly squarely clearly consistently continually constantly always never ever not n't yet twice sometimes
  seldom almost`.split(/\s+/),
);
/** -ly words that are not adverbs. */
const NOT_ADVERBS = new Set(
  'only early family rally ally italy july supply reply apply belly daily weekly'.split(' '),
);
const MODALS = new Set(
  `did does do would will could can may might should must didn doesn don wouldn won couldn shouldn 'll 'd ’ll ’d
  ca wo to`.split(/\s+/),
);
const PLURAL_PRONOUNS = new Set('i we you they who which that these those'.split(' '));
/** Words before an -ing cue that make it a participle clause (", saying …", "by arguing …", "but warning …"). */
const ING_OPENERS = new Set(', and but by while after before when — – without ;'.split(' '));
/** Mass and collective nouns that take a plural verb ("most say", "the public want"). */
const PLURAL_HEADS = new Set(
  `people media police public majority most many some others few both all percent children men women staff
  crowd folks voters republicans democrats`.split(/\s+/),
);

/** Passive participles that still attribute: "is expected to", "was asked whether". */
const PASSIVE_CUES = new Set(
  'ask expect believe think say report rumor rumour see consider project predict know'.split(' '),
);
/** Passives that raise their subject ("X is expected to win"): no source, the subject is content. */
const RAISING_PASSIVES = new Set(
  'expect believe think say report rumor rumour see consider project predict know'.split(' '),
);

/** -ing words that are nouns in news copy. */
const NOUN_ING = new Set(
  `meeting hearing ruling reading finding findings saying understanding warning offering posting briefing filing
  thinking feeling knowing building morning evening wedding funding spending polling voting timing`.split(
    /\s+/,
  ),
);

/** Conjunctions that join a second verb to its clause's subject ("… and called it a sham"). */
const COORDINATORS = new Set(['and', 'but', 'or', 'then', 'yet']);
/** Pronoun objects after "called": a verb with a subject ("critics called it a sham"), never a name given. */
const CALLED_PRONOUNS = new Set('him her it them himself herself themselves itself'.split(' '));

/** Cue words that can open a sentence before their speaker and a quote ("Said Ellis: “…”"). */
const SAID_FIRST = new Set(['said', 'says', 'added', 'wrote', 'asked', 'explained', 'noted']);

/** Pronouns that point back to the previous sentence's claim ("That's according to …"). */
const POINTERS = new Set(['that', 'this', 'it']);

const CLITIC = /^['’](?:s|ve|d|ll|re|m|t)$/;

/** Adverbial phrases by their last word, with the words before it ("in the past", "in fact", "in particular"). */
const PHRASE_ADVERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['past', ['in', 'the']],
  ['fact', ['in']],
  ['particular', ['in']],
  ['effect', ['in']],
]);

/** Focus and time adverbs right before the verb belong to the cue too ("would only say", "soon noted"). */
const PREVERB_ADVERBS = new Set(['only', 'soon']);
const isAdverb = (t: Token): boolean =>
  t.word &&
  !t.cap &&
  (GROUP_ADVERBS.has(t.lower) ||
    PREVERB_ADVERBS.has(t.lower) ||
    (/ly$/.test(t.lower) && !NOT_ADVERBS.has(t.lower)));

/** The cue words of a sentence outside quotes, in order (at most `limit`): verbs with their auxiliaries, "according to". */
export function findCues(text: string, tokens: Token[], limit = Number.POSITIVE_INFINITY): Cue[] {
  const out: Cue[] = [];
  const headline = isHeadline(tokens);
  const firstLine = onFirstLine(text, tokens);
  for (let i = 0; i < tokens.length && out.length < limit; i++) {
    const t = tokens[i]!;
    const hearsay = hearsayCue(text, tokens, i);
    if (hearsay) {
      out.push(hearsay);
      continue;
    }
    if (firstLine && !headline && t.seg < 0 && !t.cap) {
      // A lower-case headline drops its articles and auxiliaries: "Mayor to veto budget", "Ruiz vows change".
      const cue = headlineInfinitive(text, tokens, i) ?? headlineNounVerb(text, tokens, i);
      if (cue) {
        out.push(cue);
        i = cue.last;
        continue;
      }
    }
    if (headline && t.cap && t.seg < 0) {
      // "Bellwether County Just Says Trump Should Win": in a headline case cannot tell the verb, its form can.
      const cue = headlineCue(text, tokens, i);
      if (cue) {
        out.push(cue);
        i = cue.last;
        continue;
      }
    }
    const asBy = t.seg < 0 ? asReportedByCue(text, tokens, i) : null;
    if (asBy) {
      // "As reported by the Herald, …": skip "by"; the agent is the source.
      out.push(asBy);
      i = asBy.last + 1;
      continue;
    }
    if (t.seg >= 0 || !t.word || t.cap) {
      const phrase =
        t.cap && i === 0
          ? t.lower === 'in'
            ? phraseCue(text, tokens, i)
            : t.lower === 'to'
              ? viewpointCue(text, tokens, i)
              : t.lower === 'by'
                ? reckoningCue(text, tokens, i)
                : null
          : null;
      if (phrase) {
        out.push(phrase);
        i = phrase.last;
      } else if (t.cap && t.lower === 'according' && tokens[i + 1]?.lower === 'to' && i === 0) {
        out.push(makeCue(text, tokens, { verb: i, first: i, last: i + 1 }, 'according', 'according to'));
        i++;
      } else if (
        t.cap &&
        i === 0 &&
        SAID_FIRST.has(t.lower) &&
        tokens[i + 1]?.cap &&
        // "Asked Tuesday about …, Lee said": a day after "Asked" is when, not who.
        !SETTING_NAMES.has(tokens[i + 1]!.lower)
      ) {
        // "Said Ellis: “…”": an inverted cue at the start of the sentence.
        const entry = CUE_WORDS.get(t.lower);
        out.push(makeCue(text, tokens, { verb: i, first: i, last: i }, 'finite', entry!.lemma, entry));
      } else if (t.cap && i === 0 && openingParticiple(tokens)) {
        // "Promising that …, the mayor left": a participle clause that opens the sentence.
        const entry = CUE_WORDS.get(t.lower)!;
        out.push(makeCue(text, tokens, { verb: i, first: i, last: i }, 'participle', entry.lemma, entry));
      } else if (t.cap && t.lower === 'asked' && i === 0) {
        // "Asked whether …, 75 percent said …": a question put to the subject of the main clause.
        out.push(
          makeCue(text, tokens, { verb: i, first: i, last: i }, 'passive', 'ask', CUE_WORDS.get('asked')),
        );
      }
      continue;
    }
    if (whenAsked(tokens, i)) {
      // "…, she said when asked whether …": the question is content put to the main clause's subject.
      out.push(
        makeCue(text, tokens, { verb: i, first: i, last: i }, 'passive', 'ask', CUE_WORDS.get('asked')),
      );
      continue;
    }
    if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
      // "That's according to X": the copula's clitic joins the cue; "That" is the content.
      const first = isPossessiveS(tokens[i - 1]) && POINTERS.has(tokens[i - 2]?.lower ?? '') ? i - 1 : i;
      out.push(makeCue(text, tokens, { verb: i, first, last: i + 1 }, 'according', 'according to'));
      i++;
      continue;
    }
    const view =
      t.lower === 'to'
        ? viewpointCue(text, tokens, i)
        : t.lower === 'by'
          ? reckoningCue(text, tokens, i)
          : null;
    if (view) {
      out.push(view);
      continue;
    }
    const noun = nounCue(text, tokens, i);
    if (noun) {
      out.push(noun);
      continue;
    }
    const phrase = phraseCue(text, tokens, i);
    if (phrase) {
      out.push(phrase);
      i = phrase.last;
      continue;
    }
    const entry = CUE_WORDS.get(t.lower);
    if (!entry) continue;
    const cue = readCue(text, tokens, i, entry);
    if (cue) {
      out.push(cue);
      i = cue.last;
    }
  }
  return out;
}

/** Does the sentence open with a cue verb's -ing form used as a participle ("Calling the plan a fraud, …")? */
function openingParticiple(tokens: Token[]): boolean {
  const t = tokens[0]!;
  const entry = CUE_WORDS.get(t.lower);
  if (!entry?.forms.has('ing') || !t.lower.endsWith('ing') || NOUN_ING.has(t.lower)) return false;
  if (entry.particleOnly || entry.quoteOnly || entry.clauseOnly) return false;
  return objectAfter(tokens, 1);
}

/** Read the verb group around a cue word at i, or null when the word is not used as a cue verb here. */
function readCue(text: string, tokens: Token[], i: number, entry: CueWord): Cue | null {
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
  // "a group called Citizens for Trump": naming, not a stance ("… and called him a fraud" is a second verb,
  // "critics called it a sham" has a subject).
  if (
    tokens[i]!.lower === 'called' &&
    first === i &&
    before?.word &&
    !before.cap &&
    !SUBJECT_PRONOUNS.has(before.lower) &&
    !COORDINATORS.has(before.lower) &&
    !CALLED_PRONOUNS.has(next?.lower ?? '') &&
    particle === null
  )
    return null;
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
        { ...at, first: before.lower === 'as' ? first - 2 : first },
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
      const raising = next?.lower === 'to' && RAISING_PASSIVES.has(entry.lemma);
      const bare = agent || raising ? -1 : barePassiveEnd(tokens, i, entry, aux, modal);
      if (!PASSIVE_CUES.has(entry.lemma) && !agent && bare < 0) return null;
      if (!raising && !agent && entry.lemma !== 'ask' && bare < 0) return null;
      const end = bare >= 0 ? bare : i;
      return {
        ...makeCue(text, tokens, { verb: i, first, last: end }, 'passive', entry.lemma, entry),
        raising,
      };
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

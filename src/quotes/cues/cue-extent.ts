/**
 * Cue extent as attribution corpora draw it: a few words right after the cue verb belong to the cue ("said
 * Tuesday", "said with a laugh", "asked about", "pushed back against", "weighed in on", "said in a statement",
 * "said sarcastically", "expressed concern about", "believes in"). Each rule below was counted on PolNeAR train
 * over all our cues followed by its words, and is kept only when annotators take the words clearly more often
 * than not. Measured and left out: "said of" (36 leave it out vs 14 take it), "said in an interview" (39 vs 9),
 * "said on Twitter" (5 vs 2), "responded by" and the control verbs ("sought to", "agreed to", "seemed to").
 * The weekday is a coin toss for "said" (35 vs 34) but taken more often than not over all verbs (64 vs 49).
 */
import type { Span } from '../../domain/quote.js';
import {
  attitudeNounLength,
  prepositionalVerbLength,
  raisedInfinitiveLength,
  referredAsLength,
  storyOfLength,
} from '../lexicon/cue-extent-words.js';
import type { Attribution } from '../types.js';
import { NOT_MANNER } from '../lexicon/cue-reader-words.js';

const DAY =
  /^\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?(?=[\s,.:;])/i;
const MANNER = /^\s+with\s+an?\s+(?:laugh|grin|smile|smirk|chuckle|shrug)(?=[\s,.:;])/i;
/**
 * "about" before a quantity means "approximately" and opens the object ("predicted about 40 percent", "deemed
 * about 1,500 of the pages", "about one-third of"), so it is no preposition of the cue (train 0 vs 2). A bare
 * number is left alone: "asked about 9/11", "warned about two dangers" keep the preposition.
 */
const ABOUT = String.raw`about(?!\s+(?:\$?\d[\d,.]*(?:\s*%|\s+(?:percent|of|million|billion)\b)|[a-z]+-(?:thirds?|quarters?|half)\b|half\s+of\b))`;
const PREPOSITION = new RegExp(String.raw`^\s+(?:${ABOUT}|against)(?=\s)`, 'i');
const PARTICLE_PREP = /^\s+(?:on|about|at|against|for|with)(?=\s)/i;
const PARTICLE = /^(?:in|down|out|up|back)$/i;
const BACK = /^\s+back(?:\s+(?:at|against|on))?(?=[\s,.:;])/i;
/** Speech verbs whose following "about"/"against" opens the content rather than closing the cue. */
const PLAIN_SAY = /^(?:say|said|says|saying|tell|told|tells|telling|promise[ds]?|promising)$/i;
const ASKED_ABOUT = new RegExp(String.raw`^\s+${ABOUT}(?=\s)`, 'i');
/**
 * The channel of a statement: "said in a statement", "wrote in a joint statement" (train 44 vs 20); not when a
 * modifier follows the noun ("in a statement released by …", 1 vs 4), which makes it a phrase of its own.
 */
const STATEMENT = /^\s+in\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?statement(?=[\s,.:;])(?!\s+(?!that\b)[a-z])/;
/**
 * A lower-case -ly adverb that ends the verb group, i.e. is followed by punctuation, a quote or "that": it
 * modifies the speaking ("said sarcastically.", "noted repeatedly that", "said flatly:"), not a following word
 * ("nearly 300", "increasingly candid"). Train 27 vs 1. The time adverb "then" ends it the same way ("said
 * then.", 2 vs 1), and so does "only" before "that" ("said only that", 3 vs 0).
 */
const MANNER_ADVERB = /^\s+([a-z]+ly|then)(?=\s*(?:[,.;:"“”]|that\s))/;
/** Writing verbs keep the platform they wrote on ("wrote on Facebook"; "said on Twitter" does not). Train 9 vs 2. */
const WRITE = /^(?:wr[io]te|writ(?:es|ing|ten)|post(?:s|ed|ing)?)$/i;
const PLATFORM =
  /^\s+on\s+(?:facebook|twitter|instagram|tumblr|medium|(?:his|her|their|its)\s+(?:blog|website))(?=[\s,.:;])/i;
/** "spoke out in favor of", "argued in favor of": the phrase is a preposition of stance. Train 3 vs 0. */
const IN_FAVOR = /^\s+in\s+favou?r\s+of(?=\s)/i;
/** Fixed verb + object idioms of stance: "pleaded guilty", "showed no sign of". */
const PLEADED = /^(?:plead(?:s|ed|ing)?|pled)$/i;
const GUILTY = /^\s+(?:not\s+)?guilty(?=[\s,.:;])/i;
const SHOW = /^show(?:s|ed|n|ing)?$/i;
const NO_SIGN = /^\s+(?:no|little)\s+signs?\s+of(?=\s)/i;

const lengthOf = (re: RegExp, after: string): number => re.exec(after)?.[0].length ?? 0;

function mannerAdverbLength(after: string): number {
  const m = MANNER_ADVERB.exec(after);
  if (!m) return 0;
  const focus = m[1] === 'only' && /^\s+only\s+that\s/.test(after);
  return focus || !NOT_MANNER.has(m[1]!) ? m[0].length : 0;
}

/** Extensions that any cue verb takes, tried in order. */
function commonExtension(verb: string, after: string): number {
  const day = DAY.exec(after);
  if (day && !/^promis/i.test(verb)) return day[0].length;
  return (
    lengthOf(MANNER, after) ||
    lengthOf(STATEMENT, after) ||
    lengthOf(IN_FAVOR, after) ||
    mannerAdverbLength(after) ||
    (WRITE.test(verb) ? lengthOf(PLATFORM, after) : 0) ||
    (PLEADED.test(verb) ? lengthOf(GUILTY, after) : 0) ||
    (SHOW.test(verb) ? lengthOf(NO_SIGN, after) : 0) ||
    attitudeNounLength(verb, after) ||
    storyOfLength(verb, after) ||
    prepositionalVerbLength(verb, after)
  );
}

/** How many characters after the cue's end belong to it (0 when none). */
function extraLength(text: string, cueSpan: Span): number {
  const after = text.slice(cueSpan.end, cueSpan.end + 60);
  const words = text.slice(cueSpan.start, cueSpan.end).split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const verb = last.toLowerCase();
  // "spoke out in favor of": the stance phrase follows the particle like it follows a bare verb.
  if (PARTICLE.test(last)) return lengthOf(IN_FAVOR, after) || lengthOf(PARTICLE_PREP, after);
  const referredAs = referredAsLength(words[words.length - 2] ?? '', last, after);
  if (referredAs) return referredAs;
  const common = commonExtension(verb, after);
  if (common) return common;
  if (/^ask(?:ed|s|ing)?$/i.test(verb)) return lengthOf(ASKED_ABOUT, after);
  const back = BACK.exec(after);
  if (back && /^(?:push|hit|fire|fight|strike|struck|shot|lash|talk)/i.test(verb)) return back[0].length;
  if (!PLAIN_SAY.test(verb)) return lengthOf(PREPOSITION, after);
  return 0;
}

/** The extension plus a colon right after it ("said flatly:"), as a colon after the verb belongs to the cue. */
function withColon(text: string, end: number, extra: number): number {
  if (extra === 0) return 0;
  const colon = /^\s*:/.exec(text.slice(end + extra, end + extra + 3));
  return colon ? extra + colon[0].length : extra;
}

/**
 * Widen an attribution's cue over the words that belong to it, trimming a content part that began with them.
 * Left unchanged when the words would cut into the middle of a content part.
 */
export function widenCue(text: string, a: Attribution): Attribution {
  const cue = a.cue;
  if (!cue || cue.form === 'according' || cue.form === 'colon') return a;
  const raised = raisedInfinitiveLength(cue.lemma, text.slice(cue.span.end, cue.span.end + 30));
  const extra = withColon(text, cue.span.end, raised || extraLength(text, cue.span));
  if (extra === 0) return a;
  const end = cue.span.end + extra;
  const parts: Span[] = [];
  for (const p of a.parts) {
    if (p.end <= cue.span.end || p.start >= end) {
      parts.push(p);
      continue;
    }
    // Only a part that starts inside the new words may lose its head; anything else means the words are content.
    if (p.start < cue.span.end || p.end <= end) return a;
    let start = end;
    while (start < p.end && /\s/.test(text.charAt(start))) start++;
    parts.push({ start, end: p.end });
  }
  return Object.assign({}, a, {
    parts,
    cue: Object.assign({}, cue, {
      span: { start: cue.span.start, end },
      text: text.slice(cue.span.start, end),
    }),
  });
}

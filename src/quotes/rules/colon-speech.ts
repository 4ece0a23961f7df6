import type { Span } from '../../domain/quote.js';
import { AUXILIARIES, CUE_WORDS, type CueWord } from '../lexicon/cue-lexicon.js';
import { makeCue } from '../cues/make-cue.js';
import { segmentChain } from '../text/segment-chain.js';
import { guessSpeaker } from '../speakers/speaker-guess.js';
import type { Attribution, Cue, QuoteSegment, Sentence, Token } from '../types.js';
import { claimInside } from './claim-segments.js';
import { DASHES } from '../lexicon/marks.js';
import { CLAUSE_BE, DOCUMENT_DETERMINERS, NOT_SPEAKERS } from '../lexicon/rule-words.js';

const MAX_NAME_TOKENS = 5;
const MAX_HEADLINE_NAME = 8;

/**
 * "Update:", "Delegate Update:", "Just Leaked:": a label word opens or closes the words before the colon. Inside a
 * name it is part of it ("NY Daily News:"). A finite "is" or "are" makes a clause, not a name ("THE FIX IS IN:").
 */
function isLabel(name: Token[]): boolean {
  return labelWord(name[0]) || labelWord(name[name.length - 1]) || name.some((t) => CLAUSE_BE.has(t.lower));
}
function labelWord(t: Token | undefined): boolean {
  return !!t && NOT_SPEAKERS.has(t.lower);
}

/** "EXCLUSIVE – Roger Vance: …": a label and a dash before the speaker's name; the tokens to skip (0 or 2). */
function labelDash(tokens: Token[]): number {
  const label = NOT_SPEAKERS.has(tokens[0]?.lower ?? '') && DASHES.has(tokens[1]?.text ?? '');
  return label && tokens[2]?.cap ? 2 : 0;
}

/** A one-character cue (":" or a dash) at token i. */
function markCue(tokens: Token[], i: number, lemma: string): Cue {
  const t = tokens[i]!;
  return {
    verb: i,
    first: i,
    last: i,
    lemma,
    form: 'colon',
    cueClass: 'speech',
    raising: false,
    text: t.text,
    span: { start: t.start, end: t.end },
  };
}

/**
 * "TAPPER: Do you think …" and "Graham: Trump's rhetoric is destroying the party": a short capitalised name
 * opening a paragraph (a transcript line may open with a quote mark), then a colon, then what they say to the
 * end of the paragraph. The colon is the cue. Labels that are not speakers ("Update:", "Photo:") are left alone.
 */
export function colonSpeech(
  text: string,
  sentence: Sentence,
  para: Span,
  segments: QuoteSegment[],
  claimed: ReadonlySet<number>,
): Attribution | null {
  const tokens = sentence.tokens;
  if (!tokens[0] || sentence.start !== para.start) return null;
  // A transcript line inside an unclosed quote: "WALLACE: … (the quote mark opens the paragraph).
  const quoted = tokens[0].mark === 'open';
  const skip = quoted ? 1 : labelDash(tokens);
  // A headline ("Clinton camp: Trump's rhetoric threatens …") may name its speaker with lower-case words too.
  const headline = sentence.start === 0 && tokens[skip]!.cap;
  const maxName = headline ? MAX_HEADLINE_NAME : MAX_NAME_TOKENS;
  let colon = -1;
  for (let i = skip; i < tokens.length && i <= maxName + skip; i++) {
    const t = tokens[i]!;
    if (t.text === ':' && (t.seg < 0 || quoted)) {
      colon = i;
      break;
    }
    const nameWord =
      t.cap || t.text === '.' || t.text === '-' || (headline && t.word && !CUE_WORDS.has(t.lower));
    if ((t.seg >= 0 && !quoted) || !nameWord) return null;
  }
  if (colon < skip + 1 || colon + 1 >= tokens.length) return null;
  // Inside a quote only an all-capitals name counts (the transcript convention).
  if (quoted && !tokens.slice(skip, colon).every((t) => !t.word || t.text === t.text.toUpperCase()))
    return null;
  const name = tokens.slice(skip, colon);
  // "Continued Stone: “…”" names its verb: nameColonQuotes takes it with the verb as cue.
  if (/^\d/.test(name[0]!.text) || isLabel(name) || invertedVerb(tokens, skip, colon)) return null;
  const nameSpan = { start: tokens[skip]!.start, end: tokens[colon - 1]!.end };
  const guess =
    guessSpeaker(text, tokens, { from: skip, to: colon - 1 }) ??
    (headline
      ? {
          name: text.slice(nameSpan.start, nameSpan.end),
          kind: null,
          affiliation: null,
          source: nameSpan,
          nameSpan,
          anaphor: null,
          head: null,
        }
      : null);
  if (!guess) return null;
  // A transcript line names a person in capitals ("WALLACE:"), not an acronym.
  const speaker =
    quoted && guess.kind === 'organisation' ? Object.assign({}, guess, { kind: 'person' as const }) : guess;
  let end = para.end;
  while (end > tokens[colon]!.end && /[\s.!?,;:]/.test(text.charAt(end - 1))) end--;
  const start = tokens[colon + 1]!.start;
  if (end <= start) return null;
  const inside = { from: colon + 1, to: tokens.length - 1 };
  if (!quoted && !saysSomething(tokens.slice(colon + 1))) return null;
  if (!quoted && !headline && subHeading(name, tokens.slice(colon + 1))) return null;
  if (quoted && claimed.has(tokens[0].seg)) return null;
  const { kind, ids } = quoted
    ? { kind: 'direct' as const, ids: [tokens[0].seg] }
    : claimInside(text, tokens, segments, claimed, [inside]);
  return {
    kind,
    parts: [{ start, end }],
    joins: [''],
    speaker,
    cue: markCue(tokens, colon, ':'),
    segments: ids,
  };
}

const MAX_LIST_NAME = 3;

/**
 * Does what follows a colon read as something said? "Clinton: 547." (a tally), "Twitter: @Milbank" (a handle),
 * "Contributing: Ana Ruiz and Tom Lee." and "Iowa: Tim Ames, Bea Cole, …" (bylines and rosters of names) do not.
 */
function saysSomething(rest: Token[]): boolean {
  if (rest[0]?.mark === 'open') return true;
  const words = rest.filter((t) => t.word && /\p{L}/u.test(t.text));
  if (words.length < 2) return false;
  const names = words.every((t) => t.cap || t.lower === 'and');
  const commas = rest.filter((t) => t.text === ',').length;
  return !(names && (commas >= 2 || (commas === 0 && words.length <= MAX_LIST_NAME)));
}

const MAX_SUBHEADING_WORDS = 4;

/**
 * "Ortega: A long shot." and "Kim: Hold on." over a paragraph about that candidate: a name in title case and a
 * few words with no auxiliary is a sub-heading in a list, not a line said. A transcript line names its speaker
 * in capitals ("KIM: Why not?") or says a clause ("Kim: Well, that is wrong.").
 */
function subHeading(name: Token[], rest: Token[]): boolean {
  if (name.every((t) => !t.word || t.text === t.text.toUpperCase())) return false;
  let words = 0;
  for (const t of rest) {
    if (t.seg >= 0 || AUXILIARIES.has(t.lower)) return false;
    if (t.word && /\p{L}/u.test(t.text) && ++words > MAX_SUBHEADING_WORDS) return false;
  }
  return true;
}

const MAX_DASH_NAME = 5;

/**
 * “…” ― Sonya Herridge: a quote followed by a dash and a name, the way testimonials and epigraphs are signed.
 * The dash is the cue, the name after it the source.
 */
export function dashSignatures(
  text: string,
  sentence: Sentence,
  previous: Sentence | null,
  segments: QuoteSegment[],
  claimed: ReadonlySet<number>,
): Attribution[] {
  const out: Attribution[] = [];
  const tokens = sentence.tokens;
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    // A word is no dash: testing it first spares looking up every word of every sentence.
    if (t.word || t.seg >= 0 || !DASHES.has(t.text)) continue;
    // The quote may close the sentence before: “… today.” ― Name
    const close = i > 0 ? tokens[i - 1]! : previous?.tokens[previous.tokens.length - 1];
    if (close?.mark !== 'close' || claimed.has(close.seg)) continue;
    let k = i + 1;
    while (k < tokens.length && k - i <= MAX_DASH_NAME && tokens[k]!.cap && tokens[k]!.seg < 0) k++;
    const rest = tokens[k];
    const lineEnds = !!rest && text.slice(tokens[k - 1]!.end, rest.start).includes('\n');
    if (k === i + 1 || (rest && rest.text !== '.' && rest.text !== ',' && rest.mark !== 'open' && !lineEnds))
      continue;
    const speaker = guessSpeaker(text, tokens, { from: i + 1, to: k - 1 });
    if (!speaker) continue;
    const seg = segments[close.seg]!;
    out.push({
      kind: 'direct',
      parts: [{ start: seg.open, end: seg.closeEnd ?? seg.contentEnd }],
      joins: [''],
      speaker,
      cue: markCue(tokens, i, '―'),
      segments: [close.seg],
    });
  }
  return out;
}

const MAX_COLON_NAME = 6;

/**
 * "… - Mark Blumenthal and Jon Cohen: “Although the polls …”" and "Clinton: "Our goal is …"": a name, a colon
 * and a quote right after it, anywhere in a sentence. The colon is the cue and the quote the content.
 */
export function nameColonQuotes(
  text: string,
  sentence: Sentence,
  segments: QuoteSegment[],
  claimed: ReadonlySet<number>,
): Attribution[] {
  const out: Attribution[] = [];
  const tokens = sentence.tokens;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const colon = tokens[i]!;
    const quote = tokens[i + 1]!;
    if (colon.text !== ':' || colon.seg >= 0 || quote.mark !== 'open' || claimed.has(quote.seg)) continue;
    let k = i - 1;
    while (
      k >= 0 &&
      i - k <= MAX_COLON_NAME &&
      tokens[k]!.seg < 0 &&
      (tokens[k]!.cap || tokens[k]!.lower === 'and' || tokens[k]!.text === '.')
    )
      k--;
    // "More from the report: “…”": a document named after "from" speaks as a name would.
    if (k === i - 1 && fromDocument(tokens, i)) k = i - 3;
    const from = k + 1;
    if (from >= i || (!tokens[from]!.cap && k !== i - 3) || tokens[from]!.lower === 'and') continue;
    if (tokens.slice(from, i).some((t) => NOT_SPEAKERS.has(t.lower))) continue;
    const before = tokens[k];
    // The name must stand on its own: after a dash, "from", the sentence start or a full stop.
    if (
      before &&
      !(
        /^[-–—]$/.test(before.text) ||
        before.lower === 'from' ||
        before.text === '.' ||
        before.mark === 'close'
      )
    )
      continue;
    // "Said Ellis: “…”", "Continued Stone: “…”": an inverted verb of speech before the name is the cue.
    const verb = invertedVerb(tokens, from, i);
    const speaker = guessSpeaker(text, tokens, { from: verb ? from + 1 : from, to: i - 1 });
    if (!speaker) continue;
    const chain = segmentChain(segments, quote.seg);
    out.push({
      kind: 'direct',
      parts: chain.parts,
      joins: chain.joins,
      speaker,
      cue: verb
        ? makeCue(text, tokens, { verb: from, first: from, last: from }, 'finite', verb.lemma, verb)
        : markCue(tokens, i, ':'),
      segments: chain.ids,
    });
  }
  return out;
}

/** A capitalised past-tense verb of speech opening the words before the colon, with a name after it. */
function invertedVerb(tokens: Token[], from: number, colon: number): CueWord | null {
  const w = CUE_WORDS.get(tokens[from]!.lower);
  if (!w || from + 1 >= colon || !w.forms.has('past') || w.cueClass !== 'speech') return null;
  return tokens[from + 1]!.cap ? w : null;
}

/** "from the report" right before the colon at i: "from", a determiner and a lower-case noun. */
function fromDocument(tokens: Token[], i: number): boolean {
  const noun = tokens[i - 1];
  return (
    !!noun &&
    noun.word &&
    !noun.cap &&
    noun.seg < 0 &&
    DOCUMENT_DETERMINERS.has(tokens[i - 2]?.lower ?? '') &&
    tokens[i - 3]?.lower === 'from'
  );
}

/**
 * "Pollsters agree - Carl Bialik: “…”": a digest line puts a topic, a dash and the name of whoever is quoted. No
 * other attribution's content runs over that name: a part crossing it ends before the dash, and an attribution
 * left with no content ("agree") is dropped. Returns the attributions kept.
 */
export function cutAtColonSpeakers(
  text: string,
  found: Attribution[],
  speakers: Attribution[],
): Attribution[] {
  const cuts: number[] = [];
  for (const a of speakers) {
    const at = a.cue?.form === 'colon' ? a.speaker?.source?.start : undefined;
    if (at !== undefined && afterDash(text, at)) cuts.push(at);
  }
  if (cuts.length === 0) return found;
  return found.filter((a) => {
    if (speakers.includes(a)) return true;
    for (const cut of cuts) {
      const k = a.parts.findIndex((p) => p.start < cut && cut < p.end);
      if (k < 0) continue;
      let end = cut;
      while (end > a.parts[k]!.start && TRIM_BEFORE_NAME.test(text.charAt(end - 1))) end--;
      if (end > a.parts[k]!.start) a.parts[k] = { start: a.parts[k]!.start, end };
      else {
        a.parts.splice(k, 1);
        a.joins.splice(k, 1);
      }
    }
    return a.parts.length > 0;
  });
}
const TRIM_BEFORE_NAME = /[\s\-–—,;:]/;

/** Does a dash come right before offset `at` (spaces between allowed)? */
function afterDash(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && /\s/.test(text.charAt(k - 1))) k--;
  return k > 0 && /[-–—]/.test(text.charAt(k - 1));
}

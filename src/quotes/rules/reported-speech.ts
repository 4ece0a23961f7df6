import { clauseStart, clauseSubject } from '../speakers/clause-subject.js';
import { AUXILIARIES, CUE_WORDS } from '../lexicon/cue-lexicon.js';
import { phraseAfter } from '../text/noun-phrase.js';
import { quoteEndPunctuation } from '../text/quote-adjacency.js';
import { sourceBefore } from '../speakers/source-span.js';
import { HEARSAY_LEMMA } from '../cues/hearsay.js';
import { PRONOUNS } from '../lexicon/lexicon.js';
import { affiliationIn, roleIn } from '../speakers/role-affiliation.js';
import { guessSpeaker } from '../speakers/speaker-guess.js';
import type { Attribution, Cue, SpeakerGuess, Token } from '../types.js';
import { attributionOver, type TokenRange } from './claim-segments.js';
import {
  contentEnd,
  contentStart,
  firstCueFrom,
  MAX_CONTENT_TOKENS,
  startsAttributionClause,
} from './content-bounds.js';
import { interruptedSubject } from './interrupted-subject.js';
import type { RuleInput } from './rule-input.js';
import { predicateAfter, speakerAfter, speakerOf } from './speaker-phrases.js';
import { INTRO_LEADS } from '../lexicon/clause-words.js';
import { AGENT_STOPS, ANSWERS, PARTICIPLE_NEXT, TRAILING_CLAUSE } from '../lexicon/rule-words.js';

/** Speech needs a clause ("He said nothing" is not a quote); a stance needs only its object ("endorsed Cruz"). */
const MIN_SPEECH_WORDS = 2;
const MIN_FRONTED_WORDS = 3;
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u;

/**
 * Reported speech, thought and stance: "X said (that) …", "X called for …", "X, a senator, endorsed Y",
 * "…, X said." / "…, said X.", "A, he noted, B", ", saying …" / "and added …" after a clause whose subject or
 * earlier attribution is the source, and raising verbs ("X seems to …") whose subject is content.
 */
export function reportedSpeech(input: RuleInput): Attribution | null {
  const { text, sentence, cue } = input;
  const tokens = sentence.tokens;
  if (cue.form === 'according' || cue.form === 'colon') return null;
  if (cue.form === 'passive') return passive(input);
  const before = tokens[cue.first - 1];
  const coordinated =
    before?.lower === 'and' ||
    before?.lower === 'but' ||
    (before?.text === ',' && (cue.form === 'participle' || participleClause(tokens, cue)));
  if (cue.form === 'participle' && cue.first <= 1) return introParticiple(input);
  if (cue.form === 'participle' || (coordinated && cue.form === 'finite')) {
    const main = input.sentenceSpeaker ? null : clauseSubject(tokens, cue.first);
    const speaker = input.sentenceSpeaker ?? (main ? speakerOf(text, tokens, main) : subjectOf(text, tokens));
    // "… but called it a starting point": the first verb's subject was not found; the words are still attributed.
    if (!speaker) return sourceless(input);
    return forward(input, speaker);
  }
  const src =
    sourceBefore(tokens, cue.first) ??
    // "Sanders, meanwhile, who …, said that …": an explicit "that" shows the verb is the clause's own.
    (before?.text === ',' &&
    cue.form === 'finite' &&
    (contentStart(tokens, cue).that || cue.cueClass === 'speech')
      ? interruptedSubject(tokens, cue, input.cues)
      : null);
  if (src) {
    if (cue.raising) return raised(input, src.range);
    const speaker = speakerOf(text, tokens, src);
    const start = contentStart(tokens, cue);
    const outside = src.relative ? src.range.from - 1 : Math.min(src.range.from, src.core.from) - 1;
    if (
      !start.that &&
      (restIsEmpty(tokens, start.index, input) || trailingClause(tokens, start.index, outside))
    ) {
      // "…, the Huaxia Herald reported." The content is the clause before the comma.
      if (src.relative) return null;
      if (quoteCommaAt(tokens, outside)) {
        // "Lee said “…,” she said.": the pronoun repeats the speaker already found in this sentence; no new claim.
        if (
          input.sentenceSpeaker &&
          src.range.from === src.range.to &&
          PRONOUNS.has(tokens[src.range.from]!.lower)
        )
          return null;
        return fronted(input, outside + 1, speaker);
      }
      // "…, as the senator noted.": "as" joins the attribution to the clause before; that clause is the content.
      if (tokens[outside]?.lower === 'as' && tokens[outside - 1]?.text === ',' && saysOrThinks(cue))
        return fronted(input, outside - 1, speaker);
      if (tokens[outside]?.text !== ',') return null;
      return fronted(input, outside, speaker);
    }
    if (tokens[outside]?.text === ',' && tokens[cue.last + 1]?.text === ',' && outside > 0) {
      // "The nostalgia, he noted, may be on the studios' end": content on both sides.
      return parenthetical(input, outside, speaker);
    }
    const ahead = forward(input, speaker, start.index);
    if (ahead || start.that || src.relative || cue.form !== 'finite' || cue.cueClass !== 'speech')
      return ahead;
    if (!shortTail(tokens, cue.last + 1) || input.cues[0] !== cue || openingSetting(tokens)) return null;
    // "…, Carson said after the attacks.", "…, he told the court.": only a setting or the one told follows, too
    // little to be what was said; the clause before the comma is.
    if (quoteCommaAt(tokens, outside)) return fronted(input, outside + 1, speaker);
    return tokens[outside]?.text === ',' ? fronted(input, outside, speaker) : null;
  }
  // "The talks failed, said Liang Wen."
  if (before?.text !== ',' || hasParticle(tokens, cue)) return null;
  const after = speakerAfter(text, tokens, cue.last + 1);
  // "The contrast, said Doyle and others, would be clear": content on both sides of the inverted attribution.
  if (after && predicateAfter(tokens, after.resume))
    return parenthetical(input, cue.first - 1, after.guess, after.resume + 1);
  if (after && restIsEmpty(tokens, after.resume, input)) return fronted(input, cue.first - 1, after.guess);
  if (cue.form !== 'finite') return null;
  // "She urged a truce, proposed that troops stay, and …": a verb in a series shares the earlier cue's speaker.
  if (input.sentenceSpeaker && inSeries(tokens, cue)) return forward(input, input.sentenceSpeaker);
  // "Kasich offered the man a job, then says he'll welcome advice": the clause's subject speaks again.
  if (!tokens[cue.first]!.word || tokens[cue.first]!.lower !== 'then') return null;
  const main = input.sentenceSpeaker ? null : clauseSubject(tokens, cue.first);
  const speaker = input.sentenceSpeaker ?? (main ? speakerOf(text, tokens, main) : null);
  return speaker ? forward(input, speaker) : null;
}

/** Is the cue (after a comma) the next verb in a series, not a participle after a noun ("opposed by …")? */
function inSeries(tokens: Token[], cue: Cue): boolean {
  const next = tokens[cue.last + 1];
  if (!next?.word || PARTICIPLE_NEXT.has(next.lower)) return false;
  const verb = tokens[cue.verb]!;
  if (CUE_WORDS.get(verb.lower)?.nounLike || AUXILIARIES.has(next.lower)) return false;
  return (
    verb.word && !verb.cap && /(?:ed|s)$|^(?:said|told|wrote|thought|knew|felt|saw|spoke)$/.test(verb.lower)
  );
}

/**
 * "…, asked about his claims": a verb with a particle is a participle clause about the topic, never inverted
 * speech ("…, said Liang" has no particle between the verb and the speaker).
 */
function hasParticle(tokens: Token[], cue: Cue): boolean {
  return cue.last > cue.verb && tokens[cue.last]!.word;
}

/** "X said, asked about the delay, …": a past participle and particle after a comma, with no subject of its own. */
function participleClause(tokens: Token[], cue: Cue): boolean {
  return cue.form === 'finite' && hasParticle(tokens, cue) && !sourceBefore(tokens, cue.first);
}

/**
 * The sentence's subject as a speaker phrase: its opening noun phrase, when a lower-case word (its verb) or an
 * appositive's comma follows. Used for ", saying …" and to remember who a later "he" means.
 */
export function subjectOf(text: string, tokens: Token[]): SpeakerGuess | null {
  const range = phraseAfter(tokens, clauseStart(tokens, tokens.length));
  if (!range) return null;
  const next = tokens[range.to + 1];
  if (!next || (next.text !== ',' && (!next.word || next.cap))) return null;
  const guess = guessSpeaker(text, tokens, range);
  if (
    !guess ||
    next.text !== ',' ||
    guess.anaphor !== null ||
    !(guess.kind === 'person' || guess.kind === null)
  )
    return guess;
  return withAppositiveRole(text, tokens, guess, range.to + 2);
}

/** Most tokens an appositive that gives a subject its role may have. */
const MAX_ROLE_APPOSITIVE = 16;

/**
 * "Nasser Al-Kuwari, a Qatari Foreign Ministry spokesman, spoke …": the appositive between commas from token
 * `from` gives the subject a role and organisation, which a later "he said" carries. Only the role is added: the
 * speaker's affiliation, which the speaker context and the outlet rules read, stays as the phrase gave it.
 */
function withAppositiveRole(text: string, tokens: Token[], guess: SpeakerGuess, from: number): SpeakerGuess {
  let end = from;
  while (end < tokens.length && end - from < MAX_ROLE_APPOSITIVE && tokens[end]!.text !== ',') {
    if (tokens[end]!.seg >= 0) return guess;
    end++;
  }
  if (end === from || tokens[end]?.text !== ',') return guess;
  const role = roleIn(text, tokens, from, end - 1);
  if (!role) return guess;
  return Object.assign({}, guess, {
    role: { role: role.role, organisation: role.organisation ?? affiliationIn(text, tokens, from, end - 1) },
  });
}

/** A verb of speech, thought or finding: "as the crowd cheered" is a time clause, "as Lee noted" an attribution. */
function saysOrThinks(cue: Cue): boolean {
  return cue.cueClass === 'speech' || cue.cueClass === 'thought' || cue.cueClass === 'evidence';
}

/** Nothing but punctuation (or another attribution clause) from token i to the end of the sentence? */
function restIsEmpty(tokens: Token[], i: number, input: RuleInput): boolean {
  // "…, Hollande said Tuesday, noting …": the setting's comma was passed; a participle clause follows.
  const next = input.cues[firstCueFrom(input.cues, i)];
  if (tokens[i - 1]?.text === ',' && next?.first === i && next.form === 'participle') return true;
  for (let m = i; m < tokens.length; m++) {
    const t = tokens[m]!;
    // "…, analysts say; in 2012 …": a semicolon ends the attribution's clause.
    if (t.text === ';' && t.seg < 0) return true;
    if (t.text === ',' && startsAttributionClause(tokens, m + 1, input.cues)) return true;
    if (t.word || t.seg >= 0) return false;
  }
  return true;
}

const MAX_TAIL_WORDS = 8;

/** A few plain words from i to the sentence end, with no punctuation or quote before the final stop. */
function shortTail(tokens: Token[], i: number): boolean {
  let words = 0;
  for (let m = i; m < tokens.length; m++) {
    const t = tokens[m]!;
    if (t.seg >= 0) return false;
    if (t.word) words++;
    else if (m < tokens.length - 1 || !/^[.!?]$/.test(t.text)) return false;
  }
  return words <= MAX_TAIL_WORDS;
}

/** "…, Susan said as she turned around": after a fronted clause, a time clause is the writer's, not content. */
function trailingClause(tokens: Token[], i: number, outside: number): boolean {
  const t = tokens[i];
  const comma = tokens[outside]?.text === ',' || quoteCommaAt(tokens, outside);
  return !!t && comma && TRAILING_CLAUSE.has(t.lower);
}

/** "… was “a disaster,” the Courier reported": a closing quote mark with the clause's comma just inside it. */
function quoteCommaAt(tokens: Token[], i: number): boolean {
  return quoteEndPunctuation(tokens, i) === ',';
}

/** Words that open a setting or subordinate clause before the main one ("When Congress cut funding, Mexico said …"). */
const SETTING_LEADS = new Set([...INTRO_LEADS, 'to', 'in', 'at', 'on', 'for', 'with', 'from', 'by']);

/** The sentence's first word past a leading "But"/"And" and marks (at most up to `limit`). */
function leadWord(tokens: Token[], limit = tokens.length): number {
  let s = 0;
  while (s < limit && (tokens[s]!.lower === 'but' || tokens[s]!.lower === 'and' || !tokens[s]!.word)) s++;
  return s;
}

/** Does the sentence open with a setting or subordinate clause rather than a clause of its own? */
function openingSetting(tokens: Token[]): boolean {
  const lead = tokens[leadWord(tokens)];
  return !!lead && SETTING_LEADS.has(lead.lower);
}

/**
 * "After attacking the plan, Clinton took questions": a cue inside an opening subordinate clause. Its content
 * ends at the comma that closes the clause; -1 when the cue is not in one.
 */
function introClauseEnd(tokens: Token[], cueFirst: number): number {
  const s = leadWord(tokens, cueFirst);
  const lead = tokens[s];
  if (!lead || !(INTRO_LEADS.has(lead.lower) || (lead.cap && /ing$/.test(lead.lower) && s < cueFirst)))
    return -1;
  for (let k = s + 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.seg >= 0 || t.text !== ',') continue;
    return k > cueFirst ? k : -1;
  }
  return -1;
}

/** Content after the cue, to the end of the sentence or the next attribution clause. */
function forward(input: RuleInput, speaker: SpeakerGuess | null, from?: number): Attribution | null {
  const tokens = input.sentence.tokens;
  const first = from ?? contentStart(tokens, input.cue).index;
  if (tokens[first - 1]?.text === ',' && startsAttributionClause(tokens, first, input.cues)) return null;
  const intro = introClauseEnd(tokens, input.cue.first);
  const last = intro > first ? intro - 1 : contentEnd(tokens, first, input.cues);
  return build(input, speaker, [{ from: first, to: last }]);
}

/**
 * "Having announced that …, Judge Berman proceeded …": a participle clause that opens the sentence. Its content
 * ends at the comma before the main clause, whose subject is the source.
 */
function introParticiple(input: RuleInput): Attribution | null {
  const tokens = input.sentence.tokens;
  const first = contentStart(tokens, input.cue).index;
  let comma = first;
  while (
    comma < tokens.length &&
    !(tokens[comma]!.text === ',' && tokens[comma]!.seg < 0) &&
    !quoteCommaAt(tokens, comma)
  )
    comma++;
  if (comma >= tokens.length) return forward(input, null);
  const main = clauseSubject(tokens, tokens.length);
  const speaker = main && main.range.from > comma ? speakerOf(input.text, tokens, main) : null;
  // "Recalling “…,” the group urged …": the closing mark belongs to the content, the comma inside it ends it.
  const last = tokens[comma]!.seg >= 0 ? comma : comma - 1;
  return build(input, speaker, [{ from: first, to: last }]);
}

/** A participle cue with no subject to take the source from: the content alone. */
function sourceless(input: RuleInput): Attribution | null {
  return forward(input, null);
}

/** "X seems to …", "It appears that …": no source; the subject and the complement are the content. */
function raised(input: RuleInput, subject: TokenRange): Attribution | null {
  const tokens = input.sentence.tokens;
  const first = input.cue.last + 1;
  const last = contentEnd(tokens, first, input.cues);
  if (last < first) return null;
  const it = subject.from === subject.to && tokens[subject.from]!.lower === 'it';
  const ranges = it ? [{ from: first, to: last }] : [subject, { from: first, to: last }];
  return build(input, null, ranges);
}

/**
 * Passive cues: "X is expected to …" (raising: the subject is content), "X was asked (by Y) whether …" (Y, when
 * named, is the source), and a sentence that opens "Asked whether …, …" (no source; content up to the comma).
 */
function passive(input: RuleInput): Attribution | null {
  const { text, cue } = input;
  const tokens = input.sentence.tokens;
  if (cue.lemma === HEARSAY_LEMMA) return hearsay(input);
  if (cue.first === 0 && cue.verb === 0) {
    let k = 1;
    // "Asked if she is “ready to serve,” 72 percent said yes": the question may end inside a quote.
    while (k < tokens.length && !(tokens[k]!.text === ',' && tokens[k]!.seg < 0) && !quoteCommaAt(tokens, k))
      k++;
    if (k >= tokens.length) return null;
    return build(input, null, [{ from: 1, to: tokens[k]!.seg >= 0 ? k : k - 1 }]);
  }
  const subject = sourceBefore(tokens, cue.first);
  if (cue.raising) return subject ? raised(input, subject.range) : null;
  let from = cue.last + 1;
  let speaker: SpeakerGuess | null = null;
  if (tokens[from]?.lower === 'by') {
    const agent = agentAfter(tokens, from + 1);
    if (agent) {
      speaker = speakerOf(text, tokens, { range: agent, core: agent, appositive: null, relative: false });
      from = tokens[agent.to + 1]?.text === ',' ? agent.to + 2 : agent.to + 1;
      if (subject && cue.lemma !== 'ask') {
        // "The proposal was criticized by Cruz (for …)": the subject is what is attributed.
        const rest = from < tokens.length ? contentEnd(tokens, from, input.cues) : -1;
        const ranges = [subject.range];
        if (rest >= from && tokens[from]!.word) ranges.push({ from, to: rest });
        return build(input, speaker, ranges);
      }
    }
  }
  if (tokens[from]?.lower === 'to' && subject) {
    return build(input, speaker, [subject.range, { from, to: contentEnd(tokens, from, input.cues) }]);
  }
  // "The deal is seen as a win", "Cruz was declared the winner": what is viewed or named is content too.
  if (!speaker && subject && cue.lemma !== 'ask') return bareContent(input, subject.range, from);
  if (tokens[from]?.text === ',' || tokens[from]?.text === ':') from++;
  return build(input, speaker, [{ from, to: contentEnd(tokens, from, input.cues) }]);
}

/** An agentless passive: its subject, and what follows the cue up to the clause end when a word follows. */
function bareContent(input: RuleInput, subject: TokenRange, from: number): Attribution | null {
  const tokens = input.sentence.tokens;
  if (!tokens[from]?.word) return build(input, null, [subject]);
  return build(input, null, [subject, { from, to: contentEnd(tokens, from, input.cues) }]);
}

/**
 * "The agency has reportedly hired …": the clause around the adverb, its subject and auxiliaries included, is
 * content; "Reportedly, the agency …": the clause after the comma.
 */
function hearsay(input: RuleInput): Attribution | null {
  const tokens = input.sentence.tokens;
  const { first, last } = input.cue;
  if (tokens[last + 1]?.text === ',') {
    if (first > 0 && tokens[first - 1]!.word) return null;
    return build(input, null, [{ from: last + 2, to: contentEnd(tokens, last + 2, input.cues) }]);
  }
  let k = first;
  while (k > 0 && tokens[k - 1]!.word && AUXILIARIES.has(tokens[k - 1]!.lower)) k--;
  const subject = sourceBefore(tokens, k);
  if (!subject || subject.relative) return null;
  const rest = { from: last + 1, to: contentEnd(tokens, last + 1, input.cues) };
  return build(input, null, [{ from: subject.range.from, to: first - 1 }, rest]);
}

/** The agent after "by": a phrase up to punctuation or a preposition that starts the rest ("by his rivals for …"). */
function agentAfter(tokens: Token[], start: number): TokenRange | null {
  let k = start;
  while (k < tokens.length && k - start < 20) {
    const t = tokens[k]!;
    if (
      t.seg >= 0 ||
      (!t.word && t.text !== "'s" && t.text !== '’s' && t.text !== '-') ||
      (k > start && AGENT_STOPS.has(t.lower))
    )
      break;
    k++;
  }
  return k > start && tokens[k - 1]!.word ? { from: start, to: k - 1 } : null;
}

/** Content before the comma at `comma`, from the start of the sentence. */
function fronted(input: RuleInput, comma: number, speaker: SpeakerGuess): Attribution | null {
  const first = clauseAfterSemicolon(input.sentence.tokens, Math.max(0, comma - MAX_CONTENT_TOKENS), comma);
  const words = countWords(input.sentence.tokens, first, comma - 1);
  return words >= MIN_FRONTED_WORDS ? build(input, speaker, [{ from: first, to: comma - 1 }]) : null;
}

/** "A; B, he said": a fronted clause starts after the last semicolon before its comma (outside quotes). */
function clauseAfterSemicolon(tokens: Token[], from: number, comma: number): number {
  for (let k = comma - 1; k > from; k--) {
    if (tokens[k]!.text === ';' && tokens[k]!.seg < 0) return k + 1;
  }
  return from;
}

/** "A, he noted, B": both sides of the interrupting attribution. */
function parenthetical(
  input: RuleInput,
  comma: number,
  speaker: SpeakerGuess,
  resume = input.cue.last + 2,
): Attribution | null {
  const tokens = input.sentence.tokens;
  const last = contentEnd(tokens, resume, input.cues);
  const first = Math.max(0, comma - MAX_CONTENT_TOKENS);
  return build(input, speaker, [
    { from: first, to: comma - 1 },
    { from: resume, to: last },
  ]);
}

/** Words in a token range; a run of unspaced script (Chinese, Japanese) counts as two. */
function countWords(tokens: Token[], from: number, to: number): number {
  let n = 0;
  for (let i = from; i <= to; i++) {
    const t = tokens[i]!;
    if (t.word) n += t.text.length >= 4 && UNSPACED.test(t.text) ? 2 : 1;
  }
  return n;
}

function build(input: RuleInput, speaker: SpeakerGuess | null, ranges: TokenRange[]): Attribution | null {
  const tokens = input.sentence.tokens;
  const ok = ranges.filter((r) => r.from <= r.to && r.to < tokens.length);
  if (ok.length === 0) return null;
  const words = ok.reduce((n, r) => n + countWords(tokens, r.from, r.to), 0);
  const speech = input.cue.cueClass === 'speech' || input.cue.cueClass === 'thought';
  const answer = words === 1 && ANSWERS.has(tokens[ok[0]!.from]!.lower);
  if (words < (speech && !answer ? MIN_SPEECH_WORDS : 1)) return null;
  // "… in the U.S." at the sentence end: the stop ends the sentence too and is not part of the content.
  const lastRange = ok[ok.length - 1]!;
  const lastTok = tokens[lastRange.to]!;
  const trimLast = lastRange.to === tokens.length - 1 && lastTok.seg < 0 && /\p{L}\.$/u.test(lastTok.text);
  return attributionOver(input, ok, speaker, {
    trimLast,
    leadingThat: tokens[ok[0]!.from]!.lower === 'that' && ok[0]!.from > input.cue.last,
  });
}

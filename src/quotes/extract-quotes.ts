import type { ActorMention } from '../domain/actor.js';
import type { Quote } from '../domain/quote.js';
import { buildQuote } from './build-quote.js';
import { findCues } from './cues.js';
import { phraseAfter } from './noun-phrase.js';
import { paragraphSpans } from './paragraphs.js';
import { findQuoteSegments } from './quote-segments.js';
import { accordingTo } from './rules/according-to.js';
import { directQuote } from './rules/direct-quote.js';
import { reportedSpeech, subjectOf } from './rules/reported-speech.js';
import type { RuleInput } from './rules/rule-input.js';
import { type LooseQuote, looseQuotes } from './rules/unattributed-quote.js';
import { sentenceSpans } from './sentences.js';
import { type ResolvedSpeaker, SpeakerContext } from './speaker-context.js';
import { guessSpeaker } from './speaker-guess.js';
import { tokenizeParagraph } from './tokens.js';
import type { Attribution, QuoteSegment, Sentence, SpeakerGuess } from './types.js';

/** Options for quote extraction. */
export interface ExtractQuotesOptions {
  /** Actor mentions found in the same text (offsets into it), to tie speakers to gazetteer actors. */
  mentions?: readonly ActorMention[];
  /** Name of the outlet that published the text: a speaker of that name is an outlet. */
  outletName?: string;
}

/** The rules tried for each cue, in order; the first that explains the cue wins. */
const RULES = [accordingTo, directQuote, reportedSpeech] as const;

/** A quote waiting one sentence to see whether a cue in the next sentence ("Liang said.") claims it. */
interface Pending {
  loose: LooseQuote;
  speaker: ResolvedSpeaker | null;
  paragraph: number;
}

/**
 * Who says what in an article body (paragraphs separated by blank lines): direct quotes, reported speech and
 * mixtures, each with its speaker resolved (pronouns, "the ministry", bare surnames), cue and offsets into `text`.
 * One pass over the text; every rule looks at a bounded window around a cue.
 */
export function extractQuotes(text: string, opts: ExtractQuotesOptions = {}): Quote[] {
  const paragraphs = paragraphSpans(text);
  const segments = findQuoteSegments(text, paragraphs);
  const ctx = new SpeakerContext(opts.mentions ?? [], opts.outletName);
  const claimed = new Set<number>();
  const quotes: Quote[] = [];
  let pending: Pending[] = [];

  const flush = () => {
    for (const p of pending) {
      if (p.loose.chain.ids.some((id) => claimed.has(id))) continue;
      for (const id of p.loose.chain.ids) claimed.add(id);
      const a: Attribution = {
        kind: 'direct',
        parts: p.loose.chain.parts,
        joins: p.loose.chain.joins,
        speaker: null,
        cue: null,
        segments: p.loose.chain.ids,
      };
      quotes.push(buildQuote(text, a, p.speaker));
    }
    pending = [];
  };

  const byParagraph = paragraphs.map((): number[] => []);
  segments.forEach((s, i) => byParagraph[s.paragraph]!.push(i));

  paragraphs.forEach((para, paragraph) => {
    const sentences = splitSentences(text, para, paragraph, segments, byParagraph[paragraph]!);
    let previous: Sentence | null = null;
    for (const sentence of sentences) {
      ctx.readUpTo(sentence.start, paragraph);
      const subject = subjectPhrase(text, sentence);
      if (subject) ctx.noteSubject(subject, paragraph);
      let sentenceSpeaker: SpeakerGuess | null = null;
      for (const cue of findCues(text, sentence.tokens)) {
        ctx.readUpTo(cue.span.start, paragraph);
        const input: RuleInput = { text, sentence, previous, segments, claimed, cue, sentenceSpeaker };
        let found: Attribution | null = null;
        for (const rule of RULES) {
          found = rule(input);
          if (found) break;
        }
        if (!found) continue;
        for (const id of found.segments) claimed.add(id);
        const speaker = found.speaker ? ctx.resolve(found.speaker, paragraph, cue.lemma) : null;
        quotes.push(buildQuote(text, found, speaker));
        if (found.speaker) sentenceSpeaker = found.speaker;
      }
      flush();
      for (const loose of looseQuotes(text, sentence, segments, claimed)) {
        const speaker = looseSpeaker(text, sentence, loose, ctx, paragraph);
        if (speaker && loose.speakerFrom === 'recent') ctx.carryOver(speaker, paragraph);
        pending.push({ loose, speaker, paragraph });
      }
      previous = sentence;
    }
    flush();
  });
  return quotes.sort((a, b) => a.start - b.start || a.end - b.end);
}

function looseSpeaker(
  text: string,
  sentence: Sentence,
  loose: LooseQuote,
  ctx: SpeakerContext,
  paragraph: number,
): ResolvedSpeaker | null {
  if (loose.speakerFrom === 'recent') return ctx.recentSpeaker(paragraph);
  const subject = subjectOf(text, sentence.tokens);
  return subject ? ctx.peek(subject) : null;
}

/** The sentence's opening noun phrase, when a lower-case word (its verb) or an appositive's comma follows. */
function subjectPhrase(text: string, sentence: Sentence): SpeakerGuess | null {
  const range = phraseAfter(sentence.tokens, 0);
  if (!range) return null;
  const next = sentence.tokens[range.to + 1];
  if (!next || (next.text !== ',' && (!next.word || next.cap))) return null;
  return guessSpeaker(text, sentence.tokens, range);
}

function splitSentences(
  text: string,
  para: { start: number; end: number },
  paragraph: number,
  segments: QuoteSegment[],
  own: number[],
): Sentence[] {
  const tokens = tokenizeParagraph(text, para, segments, own);
  const spans = sentenceSpans(
    text,
    para,
    own.map((i) => segments[i]!),
  );
  let ti = 0;
  return spans.map((s) => {
    const own = [];
    while (ti < tokens.length && tokens[ti]!.start < s.end) {
      if (tokens[ti]!.start >= s.start) own.push(tokens[ti]!);
      ti++;
    }
    return { start: s.start, end: s.end, paragraph, tokens: own };
  });
}

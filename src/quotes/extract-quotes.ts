import type { ActorMention } from '../domain/actor.js';
import type { Quote } from '../domain/quote.js';
import { buildQuote } from './build-quote.js';
import { findCues } from './cues.js';
import { paragraphSpans } from './paragraphs.js';
import { findQuoteSegments } from './quote-segments.js';
import { accordingTo } from './rules/according-to.js';
import { directQuote } from './rules/direct-quote.js';
import { reportedSpeech, subjectOf } from './rules/reported-speech.js';
import type { RuleInput } from './rules/rule-input.js';
import { type LooseQuote, looseQuotes } from './rules/unattributed-quote.js';
import { sentenceSpans } from './sentences.js';
import { type ResolvedSpeaker, SpeakerContext } from './speaker-context.js';
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

/**
 * A quote no cue claimed yet. It waits until the sentence after its end has been read, since a cue there
 * ("Liang said." or the attribution after a quote that runs over several paragraphs) may still claim it.
 */
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

  /** Emit the waiting quotes that ended before `limit`; a quote still running past it keeps waiting. */
  const flush = (limit: number) => {
    const waiting: Pending[] = [];
    for (const p of pending) {
      const parts = p.loose.chain.parts;
      if (parts[parts.length - 1]!.end >= limit) {
        waiting.push(p);
        continue;
      }
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
    pending = waiting;
  };

  const byParagraph = paragraphs.map((): number[] => []);
  segments.forEach((s, i) => {
    byParagraph[s.paragraph]!.push(i);
  });

  paragraphs.forEach((para, paragraph) => {
    const sentences = splitSentences(text, para, paragraph, segments, byParagraph[paragraph]!);
    let previous: Sentence | null = null;
    for (const sentence of sentences) {
      ctx.readUpTo(sentence.start, paragraph);
      const subject = subjectOf(text, sentence.tokens);
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
      flush(sentence.start);
      for (const loose of looseQuotes(text, sentence, segments, claimed)) {
        const speaker = looseSpeaker(text, sentence, loose, ctx, paragraph);
        if (speaker && loose.speakerFrom === 'recent') ctx.carryOver(speaker, paragraph);
        pending.push({ loose, speaker, paragraph });
      }
      previous = sentence;
    }
    flush(para.end + 1);
  });
  flush(Number.POSITIVE_INFINITY);
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

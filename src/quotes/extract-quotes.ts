import type { Gazetteer } from '../actors/types.js';
import { firstIndexAfter } from '../lib/sorted.js';
import type { ActorMention } from '../domain/actor.js';
import type { Quote, Span } from '../domain/quote.js';
import { buildQuote, foldNationality } from './build-quote.js';
import { finalConfidence, isShown, scoreFeatures, unshowableSpeaker } from './confidence/confidence.js';
import { type EvidenceInput, evidenceFeatures, noteNeighbours } from './confidence/evidence.js';
import { widenCue } from './cues/cue-extent.js';
import { otherSense } from './cues/cue-senses.js';
import { findCues } from './cues/cues.js';
import { joinGerundCues } from './cues/gerund-cues.js';
import { standsAlone } from './text/nested-speech.js';
import { paragraphSpans } from './text/paragraphs.js';
import { findQuoteSegments } from './text/quote-segments.js';
import { cutAtColonSpeakers } from './rules/colon-speech.js';
import { type LeadIn, leadInOf, leadInQuote } from './rules/lead-in.js';
import { subjectOf } from './rules/reported-speech.js';
import type { RuleInput } from './rules/rule-input.js';
import { CUE_RULES, MARKED_FORMS } from './rules/rule-list.js';
import { type LooseQuote, looseQuotes } from './rules/unattributed-quote.js';
import { sentenceSpans } from './text/sentences.js';
import { type ResolvedSpeaker, SpeakerContext } from './speakers/speaker-context.js';
import { type OutletFacts, type OutletInfo, outletFacts } from './speakers/speaker-outlet.js';
import { tokenizeParagraph } from './text/tokens.js';
import type { Attribution, QuoteSegment, Sentence, SpeakerGuess } from './types.js';

/** Options for quote extraction. */
export interface ExtractQuotesOptions {
  /** Actor mentions found in the same text (offsets into it), to tie speakers to gazetteer actors. */
  mentions?: readonly ActorMention[];
  /** Name of the outlet that published the text: a speaker of that name is an outlet. */
  outletName?: string;
  /** The gazetteer the mentions came from, to know how a named outlet is owned. */
  gazetteer?: Gazetteer;
}

const outletMaps = new WeakMap<Gazetteer, Map<string, OutletInfo>>();

/** What a gazetteer knows of an outlet, by actor id (a map built once per gazetteer). */
function outletLookup(g: Gazetteer | undefined): (actorId: string) => OutletInfo | null {
  if (!g) return () => null;
  let map = outletMaps.get(g);
  if (!map) {
    map = new Map(
      g.data.outlets.map((o) => [o.id, { ownership: o.ownership, country: o.country, genre: o.genre }]),
    );
    outletMaps.set(g, map);
  }
  const m = map;
  return (id) => m.get(id) ?? null;
}

const countryWordSets = new WeakMap<Gazetteer, Set<string>>();

/** The gazetteer's country names and adjectives ("India", "Indian"), to tell a country from an organisation. */
const NO_COUNTRY_WORDS: ReadonlySet<string> = new Set();

function countryWordsOf(g: Gazetteer | undefined): ReadonlySet<string> {
  if (!g) return NO_COUNTRY_WORDS;
  let set = countryWordSets.get(g);
  if (!set) {
    set = new Set([...g.countries.values()].flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]));
    countryWordSets.set(g, set);
  }
  return set;
}

const MAX_CUES_PER_SENTENCE = 48;
/** A paragraph of an interview transcript: "Q: …", "Q. …", "QWhy …". */
const INTERVIEW_LINE = /^Q(?:[:.]|\s|[A-Z])/;

/** An attribution found so far, with its speaker and where it was found. */
interface Item {
  a: Attribution;
  speaker: ResolvedSpeaker | null;
  paragraph: number;
  /** A cue-less quote was joined on, carrying this attribution's speaker over. */
  continued?: boolean;
}

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
  return extractAttributions(text, opts).map((x) => x.quote);
}

/** One attribution found: the quote (with its confidence) and the evidence features the confidence came from. */
export interface FoundAttribution {
  quote: Quote;
  features: string[];
  /** The speaker cannot be shown whatever the features say (the confidence is held under the threshold). */
  unshowable: boolean;
}

/** `extractQuotes` with the evidence behind each confidence, for calibration and research. */
export function extractAttributions(text: string, opts: ExtractQuotesOptions = {}): FoundAttribution[] {
  const paragraphs = paragraphSpans(text);
  const segments = findQuoteSegments(text, paragraphs);
  const g = opts.gazetteer;
  const roleOf = g ? (id: string) => g.actors.get(id)?.description ?? null : undefined;
  const ctx = new SpeakerContext(text, opts.mentions ?? [], opts.outletName, roleOf);
  const claimed = new Set<number>();
  const items: Item[] = [];
  let pending: Pending[] = [];

  /** Settle the waiting quotes that ended before `limit`: a continuation of the last quote, or a quote of its own. */
  const flush = (limit: number) => {
    const waiting: Pending[] = [];
    for (const p of pending) {
      const chain = p.loose.chain;
      if (chain.parts[chain.parts.length - 1]!.end >= limit) {
        waiting.push(p);
        continue;
      }
      if (chain.ids.some((id) => claimed.has(id))) continue;
      for (const id of chain.ids) claimed.add(id);
      // The quote continues the latest direct quote close before it ("…,” he said, noting X. “…”).
      const last =
        p.loose.speakerFrom === 'recent' ? continued(items, chain.parts[0]!.start, p.paragraph) : null;
      if (last) {
        last.a.parts.push(...chain.parts);
        last.a.joins.push(
          ...chain.parts.map((_, i) => (i === 0 && p.paragraph === last.paragraph ? ' ' : '\n\n')),
        );
        last.a.segments.push(...chain.ids);
        last.continued = true;
        continue;
      }
      if (p.loose.short) continue;
      const a: Attribution = {
        kind: 'direct',
        parts: chain.parts,
        joins: chain.joins,
        speaker: null,
        cue: null,
        segments: chain.ids,
        origin: p.loose.speakerFrom === 'recent' ? 'unattributed-recent' : 'unattributed-subject',
      };
      items.push({ a, speaker: p.speaker, paragraph: p.paragraph });
    }
    pending = waiting;
  };

  const byParagraph = paragraphs.map((): number[] => []);
  segments.forEach((s, i) => {
    byParagraph[s.paragraph]!.push(i);
  });

  let leadIn: LeadIn | null = null;
  paragraphs.forEach((para, paragraph) => {
    const sentences = splitSentences(text, para, paragraph, segments, byParagraph[paragraph]!);
    let previous: Sentence | null = null;
    for (const sentence of sentences) {
      ctx.readUpTo(sentence.start, paragraph);
      const subject = subjectOf(text, sentence.tokens);
      if (subject) ctx.noteSubject(subject, paragraph);
      // "Reporter Jomana Karadsheh says:" at the end of the paragraph before: this quote is what she says.
      const led = leadIn && previous === null ? leadInQuote(leadIn, sentence, segments, claimed) : null;
      if (led) {
        led.origin = 'lead-in';
        for (const id of led.segments) claimed.add(id);
        const speaker = led.speaker ? ctx.resolve(led.speaker, paragraph, led.cue?.lemma ?? null) : null;
        items.push({ a: led, speaker, paragraph });
      }
      leadIn = null;
      const read = attributionsOf(text, para, sentence, previous, segments, claimed);
      const { lead } = read;
      const found = joinGerundCues(text, read.found);
      if (sentence === sentences[sentences.length - 1]) leadIn = lead;
      for (const a of found) {
        if (a.cue) ctx.readUpTo(a.cue.span.start, paragraph);
        const speaker = a.speaker ? ctx.resolve(a.speaker, paragraph, a.cue?.lemma ?? null) : null;
        items.push({ a, speaker, paragraph });
      }
      flush(sentence.start);
      for (const loose of looseQuotes(text, sentence, segments, claimed)) {
        const speaker = looseSpeaker(subject, loose, ctx, paragraph);
        if (speaker && loose.speakerFrom === 'recent') ctx.carryOver(speaker, paragraph);
        pending.push({ loose, speaker, paragraph });
      }
      previous = sentence;
    }
    flush(para.end + 1);
  });
  flush(Number.POSITIVE_INFINITY);
  const nested = nestedIn(
    text,
    items.map((it) => it.a),
  );
  const mentions = [...(opts.mentions ?? [])].sort((a, b) => a.start - b.start);
  const outletInfo = outletLookup(opts.gazetteer);
  const countryWords = countryWordsOf(opts.gazetteer);
  const built = items
    .filter((it) => !nested.has(it.a))
    .map((it) => {
      const speaker = it.speaker
        ? Object.assign(
            {},
            it.speaker,
            outletFields(outletFacts(text, it.speaker, it.a.cue?.span ?? null, mentions, outletInfo)),
          )
        : null;
      const a = widenCue(text, it.a);
      const evidence: EvidenceInput = {
        text,
        a,
        speaker,
        origin: a.origin ?? 'unknown',
        continued: it.continued === true,
        neighbours: [],
        paragraph: it.paragraph,
        speakerCount: 0,
      };
      const quote = buildQuote(text, a, speaker);
      foldNationality(quote, countryWords);
      return { evidence, quote };
    })
    .sort((x, y) => x.quote.start - y.quote.start || x.quote.end - y.quote.end);
  noteNeighbours(built);
  return built.map(({ evidence, quote }) => {
    const features = evidenceFeatures(evidence);
    const unshowable = unshowableSpeaker(evidence);
    quote.confidence = finalConfidence(scoreFeatures(features), unshowable);
    quote.shown = isShown(quote.confidence);
    return { quote, features, unshowable };
  });
}

function outletFields(f: OutletFacts): Partial<ResolvedSpeaker> {
  return {
    outlet: f.outlet,
    outletActorId: f.outletActorId,
    outletOwnership: f.outletOwnership,
    outletCountry: f.outletCountry,
    outletGenre: f.outletGenre,
    description: f.description,
  };
}

/** How many attributions back a continuation may reach past reported ones ("…, noting …"). */
const CONTINUE_LOOKBACK = 3;

/**
 * The attribution a cue-less quote at `start` in `paragraph` continues: the latest quoted one with a cue in this
 * paragraph or the one before, looking past a few reported attributions in between. Null when there is none.
 */
function continued(items: Item[], start: number, paragraph: number): Item | null {
  let seen = 0;
  for (let k = items.length - 1; k >= 0 && seen < CONTINUE_LOOKBACK; k--) {
    const item = items[k]!;
    // A quote settles only once the next sentence has been read, so that sentence's attributions are already
    // listed; they come after the quote and say nothing about whose it is ("“A?” X said. “B.” / “C,” she added.").
    if (item.a.parts[0]!.start > start) continue;
    seen++;
    if (paragraph > item.paragraph + 1 || item.a.parts[item.a.parts.length - 1]!.end > start) return null;
    if (item.a.kind !== 'reported' && item.a.cue !== null) return item;
  }
  return null;
}

/**
 * The attributions of one sentence: each cue explained by the first rule that can, then the ones nested
 * inside another's content dropped (only the outermost attribution counts: "A said B warned …" is A's).
 */
function attributionsOf(
  text: string,
  para: Span,
  sentence: Sentence,
  previous: Sentence | null,
  segments: QuoteSegment[],
  claimed: Set<number>,
): { found: Attribution[]; lead: LeadIn | null } {
  // A "sentence" with more cues than any real one is run-on garbage; reading a bounded number keeps the work linear.
  const interview = INTERVIEW_LINE.test(text.slice(para.start, para.start + 3));
  const cues = findCues(text, sentence.tokens, MAX_CUES_PER_SENTENCE).filter(
    (c) => !otherSense(sentence.tokens, c, interview),
  );
  const found: Attribution[] = [];
  // The marked forms all read the claims made before this sentence, then claim their quotes together.
  const input = { text, sentence, para, previous, segments, claimed };
  for (const form of MARKED_FORMS) {
    for (const a of form.find(input)) {
      a.origin = form.name;
      found.push(a);
    }
  }
  for (const a of found) for (const id of a.segments) claimed.add(id);
  const named = found.filter((a) => a.origin === 'name-colon');
  let sentenceSpeaker: SpeakerGuess | null = null;
  for (const cue of cues) {
    const input: RuleInput = { text, sentence, previous, segments, claimed, cue, cues, sentenceSpeaker };
    let a: Attribution | null = null;
    for (const rule of CUE_RULES) {
      a = rule.apply(input);
      if (a) {
        a.origin = rule.name;
        break;
      }
    }
    if (!a) continue;
    for (const id of a.segments) claimed.add(id);
    found.push(a);
    if (a.speaker) sentenceSpeaker = a.speaker;
  }
  const explained = found.flatMap((a) => (a.cue ? [a.cue] : []));
  const lead = leadInOf(text, sentence, cues, explained);
  if (found.length < 2) return { found, lead };
  const cut = cutAtColonSpeakers(text, found, named);
  const nested = nestedIn(text, cut);
  for (const a of nested) for (const id of a.segments) claimed.delete(id);
  return { found: cut.filter((a) => !nested.has(a)), lead };
}

/** The attributions whose cue lies inside another attribution's content. Parts are bounded, so this is linear. */
function nestedIn(text: string, found: Attribution[]): Set<Attribution> {
  const parts = found
    .flatMap((a) => a.parts.map((p) => ({ a, start: p.start, end: p.end })))
    .sort((x, y) => x.start - y.start);
  const longest = parts.reduce((n, p) => Math.max(n, p.end - p.start), 0);
  const out = new Set<Attribution>();
  for (const a of found) {
    const cue = a.cue?.span;
    // ", adding …" and ", saying …" keep their own attribution even inside a long content.
    if (!cue || (a.cue!.form === 'participle' && a.cue!.cueClass === 'speech')) continue;
    const lo = firstIndexAfter(parts, (p) => p.start <= cue.start);
    for (let k = lo - 1; k >= 0 && parts[k]!.start >= cue.start - longest; k--) {
      const p = parts[k]!;
      if (p.a === a || p.end < cue.end || standsAlone(text, a, p.a)) continue;
      // Each inside the other ("A predicted X, which votes …" read both ways): the earlier cue is the outer one.
      const other = p.a.cue?.span;
      const mutual = !!other && a.parts.some((q) => q.start <= other.start && other.end <= q.end);
      if (!mutual || other.start < cue.start) {
        out.add(a);
        break;
      }
    }
  }
  return out;
}

/** Who a cue-less quote is from: the latest speaker, or the subject of its sentence (read once per sentence). */
function looseSpeaker(
  subject: SpeakerGuess | null,
  loose: LooseQuote,
  ctx: SpeakerContext,
  paragraph: number,
): ResolvedSpeaker | null {
  if (loose.speakerFrom === 'recent') return ctx.recentSpeaker(paragraph);
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

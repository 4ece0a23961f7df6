import { REGION_ADJECTIVES } from '../actors/name-lexicon.js';
import { escapeRegExp } from '../lib/regexp.js';
import type { Quote, Span } from '../domain/quote.js';
import type { ResolvedSpeaker } from './speakers/speaker-context.js';
import type { Attribution } from './types.js';

const OPENING = /^(?:''|[“"«‘'])+\s*/;
const CLOSING = /\s*(?:''|[”"»’'])+$/;
const THAT = /^that\s+/i;

/**
 * The words of one content part as shown to a reader: outer quote marks, a leading "that" and a comma or
 * colon left before a closing mark are dropped (“We will respond,” she said → We will respond).
 */
function displaySpan(text: string, part: Span, first: boolean, last: boolean, leadingThat: boolean): Span {
  let { start, end } = part;
  const raw = text.slice(start, end);
  if (first && leadingThat) {
    const m = THAT.exec(raw);
    if (m) start += m[0].length;
  }
  const open = OPENING.exec(text.slice(start, end));
  if (open) {
    start += open[0].length;
    const close = CLOSING.exec(text.slice(start, end));
    if (close) end -= close[0].length;
  }
  while (end > start && (last ? /[\s,;:]/ : /\s/).test(text.charAt(end - 1))) end--;
  return end > start ? { start, end } : { start: part.start, end: part.end };
}

/** Turn an attribution and its resolved speaker into the domain Quote (text joined from its parts). */
export function buildQuote(text: string, a: Attribution, speaker: ResolvedSpeaker | null): Quote {
  const n = a.parts.length;
  const shown = a.parts.map((p, i) => displaySpan(text, p, i === 0, i === n - 1, a.leadingThat === true));
  const pieces = shown.map((p) => text.slice(p.start, p.end));
  // “…still at the table,” he said. “What matters now…”: the comma before the attribution ends the first sentence
  // once the attribution is gone; joined as written it would be a comma splice.
  for (let i = 0; i + 1 < n; i++) {
    if (/,$/.test(pieces[i]!) && /^\p{Lu}/u.test(pieces[i + 1]!)) pieces[i] = `${pieces[i]!.slice(0, -1)}.`;
  }
  const words = pieces.map((p, i) => (a.joins[i] ?? ' ') + p).join('');
  const quote: Quote = {
    text: words,
    kind: a.kind,
    speaker: speaker?.speaker ?? null,
    speakerKind: speaker?.kind ?? null,
    speakerActorId: speaker?.actorId ?? null,
    affiliation: speaker?.affiliation ?? null,
    cue: a.cue?.text ?? null,
    start: shown[0]!.start,
    end: shown[shown.length - 1]!.end,
    source: speaker?.source ?? null,
    cueSpan: a.cue ? { ...a.cue.span } : null,
    contentSpans: a.parts.map((p) => ({ start: p.start, end: p.end })),
    cueClass: a.cue?.cueClass ?? null,
  };
  if (speaker?.outlet !== undefined) {
    quote.outlet = speaker.outlet;
    quote.outletActorId = speaker.outletActorId ?? null;
    quote.outletOwnership = speaker.outletOwnership ?? null;
    quote.outletCountry = speaker.outletCountry ?? null;
    quote.outletGenre = speaker.outletGenre ?? null;
  }
  if (speaker?.description) quote.speakerDescription = speaker.description;
  if (speaker?.role) {
    quote.speakerRole = speaker.role.role;
    // "Foreign Ministry Spokesperson Liang Wen": the title words name the organisation when nothing else did.
    quote.affiliation = quote.affiliation ?? speaker.role.organisation;
  }
  return quote;
}

/**
 * A country is no organisation the speaker works for: "Vandana Khurana, a former Indian ambassador" reads "Indian
 * ambassador", not "ambassador, Indian", and "the US special envoy" reads "US special envoy". An affiliation that
 * is only a country's name or adjective joins the role where the text writes them together, or goes.
 */
export function foldNationality(quote: Quote, countryWords: ReadonlySet<string>): void {
  const country = quote.affiliation;
  if (!country) return;
  // "a coalition of African debt campaigners": a continent's adjective is no organisation either.
  if (REGION_ADJECTIVES.has(country.toLowerCase())) {
    quote.affiliation = null;
    return;
  }
  if (!countryWords.has(country)) return;
  quote.affiliation = null;
  // Only where the text itself says "Indian ambassador": "head of trade policy at the German …" is no "German head".
  const role = quote.speakerRole;
  if (!role || !quote.speakerDescription) return;
  const together = new RegExp(
    `${escapeRegExp(country)}(?:\\s+[\\p{Ll}-]+){0,3}?\\s+${escapeRegExp(role)}(?![\\p{L}])`,
    'u',
  );
  const m = together.exec(quote.speakerDescription);
  if (m) quote.speakerRole = m[0];
}

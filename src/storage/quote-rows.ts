/** Quotes to and from their table rows; optional fields stored as null read back as absent. */
import type { Insertable, Selectable } from 'kysely';
import type {
  CueClass,
  OutletGenre,
  Ownership,
  Quote,
  QuoteKind,
  Span,
  SpeakerKind,
} from '../domain/index.js';
import type { QuotesTable } from './schema.js';

/** A Quote as the quotes row at `ordinal` of article `articleId`. */
export function toQuoteRow(articleId: number, ordinal: number, q: Quote): Insertable<QuotesTable> {
  return {
    article_id: articleId,
    ordinal,
    text: q.text,
    kind: q.kind,
    speaker: q.speaker,
    speaker_kind: q.speakerKind,
    speaker_actor_id: q.speakerActorId,
    affiliation: q.affiliation,
    cue: q.cue,
    span_start: q.start,
    span_end: q.end,
    source_start: q.source?.start ?? null,
    source_end: q.source?.end ?? null,
    cue_start: q.cueSpan?.start ?? null,
    cue_end: q.cueSpan?.end ?? null,
    content_spans: q.contentSpans
      ? JSON.stringify(q.contentSpans.map(({ start, end }) => ({ start, end })))
      : null,
    cue_class: q.cueClass ?? null,
    outlet: q.outlet ?? null,
    outlet_actor_id: q.outletActorId ?? null,
    outlet_ownership: q.outletOwnership ?? null,
    outlet_country: q.outletCountry ?? null,
    outlet_genre: q.outletGenre ?? null,
    speaker_description: q.speakerDescription ?? null,
    speaker_role: q.speakerRole ?? null,
    reported_by: q.reportedBy ?? null,
    confidence: q.confidence ?? null,
    shown: q.shown === undefined ? null : q.shown ? 1 : 0,
  };
}

/** A quotes row as a Quote. */
export function toQuote(r: Selectable<QuotesTable>): Quote {
  const quote: Quote = {
    text: r.text,
    kind: r.kind as QuoteKind,
    speaker: r.speaker,
    speakerKind: r.speaker_kind as SpeakerKind | null,
    speakerActorId: r.speaker_actor_id,
    affiliation: r.affiliation,
    cue: r.cue,
    start: Number(r.span_start),
    end: Number(r.span_end),
    source:
      r.source_start === null || r.source_end === null
        ? null
        : { start: Number(r.source_start), end: Number(r.source_end) },
    cueSpan:
      r.cue_start === null || r.cue_end === null
        ? null
        : { start: Number(r.cue_start), end: Number(r.cue_end) },
  };
  const spans = spansOf(r.content_spans);
  if (spans) quote.contentSpans = spans;
  if (r.cue_class !== null) quote.cueClass = r.cue_class as CueClass;
  if (r.outlet !== null) quote.outlet = r.outlet;
  if (r.outlet_actor_id !== null) quote.outletActorId = r.outlet_actor_id;
  if (r.outlet_ownership !== null) quote.outletOwnership = r.outlet_ownership as Ownership;
  if (r.outlet_country !== null) quote.outletCountry = r.outlet_country;
  if (r.outlet_genre !== null) quote.outletGenre = r.outlet_genre as OutletGenre;
  if (r.speaker_description !== null) quote.speakerDescription = r.speaker_description;
  // Absent on rows from before roles were stored, as on quotes whose text gives the speaker none.
  if (r.speaker_role !== null && r.speaker_role !== undefined) quote.speakerRole = r.speaker_role;
  if (r.reported_by !== null) quote.reportedBy = r.reported_by;
  // Absent on rows from before confidences; Number() guards a driver that hands a real back as text.
  if (r.confidence !== null && r.confidence !== undefined) quote.confidence = Number(r.confidence);
  if (r.shown !== null && r.shown !== undefined) quote.shown = Number(r.shown) === 1;
  return quote;
}

// Unreadable JSON reads as absent rather than failing the whole article.
function spansOf(text: string | null): Span[] | undefined {
  if (text === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (!Array.isArray(parsed)) return undefined;
    return parsed
      .filter((s): s is Span => typeof s?.start === 'number' && typeof s?.end === 'number')
      .map(({ start, end }) => ({ start, end }));
  } catch {
    return undefined;
  }
}

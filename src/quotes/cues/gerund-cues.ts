/**
 * A verb that governs an -ing cue joins its cue. "X responded by saying …", "she began by thanking …", "he
 * followed up by asking …": the discourse verb names the turn and the -ing verb the speech act done in it;
 * annotators draw one cue over both ("responded by saying"), with one attribution (train+dev 12 vs 1). An
 * aspectual verb with its auxiliaries does the same: "kept asking", "avoids condemning", "has lately started
 * asking", "took turns urging" (10 vs 0).
 */
import type { Attribution, SpeakerGuess } from '../types.js';

/** The discourse verb (with "first", "off" or "up") and "by", right before the -ing cue. */
const MEANS_BEFORE =
  /\b(?:respond(?:s|ed)?|repl(?:y|ies|ied)|beg(?:an|ins?|un)|open(?:s|ed)?|conclud(?:es?|ed)|continu(?:es?|ed)|start(?:s|ed)?\s+off|follow(?:s|ed)?\s+up)(?:\s+first)?\s+by\s+$/i;
/** An aspectual verb (after its auxiliary and an adverb) right before the -ing cue. */
const ASPECT_BEFORE =
  /\b(?:(?:has|have|had|will|would|can|could|may|might|should|must|did|does|do)\s+(?:(?:[a-z]+ly|all\s+but|also|never|not)\s+)?)?(?:stop(?:s|ped)?|keeps?|kept|avoid(?:s|ed)?|continu(?:e|es|ed)|start(?:s|ed)?|beg(?:an|ins?|un)|resum(?:e|es|ed)|quits?|t(?:ook|akes?)\s+turns)\s+$/i;
const ING = /^[a-z]+ing\b/i;
/** How far back the governing verb may start: "followed up first by ", "have all but stopped ". */
const REACH = 40;

/**
 * Join each "-ing" cue of one sentence to the verb that governs it. The governing verb's own attribution (if
 * any) is dropped, and a speaker phrase that ran over the governing verb ("Ron Hale kept") ends before it.
 */
export function joinGerundCues(text: string, found: readonly Attribution[]): Attribution[] {
  const out = new Map<Attribution, Attribution | null>();
  for (const a of found) {
    const cue = a.cue;
    if (!cue || !ING.test(cue.text)) continue;
    const from = Math.max(0, cue.span.start - REACH);
    const before = text.slice(from, cue.span.start);
    const m = (cue.form === 'participle' ? MEANS_BEFORE.exec(before) : null) ?? ASPECT_BEFORE.exec(before);
    if (!m) continue;
    let start = from + m.index;
    // The governing verb read as a cue of its own ("responded", content "by saying …") gives way to the join,
    // and lends it its auxiliaries ("has responded by saying").
    for (const b of found) {
      const bc = b.cue;
      if (b === a || !bc || bc.span.end <= start || bc.span.start >= cue.span.start) continue;
      out.set(b, null);
      start = Math.min(start, bc.span.start);
    }
    const span = { start, end: cue.span.end };
    // A speaker phrase that was only the governing verb ("stopped" read as a name) is no speaker at all.
    const speaker = a.speaker && endBefore(text, a.speaker, start);
    out.set(
      a,
      Object.assign({}, a, {
        speaker,
        cue: Object.assign({}, cue, { span, text: text.slice(span.start, span.end) }),
      }),
    );
  }
  if (out.size === 0) return [...found];
  const kept: Attribution[] = [];
  for (const a of found) {
    const b = out.has(a) ? out.get(a) : a;
    if (b) kept.push(b);
  }
  return kept;
}

/** The speaker phrase cut to end before `at`; null when nothing of its name would be left. */
function endBefore(text: string, s: SpeakerGuess, at: number): SpeakerGuess | null {
  if (s.source.end <= at) return s;
  let end = at;
  while (end > s.source.start && /\s/.test(text.charAt(end - 1))) end--;
  if (end <= s.nameSpan.start || end <= s.source.start) return null;
  const cut = text.slice(end, s.nameSpan.end);
  const name = s.name.endsWith(cut) ? s.name.slice(0, s.name.length - cut.length).trimEnd() : s.name;
  return Object.assign({}, s, {
    name,
    source: { start: s.source.start, end },
    nameSpan: { start: s.nameSpan.start, end: Math.min(s.nameSpan.end, end) },
  });
}

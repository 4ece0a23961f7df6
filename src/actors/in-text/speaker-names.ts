/**
 * The quotes stage's resolved speakers as names: a speaker's words become a person when they start
 * with a given name, an organisation when they end in an organisation word. The quotes stage calls
 * outlets and shows people at times, so nothing weaker is taken from it.
 */
import { STOP_WORDS } from '../../lib/text-tokens.js';
import { NAME_PARTICLES, NOT_NAMES, ORG_HEADS, TITLE_WORDS } from '../name-lexicon.js';
import type { FindActorsOptions, Reader, SpeakerHint } from './types.js';
import { MAX_NAME_WORDS, isGivenName } from './word-shapes.js';

/** Read every speaker hint of the options. */
export function readSpeakers(r: Reader, options: FindActorsOptions): void {
  for (const s of options.speakers ?? []) readSpeaker(r, s);
}

/** A speaker the quotes stage resolved, when its words are a capitalised name. */
export function readSpeaker({ view, store }: Reader, s: SpeakerHint): void {
  const { tokens } = view;
  const inside: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start >= s.start && t.end <= s.end) inside.push(i);
    else if (t.start >= s.end) break;
  }
  if (inside.length === 0 || inside.length > MAX_NAME_WORDS) return;
  const words = inside.map((i) => tokens[i]!);
  if (inside.some((i) => view.gazetteerAt[i])) return;
  if (!words.every((t) => t.cap || NAME_PARTICLES.has(t.lower))) return;
  if (words.some((t) => TITLE_WORDS.has(t.lower) || STOP_WORDS.has(t.lower) || NOT_NAMES.has(t.lower)))
    return;
  if (words.length === 1 && (view.lowerWords.has(words[0]!.lower) || s.kind === 'person')) return;
  if (s.kind === 'person' && !isGivenName(words[0]!)) return;
  if (s.kind === 'organisation' && !ORG_HEADS.has(words[words.length - 1]!.lower)) return;
  if (s.kind === 'person')
    store.addPerson(view.slice(words), words, { role: null, organisation: null, organisationId: null });
  else store.addOrganisation(words);
}

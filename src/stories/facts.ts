import { contentTokens } from '../lib/text-tokens.js';
import { splitSentences } from './sentences.js';
import type { StoryArticle } from './types.js';

/** A sentence most outlets carry, and how many outlets carry it (or a close paraphrase). */
export interface SharedFact {
  text: string;
  outletCount: number;
}

const MAX_FACTS = 5;
// Jaccard overlap of two sentences' content words at which they say the same thing: close
// paraphrases reach it, two sentences that merely share the story's key words do not.
const SAME_SENTENCE = 0.5;
const MIN_TOKENS = 5;
const MIN_QUOTE_CHARS = 15;
// Double quote marks anywhere, or a single one opening a word (so "China's" and "workers' pay" pass).
const QUOTE_MARKS = /["“”«»„]|(?:^|\s)['‘]\p{L}/u;

interface Group {
  text: string;
  tokens: Set<string>;
  outlets: Set<number>;
  order: number;
}

/**
 * Sentences shared across outlets: each sentence (quotes excluded: they are claims, not facts)
 * joins the group of an earlier sentence it closely matches, and the groups carried by the most
 * distinct outlets are kept, at least two outlets each, listed in the order they first appear
 * when the articles are read in the order given.
 */
export function sharedFacts(articles: readonly StoryArticle[]): SharedFact[] {
  const groups: Group[] = [];
  const index = new Map<string, number[]>();
  for (const { article, outlet, quotes } of articles) {
    const quoted = quotes.map((q) => normalise(q.text)).filter((t) => t.length >= MIN_QUOTE_CHARS);
    const text = [article.standfirst ?? '', article.bodyText].join('\n\n');
    for (const sentence of splitSentences(text)) {
      if (isQuote(sentence, quoted)) continue;
      const tokens = new Set(contentTokens(sentence));
      if (tokens.size < MIN_TOKENS) continue;
      const match = bestGroup(tokens, groups, index);
      if (match !== undefined) {
        match.outlets.add(outlet.id);
        continue;
      }
      const g = groups.length;
      groups.push({ text: sentence, tokens, outlets: new Set([outlet.id]), order: g });
      for (const t of tokens) {
        const list = index.get(t);
        if (list === undefined) index.set(t, [g]);
        else list.push(g);
      }
    }
  }
  return groups
    .filter((g) => g.outlets.size >= 2)
    .sort((a, b) => b.outlets.size - a.outlets.size || a.order - b.order)
    .slice(0, MAX_FACTS)
    .sort((a, b) => a.order - b.order)
    .map((g) => ({ text: g.text, outletCount: g.outlets.size }));
}

function bestGroup(tokens: Set<string>, groups: Group[], index: Map<string, number[]>): Group | undefined {
  const shared = new Map<number, number>();
  for (const t of tokens) for (const g of index.get(t) ?? []) shared.set(g, (shared.get(g) ?? 0) + 1);
  let best: Group | undefined;
  let bestScore = SAME_SENTENCE;
  for (const [g, count] of shared) {
    const group = groups[g]!;
    const score = count / (tokens.size + group.tokens.size - count);
    if (score > bestScore || (score === bestScore && (best === undefined || group.order < best.order))) {
      [best, bestScore] = [group, score];
    }
  }
  return best;
}

function isQuote(sentence: string, quoted: readonly string[]): boolean {
  if (QUOTE_MARKS.test(sentence)) return true;
  const flat = normalise(sentence);
  return quoted.some((q) => flat.includes(q) || q.includes(flat));
}

function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

import type { HeadlineCredit } from '../domain/index.js';
import { contentTokens } from '../lib/text-tokens.js';
import type { StoryArticle, StoryHeadline } from './types.js';
import { addCounts, dot, type SparseVector, tfidfVector } from './vectors.js';

const TITLE_WEIGHT = 3;
const LEAD_CHARS = 2000;
// Centrality scores this close count as a tie, settled by the kind of outlet.
const TIE = 0.01;

/**
 * The story's articles, most central first: central = highest mean cosine to the other articles,
 * so the headline comes from the article that best sums up what all of them report. Near ties go
 * to wire agencies, then public media (their copy is written to be neutral and complete), then
 * the earlier article.
 */
export function byCentrality(articles: readonly StoryArticle[]): StoryArticle[] {
  // Plain sublinear tf (no IDF): within one story the words all articles share are the point.
  const vectors: SparseVector[] = articles.map(({ article }) => {
    const counts = addCounts(new Map(), contentTokens(article.title ?? ''), TITLE_WEIGHT);
    addCounts(counts, contentTokens(`${article.standfirst ?? ''} ${article.bodyText.slice(0, LEAD_CHARS)}`));
    return tfidfVector(counts, new Map(), 1);
  });
  // The sum of every other vector is the sum of all minus its own, so the mean cosine to the others
  // takes one pass, not one per pair: a story of 1,000 articles costs a thousand dot products, not a million.
  const total = new Map<string, number>();
  for (const v of vectors) for (const [t, w] of v) total.set(t, (total.get(t) ?? 0) + w);
  const scored = articles.map((item, i) => {
    const own = vectors[i]!;
    const sum = dot(own, total) - dot(own, own);
    return { item, score: articles.length > 1 ? sum / (articles.length - 1) : 1 };
  });
  const best = Math.max(...scored.map((s) => s.score));
  const tier = (score: number) => (score >= best - TIE ? 0 : 1);
  return scored
    .sort(
      (a, b) =>
        tier(a.score) - tier(b.score) ||
        (tier(a.score) === 0 ? 0 : b.score - a.score) ||
        preference(a.item) - preference(b.item) ||
        b.score - a.score ||
        publishedTime(a.item) - publishedTime(b.item) ||
        a.item.article.id - b.item.article.id,
    )
    .map((s) => s.item);
}

/**
 * The story's headline, in the wording least likely to carry one side's framing: among titled
 * articles, the best kind of outlet present (a wire agency, then a public broadcaster, then private
 * and independent media, then unrated outlets, and state-backed and state media only when nobody
 * else titled the story), the most central of that kind. Returns whose headline it is.
 */
export function chooseHeadline(articles: readonly StoryArticle[]): StoryHeadline {
  const titled = articles.filter((a) => (a.article.title ?? '').trim() !== '');
  const ordered = byCentrality(titled);
  if (ordered.length === 0) return { headline: '', standfirst: null, credit: null };
  const best = Math.min(...ordered.map(headlineTier));
  const lead = ordered.find((item) => headlineTier(item) === best)!;
  const { outlet, article } = lead;
  return {
    headline: article.title!.trim(),
    standfirst: article.standfirst?.trim() || null,
    credit: {
      outlet: { id: outlet.id, name: outlet.name, ownership: outlet.ownership, genre: outlet.genre },
      articleId: article.id,
      basis: TIER_BASIS[best]!,
    },
  };
}

// State media rank last even when their genre is wire: an official agency's wording is the official line.
function headlineTier({ outlet }: StoryArticle): number {
  if (outlet.ownership === 'state') return 5;
  if (outlet.ownership === 'state-backed') return 4;
  if (outlet.genre === 'wire') return 0;
  if (outlet.ownership === 'public') return 1;
  if (outlet.ownership === 'unknown') return 3;
  return 2;
}

const TIER_BASIS: readonly HeadlineCredit['basis'][] = ['wire', 'public', 'other', 'other', 'state', 'state'];

function preference({ outlet }: StoryArticle): number {
  if (outlet.genre === 'wire') return 0;
  if (outlet.ownership === 'public') return 1;
  return 2;
}

/** Publication time of an article, falling back to when it was fetched. */
export function publishedTime({ article }: StoryArticle): number {
  return (article.published ?? article.fetchedAt).getTime();
}

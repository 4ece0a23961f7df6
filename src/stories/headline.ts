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
  const scored = articles.map((item, i) => {
    let sum = 0;
    vectors.forEach((other, j) => {
      if (j !== i) sum += dot(vectors[i]!, other);
    });
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

/** Headline and standfirst of the most central article (see byCentrality); titles are required. */
export function chooseHeadline(articles: readonly StoryArticle[]): StoryHeadline {
  const titled = articles.filter((a) => (a.article.title ?? '').trim() !== '');
  const lead = byCentrality(titled)[0];
  if (lead === undefined) return { headline: '', standfirst: null };
  return { headline: lead.article.title!.trim(), standfirst: lead.article.standfirst?.trim() || null };
}

function preference({ outlet }: StoryArticle): number {
  if (outlet.genre === 'wire') return 0;
  if (outlet.ownership === 'public') return 1;
  return 2;
}

/** Publication time of an article, falling back to when it was fetched. */
export function publishedTime({ article }: StoryArticle): number {
  return (article.published ?? article.fetchedAt).getTime();
}

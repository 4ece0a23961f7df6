import type { ComposedStory, HeadlineCredit } from '../domain/index.js';
import { blindspotsOf } from './blindspots.js';
import { coverageOf } from './coverage.js';
import { type SharedFact, sharedFacts } from './facts.js';
import { byCentrality, chooseHeadline, publishedTime } from './headline.js';
import { outletHeadlines } from './outlet-headlines.js';
import { groupPerspectives } from './perspectives.js';
import { splitSentences } from './sentences.js';
import type { ComposeInput, StoryArticle } from './types.js';
import { findWireCopy, ownQuotes } from './wire-copy.js';

// Facts are read from at most this many articles: each outlet's most central first, then the next most
// central. Comparing sentences grows with the square of their number; outlet counts need only one
// article an outlet.
const MAX_FACT_ARTICLES = 60;
// A headline made from a fact is cut to about this many characters, at a word.
const FACT_HEADLINE_CHARS = 110;

/**
 * Lay a story out for reading: a neutral headline and whose it is, lead image, facts most outlets
 * share, wire copy shown once, perspectives by kind of outlet (each outlet's own quotes, wire quotes
 * left to the wire copy), every outlet's headline, coverage counts of reporting, blindspots, a
 * timeline of every article and the related stories passed in.
 */
export function composeStory(input: ComposeInput): ComposedStory {
  const { story, countryAdjective, countryName } = input;
  // Read the central article first, so facts follow its telling of the event.
  const ordered = byCentrality(input.articles);
  const facts = sharedFacts(factSources(ordered));
  const { headline, standfirst, credit } = headlineOf(input, ordered, facts);
  const withImage = ordered.find(({ article }) => article.image?.url);
  const wire = findWireCopy(input.articles);
  // Each carrier keeps only the quotes its copy does not already show once.
  const carried: StoryArticle[] = input.articles.map((item) => {
    const copy = wire.copyOf.get(item.article.id);
    return copy === undefined ? item : { ...item, quotes: ownQuotes(item.quotes, wire.quoteKeys[copy]) };
  });
  const wireCopyOf = (articleId: number) => {
    const copy = wire.copyOf.get(articleId);
    return copy === undefined ? undefined : wire.copies[copy]!.origin;
  };
  const perspectives = groupPerspectives(carried, countryAdjective, input.quotedOutlet, wireCopyOf);
  return {
    story,
    headline,
    standfirst,
    headlineCredit: credit,
    image: withImage?.article.image
      ? { ...withImage.article.image, outletName: withImage.outlet.name }
      : null,
    facts,
    wireCopy: wire.copies,
    perspectives,
    outletHeadlines: outletHeadlines(perspectives),
    coverage: coverageOf(input.articles, countryName, wire.reprints),
    blindspots: blindspotsOf(input.articles, countryName, input.actorCountry),
    timeline: [...input.articles]
      .sort((a, b) => publishedTime(a) - publishedTime(b) || a.article.id - b.article.id)
      .map((item) => ({
        // Placed by when it was fetched when undated, but never dated by it: null reads "date unknown".
        at: item.article.published,
        outlet: item.outlet.name,
        title: item.article.title ?? item.article.url,
        articleId: item.article.id,
      })),
    related: input.related,
  };
}

/**
 * The neutral choice among the articles' titles (see chooseHeadline); a stored headline that is no
 * article's title was written by hand and is kept. A stored one that is an article's title is only
 * an earlier choice, perhaps by an older rule, so it is chosen again. With no titles at all, the fact
 * most outlets share, else the central article's opening sentence.
 */
function headlineOf(
  input: ComposeInput,
  central: readonly StoryArticle[],
  facts: readonly SharedFact[],
): { headline: string; standfirst: string | null; credit: HeadlineCredit } {
  const stored = input.story.headline.trim();
  const edited = stored !== '' && !input.articles.some((a) => (a.article.title ?? '').trim() === stored);
  if (edited) {
    return {
      headline: input.story.headline,
      standfirst: input.story.standfirst,
      credit: { outlet: null, articleId: null, basis: 'stored' },
    };
  }
  const chosen = chooseHeadline(input.articles);
  if (chosen.credit)
    return { headline: chosen.headline, standfirst: chosen.standfirst, credit: chosen.credit };
  const lead = central[0];
  const opening = lead
    ? splitSentences(`${lead.article.standfirst ?? ''}\n\n${lead.article.bodyText.slice(0, 2000)}`)
    : [];
  const fact = facts[0]?.text ?? opening.find((s) => s.trim() !== '') ?? '';
  return {
    headline: fact === '' ? 'Untitled story' : cutAtWord(fact, FACT_HEADLINE_CHARS),
    standfirst: null,
    credit: { outlet: null, articleId: null, basis: 'facts' },
  };
}

/** The articles facts are read from, most central first: one an outlet, then the rest, up to the cap. */
function factSources(central: readonly StoryArticle[]): StoryArticle[] {
  if (central.length <= MAX_FACT_ARTICLES) return [...central];
  const seen = new Set<number>();
  const first: StoryArticle[] = [];
  const rest: StoryArticle[] = [];
  for (const item of central) {
    if (seen.has(item.outlet.id)) rest.push(item);
    else {
      seen.add(item.outlet.id);
      first.push(item);
    }
  }
  return [...first, ...rest].slice(0, MAX_FACT_ARTICLES);
}

function cutAtWord(text: string, max: number): string {
  const clean = text.trim().replace(/\.$/, '');
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}

import { classVerdict, looksLikeBody } from './chrome-patterns.js';
import type { HtmlElement } from './html-tree.js';
import { linkDensity, type StatsTable } from './text-stats.js';
import { contains, descendants, textOf } from './tree-query.js';

type Stats = StatsTable;

const ARTICLE_ITEMTYPE = /schema\.org\/(?:\w*Article|BlogPosting|Report)$/i;

const para = (stats: Stats, el: HtmlElement): number => stats.get(el)?.para ?? 0;

function best(stats: Stats, els: HtmlElement[]): HtmlElement | null {
  let top: HtmlElement | null = null;
  for (const el of els) if (!top || para(stats, el) > para(stats, top)) top = el;
  return top;
}

/**
 * The container the page itself marks as the article body, tried in order of trust:
 * itemprop=articleBody or a body-like class, then the <article> with most prose, then <main>.
 * Several sibling body containers (bodies split by ads) are returned together.
 */
export function findMarkedContainer(root: HtmlElement, stats: Stats): HtmlElement[] {
  const all = descendants(root);
  const marked = all.filter(
    (el) =>
      (el.attrs.itemprop ?? '').toLowerCase() === 'articlebody' || (looksLikeBody(el) && el.tag !== 'body'),
  );
  // Outermost marked elements first ("article-body" often wraps "article-body__content")…
  const outer = marked.filter((el) => !marked.some((o) => o !== el && contains(o, el)));
  let top = best(stats, outer);
  if (top && para(stats, top) >= 150) {
    const outerTop: HtmlElement = top;
    // …then step inside while one marked descendant still holds nearly all of the prose, so a
    // page-wide wrapper does not win over the body it contains.
    for (;;) {
      const current: HtmlElement = top;
      const inner = best(
        stats,
        marked.filter((el) => el !== current && contains(current, el)),
      );
      if (!inner || para(stats, inner) < 0.8 * para(stats, current)) break;
      top = inner;
    }
    // Bodies split by ad rows or page-builder blocks: the other parts are siblings, or elsewhere
    // carry the very same class as the chosen part or its outermost marked wrapper.
    const twinsOf = (chosen: HtmlElement): HtmlElement[] => {
      const cls = chosen.attrs.class ?? '';
      return outer.filter(
        (el) =>
          el !== chosen &&
          (el.parent === chosen.parent || (cls !== '' && el.tag === chosen.tag && el.attrs.class === cls)) &&
          para(stats, el) > 0 &&
          !contains(el, chosen),
      );
    };
    const outerTwins = top === outerTop ? [] : twinsOf(outerTop);
    const parts = new Set(outerTwins.length > 0 ? [outerTop, ...outerTwins] : [top, ...twinsOf(top)]);
    const picked = all.filter((el) => parts.has(el));
    return widenToSemantic(stats, picked);
  }
  // Schema.org microdata names the post even when a page has several <article> teasers.
  const declared = best(
    stats,
    all.filter(
      (el) =>
        el.tag !== 'html' &&
        el.tag !== 'body' &&
        (/^(?:blogpost|mainentity)$/i.test(el.attrs.itemprop ?? '') ||
          ARTICLE_ITEMTYPE.test(el.attrs.itemtype ?? '')),
    ),
  );
  if (declared && para(stats, declared) >= 150) return [declared];
  const articles = all.filter((el) => el.tag === 'article');
  const article = best(stats, articles);
  if (article && para(stats, article) >= 150) {
    // A run of sibling <article> entries that together outweigh the best one is the page's
    // content (a list of places, products or entries), not one story among teasers.
    const siblings = articles.filter((el) => el.parent === article.parent);
    if (siblings.length >= 3 && article.parent && proseOf(stats, siblings) > 3 * para(stats, article)) {
      return [article.parent];
    }
    return [article];
  }
  const main = best(
    stats,
    all.filter((el) => el.tag === 'main' || el.attrs.role === 'main'),
  );
  if (main && para(stats, main) >= 150) return [main];
  return [];
}

/**
 * A marked body that holds only a small part of the prose of the <article> or <main> around it
 * (a class like "rich-text" on one block of a long post) widens to that semantic container.
 */
function widenToSemantic(stats: Stats, picked: HtmlElement[]): HtmlElement[] {
  const first = picked[0];
  if (!first) return picked;
  for (let cur = first.parent; cur; cur = cur.parent) {
    if (cur.tag !== 'article' && cur.tag !== 'main' && cur.attrs.role !== 'main') continue;
    if (proseOf(stats, picked) < 0.3 * para(stats, cur)) return [cur];
    break;
  }
  return picked;
}

const LOOSE_TEXT = new Set(['div', 'section', 'article', 'main', 'td', 'font', 'center', 'span']);

const TAG_BASE: Record<string, number> = {
  div: 5,
  article: 8,
  section: 3,
  main: 5,
  pre: 3,
  td: 3,
  blockquote: 3,
  form: -3,
  ol: -3,
  ul: -3,
  dl: -3,
  dd: -3,
  dt: -3,
  li: -3,
  address: -3,
  th: -5,
  h1: -5,
  h2: -5,
  h3: -5,
  h4: -5,
  h5: -5,
  h6: -5,
};

function baseScore(el: HtmlElement): number {
  // Weak chrome words survived cleaning only on prose wrappers (see clean-tree): no penalty.
  const verdict = classVerdict(el, true);
  const classWeight = verdict === 'content' ? 25 : verdict === 'neutral' || verdict === 'gate' ? 0 : -25;
  return (TAG_BASE[el.tag] ?? 0) + classWeight;
}

/**
 * Density scoring in the manner of Readability: every paragraph-like element scores by its length
 * and commas and passes the score to its parent and (diluted) grandparents; link-heavy
 * containers are discounted. Returns the best container plus the siblings that read like it.
 */
export function scoreContainers(root: HtmlElement, stats: Stats): HtmlElement[] {
  const scores = new Map<HtmlElement, number>();
  for (const el of descendants(root)) {
    const s = stats.get(el);
    if (!s || s.text < 25) continue;
    // Paragraphs, and containers with loose text of their own (pages laid out with <br>).
    // A list item of running prose counts too: bodies written as lists lose to a short <p>
    // elsewhere (a footer address) otherwise.
    const paragraphLike =
      el.tag === 'p' ||
      el.tag === 'pre' ||
      el.tag === 'td' ||
      (!s.hasBlock && LOOSE_TEXT.has(el.tag)) ||
      (el.tag === 'li' && !s.hasBlock && s.text - s.link >= 80);
    const loose = s.inline - s.inlineLink;
    const length = paragraphLike ? s.text : LOOSE_TEXT.has(el.tag) && loose >= 100 ? loose : 0;
    if (length < 25) continue;
    const commas = paragraphLike ? s.commas : Math.round((s.commas * loose) / Math.max(1, s.text));
    const score = 1 + commas + Math.min(Math.floor(length / 100), 3);
    const target = paragraphLike ? el.parent : el;
    let level = 0;
    for (let anc = target; anc && level < 3; anc = anc.parent, level++) {
      if (anc === root) break;
      if (!scores.has(anc)) scores.set(anc, baseScore(anc));
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      scores.set(anc, scores.get(anc)! + score / divider);
    }
  }
  let top: HtmlElement | null = null;
  let topScore = 0;
  const finalScore = new Map<HtmlElement, number>();
  for (const [el, raw] of scores) {
    const final = raw * (1 - linkDensity(stats.get(el)));
    finalScore.set(el, final);
    if (final > topScore) {
      top = el;
      topScore = final;
    }
  }
  if (!top) return [];
  // A short winner inside a container with several times its prose is one block of a body that
  // a page builder split into modules (each with a paragraph or two): take the container.
  const mine = para(stats, top);
  let up: HtmlElement | null = top.parent;
  for (let level = 0; up && level < 5 && mine < 1000; level++, up = up.parent) {
    if (up === root || up.tag === 'body' || up.tag === 'html') break;
    const theirs = stats.get(up);
    if (!theirs || theirs.para < 2.5 * mine || linkDensity(theirs) > 0.25) continue;
    top = up;
    topScore = finalScore.get(up) ?? topScore;
    break;
  }
  const parent = top.parent;
  if (!parent) return [top];
  const threshold = Math.max(10, topScore * 0.2);
  const picked: HtmlElement[] = [];
  for (const sib of parent.children) {
    if (sib.kind !== 'element') continue;
    // A sibling joins on the prose it holds, not on its tag's or class's head start.
    const earned = (finalScore.get(sib) ?? 0) - Math.max(0, baseScore(sib));
    if (sib === top || earned >= threshold) {
      picked.push(sib);
      continue;
    }
    if (sib.tag !== 'p') continue;
    const s = stats.get(sib);
    const density = linkDensity(s);
    const len = s?.text ?? 0;
    if ((len > 80 && density < 0.25) || (len > 0 && density === 0 && /\.(\s|$)/.test(textOf(sib)))) {
      picked.push(sib);
    }
  }
  return picked;
}

/** Total paragraph text of a set of containers. */
export function proseOf(stats: Stats, els: readonly HtmlElement[]): number {
  return els.reduce((n, el) => n + para(stats, el), 0);
}

import { CHROME_ROLES, classVerdict, DROP_TAGS, FURNITURE_TAGS, isHidden } from './chrome-patterns.js';
import type { HtmlElement, HtmlNode } from './html-tree.js';
import { linkDensity, type StatsTable } from './text-stats.js';
import { classWords, descendants } from './tree-query.js';

// Hover cards and tooltips: shown only on hover, often a photo and links to other stories.
// The markup the big platforms' embed codes put in the page.
const EMBEDDED_POST =
  /\b(?:twitter-tweet|instagram-media|tiktok-embed|bluesky-embed|mastodon-embed|fb-post)\b/;
const POPUP = /(?:^|[-_\s])(?:tooltip|popover|hovercard|hover-card|rollover|flyout)(?:$|[-_\s])/;
/**
 * Remove scripts, styles, forms, embeds and hidden elements: never prose, whatever the page.
 * Hover cards go too, innermost first, so a name link wrapped together with its card survives.
 * `keepHidden` keeps hidden elements, for the recovery pass on pages whose article is shown by
 * a script (React's streamed segments arrive in a hidden <div> that a script moves into place).
 * Returns how many hidden elements went.
 */
export function dropNonContent(root: HtmlElement, opts: { keepHidden?: boolean } = {}): { hidden: number } {
  const popups = descendants(root).filter((el) => POPUP.test(classWords(el)));
  const wrappers = new Set<HtmlElement>();
  for (const el of popups) for (let cur = el.parent; cur; cur = cur.parent) wrappers.add(cur);
  const cards = new Set(popups.filter((el) => !wrappers.has(el)));
  let hidden = 0;
  walkRemoving(root, (el) => {
    if (DROP_TAGS.has(el.tag) || cards.has(el)) return true;
    if (opts.keepHidden || !isHidden(el)) return false;
    hidden++;
    return true;
  });
  return { hidden };
}

/**
 * Remove page furniture: nav/header/footer/aside, chrome by ARIA role, and elements whose class or
 * id reads as chrome (cookie banners, newsletter boxes, share bars, related lists, comments, ads,
 * captions, bylines). `keep` (the chosen article container) and its ancestors are never removed,
 * and weak signals spare an element that holds most of the page's paragraph text.
 */
export function dropChrome(root: HtmlElement, keep: readonly HtmlElement[], stats: StatsTable): void {
  walkRemoving(root, chromeJudge(root, keep, stats));
}

// Reader comments are never the article, however much of the page they fill.
const COMMENTS = /(?:^|[-_\s])(?:comments?|commentlist|comment-list|disqus|replies|respond)(?:$|[-_\s])/;

/**
 * The recovery pass's cleaning: only class words that are chrome whatever a page builder means
 * by them (comments, related stories, newsletters), and no furniture tags or roles, which are
 * what a first reading that came out empty most often got wrong. `commentsOnly` is the last
 * resort: reader comments go, everything else stays.
 */
export function dropPlainChrome(root: HtmlElement, stats: StatsTable, commentsOnly = false): void {
  const totalPara = stats.get(root)?.para ?? 0;
  walkRemoving(root, (el) => {
    if (el.tag === 'body' || el.tag === 'html' || el.tag === 'main') return false;
    if ((el.attrs.itemprop ?? '').toLowerCase() === 'articlebody') return false;
    if (COMMENTS.test(classWords(el))) return true;
    if (commentsOnly || classVerdict(el, true) !== 'strong-chrome') return false;
    return (stats.get(el)?.para ?? 0) <= totalPara * 0.5;
  });
}

function chromeJudge(
  root: HtmlElement,
  keep: readonly HtmlElement[],
  stats: StatsTable,
): (el: HtmlElement) => boolean {
  const spared = new Set<HtmlElement>();
  for (const el of keep) for (let cur: HtmlElement | null = el; cur; cur = cur.parent) spared.add(cur);
  const totalPara = stats.get(root)?.para ?? 0;
  const keptAncestor = (el: HtmlElement): HtmlElement | null => {
    for (let cur = el.parent; cur; cur = cur.parent) if (keep.includes(cur)) return cur;
    return null;
  };
  const insideKeep = (el: HtmlElement): boolean => keptAncestor(el) !== null;
  const holdsMostText = (el: HtmlElement): boolean => {
    const para = stats.get(el)?.para ?? 0;
    return totalPara > 0 && para > totalPara * 0.5;
  };
  // Running prose (mostly paragraph text, few links, more than a caption's worth) in an element
  // whose class reads as chrome only through words page builders also use for prose wrappers.
  const builderProse = (el: HtmlElement, share: number): boolean => {
    const s = stats.get(el);
    if (!s || s.para < 150 || s.para < 0.6 * s.text || linkDensity(s) > 0.3) return false;
    if (totalPara === 0 || s.para < share * totalPara) return false;
    const lenient = classVerdict(el, true);
    return lenient !== 'strong-chrome' && lenient !== 'weak-chrome';
  };
  // Wrappers of an embedded post (a tweet quoted in the story) are content whatever their class.
  for (const el of descendants(root)) {
    if (!EMBEDDED_POST.test(el.attrs.class ?? '')) continue;
    let cur: HtmlElement | null = el;
    for (let level = 0; cur && level < 5; level++, cur = cur.parent) spared.add(cur);
  }
  return (el) => {
    if (spared.has(el)) return false;
    if (el.tag === 'figcaption') return true;
    const role = el.attrs.role?.toLowerCase();
    if (role && CHROME_ROLES.has(role)) return !holdsMostText(el);
    if (FURNITURE_TAGS.has(el.tag)) return !holdsMostText(el);
    if (el.tag === 'body' || el.tag === 'html' || el.tag === 'main') return false;
    if ((el.attrs.itemprop ?? '').toLowerCase() === 'articlebody') return false;
    const verdict = classVerdict(el);
    // Inside the chosen container, strong signals win (a long comment thread is still comments)
    // unless a page builder's word is all that reads as chrome; elsewhere an element holding
    // most of the prose is spared.
    if (verdict === 'strong-chrome') {
      if (insideKeep(el)) return !builderProse(el, 0);
      return !holdsMostText(el);
    }
    // Weak words ("widget", "meta", "header") name page builders' wrappers as often as chrome:
    // inside the article container only link lists and labels go, elsewhere a large share of
    // the page's prose stays for the scorer.
    if (verdict === 'weak-chrome') {
      const container = keptAncestor(el);
      // A sidebar never holds most of the article container's prose; a layout wrapper does.
      if (container) {
        const own = stats.get(el);
        const whole = stats.get(container);
        const share = Math.max(
          (own?.para ?? 0) / Math.max(1, whole?.para ?? 0),
          (own?.text ?? 0) / Math.max(1, whole?.text ?? 0),
        );
        return share <= 0.5 && !builderProse(el, 0);
      }
      return !holdsMostText(el) && !builderProse(el, 0);
    }
    // A paywall box is a prompt to subscribe, unless it holds the rest of the article's prose.
    if (verdict === 'gate') return (stats.get(el)?.para ?? 0) < 200;
    return false;
  };
}

// Pre-order walk that does not descend into removed subtrees.
function walkRemoving(root: HtmlElement, shouldRemove: (el: HtmlElement) => boolean): void {
  const stack: HtmlNode[] = [...root.children].reverse();
  const doomed: HtmlElement[] = [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind !== 'element') continue;
    if (shouldRemove(node)) {
      doomed.push(node);
      continue;
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  // Detach after the walk; removing by rebuilding each parent's child list keeps it linear.
  const byParent = new Map<HtmlElement, Set<HtmlNode>>();
  for (const el of doomed) {
    if (!el.parent) continue;
    const set = byParent.get(el.parent) ?? new Set<HtmlNode>();
    set.add(el);
    byParent.set(el.parent, set);
  }
  for (const [parent, set] of byParent) {
    parent.children = parent.children.filter((c) => !set.has(c));
    for (const c of set) c.parent = null;
  }
}

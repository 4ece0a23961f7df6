import type { Quote, WireCopy } from '../domain/index.js';
import { wholeWords } from '../lib/regexp.js';
import { wordTokens } from '../lib/text-tokens.js';
import { publishedTime } from './headline.js';
import { keyQuotes, quoteKey } from './perspectives.js';
import { shingleSample } from './shingles.js';
import type { StoryArticle } from './types.js';
import { WIRE_AGENCIES } from './wire-agencies.js';

// Share of the smaller text's sampled shingles two texts must share to be one text run twice. Reprints
// that add a local paragraph or cut the last ones still share 80 % or more of the wire text (the
// demo's three: 0.85 and up); an outlet's own report that borrows a few wire sentences stays below
// (a hand-made one with three of its four sentences borrowed: 0.6).
const SAME_TEXT_SHARE = 0.7;
const MIN_SHARED = 3;
// A text shorter than this is a brief or a shared lead sentence, not a copy worth telling apart.
const MIN_TEXT_WORDS = 40;
// Enough of a text to recognise it, and a bound on the work for very long pages.
const TEXT_CHARS = 20_000;
// Where an agency's credit sits in a copy: the dateline ("(Reuters) -") and a closing credit line.
const CREDIT_CHARS = 300;

/** Wire copy found in a story, and which copy each carrying article ran. */
export interface WireCopyFound {
  copies: WireCopy[];
  /** Article id → index into `copies`. */
  copyOf: Map<number, number>;
  /** Articles that are only a reprint: every carrier but the one the copy is counted for. */
  reprints: Set<number>;
  /** Normalised texts of each copy's quotes, so carriers' cards can leave them out. */
  quoteKeys: Set<string>[];
}

interface Group {
  members: number[];
  sample: Set<number>;
}

/**
 * Texts run by more than one outlet, found by shared five-word shingles. Articles are taken in time
 * order and compared with the first text of each group (not with every member), so a flood of copies
 * costs one comparison each. A group counts as wire copy when two or more outlets ran it; one outlet
 * publishing its own text twice is an update, not a reprint.
 */
export function findWireCopy(articles: readonly StoryArticle[]): WireCopyFound {
  const order = articles
    .map((item, index) => ({ item, index }))
    .sort((a, b) => publishedTime(a.item) - publishedTime(b.item) || a.item.article.id - b.item.article.id);
  const groups: Group[] = [];
  const owners = new Map<number, number[]>();
  for (const { item, index } of order) {
    const words = wordTokens(bodyOf(item));
    if (words.length < MIN_TEXT_WORDS) continue;
    const sample = shingleSample(words);
    const joined = sameTextGroup(sample, groups, owners);
    if (joined !== undefined) {
      groups[joined]!.members.push(index);
      continue;
    }
    const id = groups.length;
    groups.push({ members: [index], sample });
    for (const h of sample) {
      const list = owners.get(h);
      if (list === undefined) owners.set(h, [id]);
      else list.push(id);
    }
  }
  const found: WireCopyFound = { copies: [], copyOf: new Map(), reprints: new Set(), quoteKeys: [] };
  for (const group of groups) {
    const members = group.members.map((i) => articles[i]!);
    if (new Set(members.map((m) => m.outlet.id)).size < 2) continue;
    const { copy, counted, keys } = describeCopy(members, articles);
    const at = found.copies.length;
    found.copies.push(copy);
    found.quoteKeys.push(keys);
    for (const m of members) {
      found.copyOf.set(m.article.id, at);
      if (m !== counted) found.reprints.add(m.article.id);
    }
  }
  return found;
}

function bodyOf({ article }: StoryArticle): string {
  return `${article.standfirst ?? ''}\n${article.bodyText.slice(0, TEXT_CHARS)}`;
}

function sameTextGroup(
  sample: ReadonlySet<number>,
  groups: readonly Group[],
  owners: ReadonlyMap<number, number[]>,
): number | undefined {
  const hits = new Map<number, number>();
  for (const h of sample) for (const g of owners.get(h) ?? []) hits.set(g, (hits.get(g) ?? 0) + 1);
  let best: number | undefined;
  let bestShare = 0;
  for (const [g, count] of hits) {
    const smaller = Math.min(sample.size, groups[g]!.sample.size);
    const share = count / smaller;
    if (count >= Math.min(MIN_SHARED, smaller) && share >= SAME_TEXT_SHARE && share > bestShare) {
      [best, bestShare] = [g, share];
    }
  }
  return best;
}

/** Who wrote the copy, which carrier it is counted for, its headline and quotes. */
function describeCopy(
  members: StoryArticle[],
  all: readonly StoryArticle[],
): { copy: WireCopy; counted: StoryArticle; keys: Set<string> } {
  const earliest = members[0]!;
  const agencyOutlet = members.find((m) => m.outlet.genre === 'wire');
  const names = agencyNames(all);
  let origin: { name: string; from: WireCopy['originFrom'] };
  if (agencyOutlet) origin = { name: agencyOutlet.outlet.name, from: 'wire-outlet' };
  else {
    const byline = mostNamed(
      members.map((m) => m.article.byline ?? ''),
      names,
    );
    const text = byline ? null : mostNamed(members.map(creditText), names);
    origin = byline
      ? { name: byline, from: 'byline' }
      : text
        ? { name: text, from: 'text' }
        : { name: earliest.outlet.name, from: 'earliest' };
  }
  // The copy counts once, for the agency's own article when the story has it, else the earliest.
  const counted = agencyOutlet ?? earliest;
  const quotes = keyQuotes(counted.quotes);
  const outlets: WireCopy['outlets'] = [];
  for (const m of members) {
    if (!outlets.some((o) => o.id === m.outlet.id)) outlets.push({ id: m.outlet.id, name: m.outlet.name });
  }
  return {
    copy: {
      origin: origin.name,
      originFrom: origin.from,
      title: (counted.article.title ?? '').trim() || (earliest.article.title ?? '').trim(),
      articleIds: members.map((m) => m.article.id),
      outlets,
      reprintedBy: [...new Set(members.filter((m) => m !== counted).map((m) => m.outlet.name))],
      quotes,
    },
    counted,
    keys: new Set(counted.quotes.map(quoteKey)),
  };
}

function creditText({ article }: StoryArticle): string {
  const text = article.bodyText;
  return `${text.slice(0, CREDIT_CHARS)}\n${text.slice(-CREDIT_CHARS)}`;
}

/** Every name an agency goes by, with the name shown for it: the story's wire outlets, then the list. */
function agencyNames(all: readonly StoryArticle[]): { alias: RegExp; name: string }[] {
  const names = new Map<string, string>();
  for (const { outlet } of all) if (outlet.genre === 'wire') names.set(outlet.name, outlet.name);
  for (const agency of WIRE_AGENCIES) for (const alias of agency.aliases) names.set(alias, agency.name);
  return [...names].map(([alias, name]) => ({ alias: wholeWords(alias), name }));
}

/** The agency named by the most of the given texts (at least one); null when none is named. */
function mostNamed(
  texts: readonly string[],
  names: readonly { alias: RegExp; name: string }[],
): string | null {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const named = new Set(names.filter((n) => n.alias.test(text)).map((n) => n.name));
    for (const name of named) counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [name, count] of counts) if (count > bestCount) [best, bestCount] = [name, count];
  return best;
}

/** A carrier's quotes without the ones its wire copy already shows. */
export function ownQuotes(quotes: readonly Quote[], copyKeys: ReadonlySet<string> | undefined): Quote[] {
  return copyKeys ? quotes.filter((q) => !copyKeys.has(quoteKey(q))) : [...quotes];
}

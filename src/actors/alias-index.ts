/**
 * The alias index: every alias split into word tokens and stored in a trie keyed by folded tokens,
 * so a text is matched in one left-to-right pass (longest alias wins at each position).
 */
import { nextWordStart, wordEnd, words } from './word-scan.js';

/** How a text token must be written to match an alias token. */
type CaseRule = 'any' | 'capital' | 'exact';

/** One alias stored at a trie node: what it names and how it must be written. */
interface AliasEntry {
  /** Actor id, or null for a stop phrase (matches, consumes the words, yields nothing). */
  actorId: string | null;
  alias: string;
  tokens: string[];
  rules: CaseRule[];
  /** Folded separators between tokens (' ' for space or hyphen). */
  gaps: string[];
  /** Also a common word or place: the caller keeps such a match only with support elsewhere in the text. */
  ambiguous: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  entries: AliasEntry[];
}

/** The built index; opaque outside actors/. */
export interface AliasIndex {
  readonly root: Map<string, TrieNode>;
}

const NON_ASCII = /[^\x00-\x7f]/;
const MARKS = /\p{M}+/gu;
const MAX_GAP = 3;

/** Fold a token for lookup: lower case, accents dropped ("Élysée" → "elysee"). */
function foldToken(token: string): string {
  const lower = token.toLowerCase();
  return NON_ASCII.test(lower) ? lower.normalize('NFD').replace(MARKS, '') : lower;
}

/** Fold the characters between two tokens: hyphens and spaces are the same; apostrophes are unified. */
function foldGap(gap: string): string {
  if (gap === ' ' || gap === '-') return ' ';
  const g = gap.replace(/[’‘]/g, "'").replace(/\s+/g, '').replace(/[-‐–]/g, '');
  return g === '' ? ' ' : g;
}

function caseRule(token: string): CaseRule {
  if (token === '+') return 'exact';
  const upper = /\p{Lu}/u.test(token);
  if (!upper) return 'any';
  const first = token.charAt(0);
  if (/\p{N}/u.test(token)) return 'exact';
  const letters = token.replace(/[^\p{L}]/gu, '');
  if (letters.length >= 2 && letters === letters.toUpperCase()) return 'exact';
  return first === first.toUpperCase() ? 'capital' : 'exact';
}

function passes(rule: CaseRule, aliasToken: string, textToken: string): boolean {
  if (rule === 'any') return true;
  if (rule === 'exact') return textToken === aliasToken;
  const first = textToken.charAt(0);
  return first !== first.toLowerCase() || /\p{N}/u.test(first);
}

/** An empty index to add aliases to. */
export function createAliasIndex(): AliasIndex {
  return { root: new Map() };
}

/**
 * Add an alias for an actor (null: a stop phrase). Returns the actor id that already holds exactly this
 * alias when it is taken, so the caller can report it; the earlier record keeps it.
 * Single-word aliases with no capital letter are refused: a lower-case common word must never match.
 */
export function addAlias(
  index: AliasIndex,
  alias: string,
  actorId: string | null,
  ambiguous = false,
): string | null | undefined {
  const tokens: string[] = [];
  const gaps: string[] = [];
  let last = -1;
  for (const [start, end] of words(alias)) {
    if (last >= 0) gaps.push(foldGap(alias.slice(last, start)));
    tokens.push(alias.slice(start, end));
    last = end;
  }
  if (tokens.length === 0) return undefined;
  const rules = tokens.map(caseRule);
  if (tokens.length === 1 && rules[0] === 'any') return undefined;
  let map = index.root;
  let node: TrieNode | undefined;
  for (const t of tokens) {
    const key = foldToken(t);
    node = map.get(key);
    if (!node) {
      node = { next: new Map(), entries: [] };
      map.set(key, node);
    }
    map = node.next;
  }
  if (!node) return undefined;
  const same = node.entries.find((e) => e.alias === alias || sameShape(e, tokens, rules, gaps));
  if (same) return same.actorId;
  node.entries.push({ actorId, alias, tokens, rules, gaps, ambiguous });
  return undefined;
}

function sameShape(e: AliasEntry, tokens: string[], rules: CaseRule[], gaps: string[]): boolean {
  return (
    e.gaps.join('|') === gaps.join('|') &&
    e.rules.join('|') === rules.join('|') &&
    e.tokens.every((t, i) => rules[i] === 'any' || t === tokens[i] || rules[i] === 'capital')
  );
}

/** One alias found in a text. */
export interface AliasMatch {
  actorId: string;
  start: number;
  end: number;
  /** The alias matched is ambiguous (see `addAlias`). */
  ambiguous: boolean;
}

/** Find aliases in a text in one pass; at each word the longest alias that fits wins, then the scan moves past it. */
export function matchAliases(index: AliasIndex, text: string): AliasMatch[] {
  const out: AliasMatch[] = [];
  for (let start = nextWordStart(text, 0); start >= 0; ) {
    const end = wordEnd(text, start);
    const raw = text.slice(start, end);
    const first = index.root.get(foldToken(raw));
    const found = first ? longestAt(text, { start, end, raw }, first) : null;
    if (found?.actorId)
      out.push({ actorId: found.actorId, start, end: found.end, ambiguous: found.ambiguous });
    start = nextWordStart(text, found ? found.end : end);
  }
  return out;
}

interface Tok {
  start: number;
  end: number;
  raw: string;
}

/** The token after offset `from`, if it follows within a few separator characters on the same line. */
function nextToken(text: string, from: number): Tok | null {
  const start = nextWordStart(text, from, from + MAX_GAP + 1);
  if (start < 0) return null;
  const gap = text.slice(from, start);
  if (gap.includes('\n')) return null;
  const end = wordEnd(text, start);
  return { start, end, raw: text.slice(start, end) };
}

function longestAt(
  text: string,
  head: Tok,
  first: TrieNode,
): { actorId: string | null; end: number; ambiguous: boolean } | null {
  // Walk the trie as far as the text allows, remembering the tokens read; then try the deepest aliases first.
  const toks: Tok[] = [head];
  const nodes: TrieNode[] = [first];
  let node = first;
  while (node.next.size > 0) {
    const t = nextToken(text, toks[toks.length - 1]!.end);
    const child = t ? node.next.get(foldToken(t.raw)) : undefined;
    if (!t || !child) break;
    toks.push(t);
    nodes.push(child);
    node = child;
  }
  for (let k = nodes.length - 1; k >= 0; k--) {
    for (const entry of nodes[k]!.entries) {
      if (fits(entry, text, toks))
        return { actorId: entry.actorId, end: toks[k]!.end, ambiguous: entry.ambiguous };
    }
  }
  return null;
}

function fits(entry: AliasEntry, text: string, toks: Tok[]): boolean {
  for (let k = 0; k < entry.tokens.length; k++) {
    const t = toks[k]!;
    if (!passes(entry.rules[k]!, entry.tokens[k]!, t.raw)) return false;
    // Folding lets "Bogota" in a text find the alias "Bogotá", not the other way round: an alias
    // written without diacritics names no word that has them (German "Über" is not Uber).
    if (NON_ASCII.test(t.raw) && !NON_ASCII.test(entry.tokens[k]!)) return false;
    if (k > 0 && foldGap(text.slice(toks[k - 1]!.end, t.start)) !== entry.gaps[k - 1]) return false;
  }
  return true;
}

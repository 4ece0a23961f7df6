/**
 * A reader's query, parsed once for every dialect and bounded: web-search conventions (words are
 * ANDed, "quoted words" form a phrase, a leading minus excludes, a bare `or` separates
 * alternatives), every term reduced to lower-case letters and digits, repeats removed, and at most
 * MAX_SEARCH_WORDS words kept. Full-text engines grow worse than linearly with the terms of one
 * query (FTS5's ranking and snippets by the square of them), so the cap is what bounds one
 * request's work; scanning is linear in the input.
 */

/** Words (a phrase counts each of its words) one search may use; the rest of the query is dropped. */
export const MAX_SEARCH_WORDS = 16;

/** One alternative of a query: every `include` phrase must match and no `exclude` phrase may. */
export interface QueryBranch {
  include: string[];
  exclude: string[];
}

/** A bounded query: its alternatives, and the terms left out to stay within the cap. */
export interface ParsedQuery {
  branches: QueryBranch[];
  /** Terms left out (as the reader would write them), in the order they came; empty when all fit. */
  dropped: string[];
}

type Term = { phrase: string; negated: boolean };

const WORD = /[\p{L}\p{N}]+/gu;
const SPACE = /\s/u;

/** Parse and bound what a reader typed; never fails, whatever the text. */
export function parseSearchQuery(input: string, maxWords = MAX_SEARCH_WORDS): ParsedQuery {
  const branches: QueryBranch[] = [];
  const seenBranches = new Set<string>();
  const dropped = new Set<string>();
  let budget = maxWords;
  let branch: QueryBranch = { include: [], exclude: [] };
  let branchWords = 0;
  const closeBranch = () => {
    if (branch.include.length + branch.exclude.length === 0) return;
    // Alternatives that repeat one another ("a or a or a") add nothing but cost: refund their words.
    const key = JSON.stringify([[...branch.include].sort(), [...branch.exclude].sort()]);
    if (seenBranches.has(key)) budget += branchWords;
    else {
      seenBranches.add(key);
      branches.push(branch);
    }
    branch = { include: [], exclude: [] };
    branchWords = 0;
  };
  for (const token of scan(input)) {
    if (token === 'or') {
      closeBranch();
      continue;
    }
    const list = token.negated ? branch.exclude : branch.include;
    if (list.includes(token.phrase)) continue;
    const words = token.phrase.split(' ');
    const fits = Math.min(words.length, budget);
    if (fits < words.length) {
      // A phrase longer than what is left keeps its first words: a wider match, still in order.
      dropped.add(termText({ phrase: words.slice(fits).join(' '), negated: token.negated }));
    }
    if (fits === 0) continue;
    list.push(words.slice(0, fits).join(' '));
    budget -= fits;
    branchWords += fits;
  }
  closeBranch();
  return { branches, dropped: [...dropped] };
}

/** The bounded query written back in web-search syntax: what was searched, for the reader and for PostgreSQL. */
export function toWebSearchText(query: ParsedQuery): string {
  return query.branches
    .map((b) =>
      [
        ...b.include.map((p) => termText({ phrase: p, negated: false })),
        ...b.exclude.map((p) => termText({ phrase: p, negated: true })),
      ].join(' '),
    )
    .join(' or ');
}

function termText(term: Term): string {
  // A lone "or" written bare would read as the operator, so it keeps its quotes.
  const text = term.phrase.includes(' ') || term.phrase === 'or' ? `"${term.phrase}"` : term.phrase;
  return term.negated ? `-${text}` : text;
}

function* scan(input: string): Generator<Term | 'or'> {
  let i = 0;
  let pendingOr = false;
  let seenTerm = false;
  while (i < input.length) {
    const ch = input[i]!;
    if (SPACE.test(ch)) {
      i++;
      continue;
    }
    let negated = false;
    if (ch === '-') {
      negated = true;
      i++;
    }
    let raw: string;
    let quoted = false;
    if (input[i] === '"') {
      const close = input.indexOf('"', i + 1);
      const stop = close === -1 ? input.length : close;
      raw = input.slice(i + 1, stop);
      i = stop + 1;
      quoted = true;
    } else {
      let stop = i;
      while (stop < input.length && !SPACE.test(input[stop]!) && input[stop] !== '"') stop++;
      raw = input.slice(i, stop);
      i = stop;
    }
    if (!quoted && !negated && raw.toLowerCase() === 'or') {
      pendingOr = seenTerm;
      continue;
    }
    const words = raw.match(WORD);
    if (!words) continue;
    if (pendingOr) {
      yield 'or';
      pendingOr = false;
    }
    seenTerm = true;
    yield { phrase: words.join(' ').toLowerCase(), negated };
  }
}

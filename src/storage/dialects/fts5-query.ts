/**
 * Turns what a reader typed into an FTS5 MATCH expression, following the web-search conventions
 * PostgreSQL's websearch_to_tsquery uses: words are ANDed, "quoted words" form a phrase, a leading
 * minus excludes, and a bare `or` separates alternatives. Every term is reduced to letters and
 * digits and emitted as a quoted FTS5 string, so no input can reach FTS5 as syntax.
 */

type Term = { phrase: string; negated: boolean };
type Branch = { include: string[]; exclude: string[] };

const WORD = /[\p{L}\p{N}]+/gu;

/** The FTS5 expression for a reader's query, or null when it leaves nothing to match. */
export function toFts5Query(input: string): string | null {
  const branches: Branch[] = [{ include: [], exclude: [] }];
  for (const token of scan(input)) {
    if (token === 'or') {
      branches.push({ include: [], exclude: [] });
      continue;
    }
    const branch = branches[branches.length - 1]!;
    (token.negated ? branch.exclude : branch.include).push(token.phrase);
  }
  // A branch of only exclusions cannot be expressed in FTS5 (NOT is binary) and would match
  // almost everything anyway; like websearch_to_tsquery's ranking, it is dropped.
  const parts = branches
    .filter((b) => b.include.length > 0)
    .map((b) => {
      const kept = `(${b.include.map(quote).join(' AND ')})`;
      return b.exclude.length === 0 ? kept : `(${kept} NOT ${b.exclude.map(quote).join(' NOT ')})`;
    });
  return parts.length === 0 ? null : parts.join(' OR ');
}

function quote(phrase: string): string {
  return `"${phrase.replaceAll('"', '""')}"`;
}

function* scan(input: string): Generator<Term | 'or'> {
  let i = 0;
  let pendingOr = false;
  let seenTerm = false;
  while (i < input.length) {
    const ch = input[i]!;
    if (/\s/u.test(ch)) {
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
      while (stop < input.length && !/\s/u.test(input[stop]!) && input[stop] !== '"') stop++;
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

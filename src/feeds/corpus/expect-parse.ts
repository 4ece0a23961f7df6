/**
 * A reader for the small Python subset feedparser's test files use in their `Expect:` lines
 * (names, subscripts, attributes, calls, ==/!=/in/is, and/or/not, literals). It builds a tree and
 * never evaluates text as code.
 */

/** A node of a parsed Expect expression. */
export type Expr =
  | { kind: 'name'; name: string }
  | { kind: 'literal'; value: unknown }
  | { kind: 'tuple' | 'list'; items: Expr[] }
  | { kind: 'dict'; entries: [Expr, Expr][] }
  | { kind: 'index'; target: Expr; index: Expr }
  | { kind: 'attr'; target: Expr; name: string }
  | { kind: 'call'; target: Expr; args: Expr[] }
  | { kind: 'not'; operand: Expr }
  | { kind: 'and' | 'or'; operands: Expr[] }
  | { kind: 'compare'; first: Expr; rest: [string, Expr][] }
  | { kind: 'concat'; parts: Expr[] };

type Token = { type: 'name' | 'num' | 'str' | 'op'; text: string; value?: unknown };

const OPS = ['==', '!=', '<=', '>=', '(', ')', '[', ']', '{', '}', ',', ':', '.', '<', '>', '-', '+'];

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const str = /^([uUbBrR]{0,2})('''|"""|'|")/.exec(src.slice(i));
    if (str && (str[1] === '' || /^[uUbBrR]+$/.test(str[1]!))) {
      const quote = str[2]!;
      const raw = /r/i.test(str[1]!);
      let j = i + str[0].length;
      let out = '';
      while (j < src.length && !src.startsWith(quote, j)) {
        if (src[j] === '\\' && !raw) {
          const [text, used] = readEscape(src, j);
          out += text;
          j += used;
        } else out += src[j++];
      }
      if (j >= src.length) throw new Error('unterminated string');
      tokens.push({ type: 'str', text: out, value: out });
      i = j + quote.length;
      continue;
    }
    const num = /^\d+(\.\d+)?([eE][-+]?\d+)?/.exec(src.slice(i));
    if (num) {
      tokens.push({ type: 'num', text: num[0], value: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const name = /^[A-Za-z_]\w*/.exec(src.slice(i));
    if (name) {
      tokens.push({ type: 'name', text: name[0] });
      i += name[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new Error(`unexpected character ${c}`);
    tokens.push({ type: 'op', text: op });
    i += op.length;
  }
  return tokens;
}

function readEscape(src: string, at: number): [string, number] {
  const next = src[at + 1] ?? '';
  const simple: Record<string, string> = {
    n: '\n',
    t: '\t',
    r: '\r',
    '\\': '\\',
    "'": "'",
    '"': '"',
    '0': '\0',
  };
  if (simple[next] !== undefined) return [simple[next], 2];
  const width = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
  if (width) {
    const hex = src.slice(at + 2, at + 2 + width);
    return [String.fromCodePoint(Number.parseInt(hex, 16)), 2 + width];
  }
  return ['\\', 1];
}

/** Parse one Expect expression; throws on syntax outside the subset. */
export function parseExpect(src: string): Expr {
  const tokens = tokenize(src);
  let pos = 0;
  const peek = (text: string) => tokens[pos]?.text === text && tokens[pos]?.type !== 'str';
  const take = (text: string) => {
    if (!peek(text)) throw new Error(`expected ${text} at token ${pos}`);
    pos++;
  };

  const orExpr = (): Expr => {
    const operands = [andExpr()];
    while (peek('or')) {
      pos++;
      operands.push(andExpr());
    }
    return operands.length === 1 ? operands[0]! : { kind: 'or', operands };
  };
  const andExpr = (): Expr => {
    const operands = [notExpr()];
    while (peek('and')) {
      pos++;
      operands.push(notExpr());
    }
    return operands.length === 1 ? operands[0]! : { kind: 'and', operands };
  };
  const notExpr = (): Expr => {
    if (peek('not')) {
      pos++;
      return { kind: 'not', operand: notExpr() };
    }
    return comparison();
  };
  const compareOp = (): string | null => {
    for (const op of ['==', '!=', '<=', '>=', '<', '>', 'in']) {
      if (peek(op)) {
        pos++;
        return op;
      }
    }
    if (peek('not') && tokens[pos + 1]?.text === 'in') {
      pos += 2;
      return 'not in';
    }
    if (peek('is')) {
      pos++;
      if (peek('not')) {
        pos++;
        return 'is not';
      }
      return 'is';
    }
    return null;
  };
  const comparison = (): Expr => {
    const first = sum();
    const rest: [string, Expr][] = [];
    for (let op = compareOp(); op; op = compareOp()) rest.push([op, sum()]);
    return rest.length ? { kind: 'compare', first, rest } : first;
  };
  const sum = (): Expr => {
    const parts = [postfix()];
    while (peek('+')) {
      pos++;
      parts.push(postfix());
    }
    return parts.length === 1 ? parts[0]! : { kind: 'concat', parts };
  };
  const postfix = (): Expr => {
    let expr = atom();
    for (;;) {
      if (peek('[')) {
        pos++;
        const index = orExpr();
        take(']');
        expr = { kind: 'index', target: expr, index };
      } else if (peek('.')) {
        pos++;
        const name = tokens[pos++];
        if (name?.type !== 'name') throw new Error('expected attribute name');
        expr = { kind: 'attr', target: expr, name: name.text };
      } else if (peek('(')) {
        pos++;
        const args = sequence(')');
        expr = { kind: 'call', target: expr, args };
      } else return expr;
    }
  };
  const sequence = (close: string): Expr[] => {
    const items: Expr[] = [];
    while (!peek(close)) {
      items.push(orExpr());
      if (!peek(close)) take(',');
    }
    take(close);
    return items;
  };
  const atom = (): Expr => {
    const token = tokens[pos++];
    if (!token) throw new Error('unexpected end');
    if (token.type === 'str') {
      let value = token.value as string;
      // Adjacent string literals concatenate.
      while (tokens[pos]?.type === 'str') value += tokens[pos++]!.value as string;
      return { kind: 'literal', value };
    }
    if (token.type === 'num') return { kind: 'literal', value: token.value };
    if (token.text === '-' && tokens[pos]?.type === 'num')
      return { kind: 'literal', value: -(tokens[pos++]!.value as number) };
    if (token.type === 'name') {
      if (token.text === 'None') return { kind: 'literal', value: null };
      if (token.text === 'True') return { kind: 'literal', value: true };
      if (token.text === 'False') return { kind: 'literal', value: false };
      return { kind: 'name', name: token.text };
    }
    if (token.text === '(') {
      const items = sequence(')');
      const trailingComma = tokens[pos - 2]?.text === ',';
      return items.length === 1 && !trailingComma ? items[0]! : { kind: 'tuple', items };
    }
    if (token.text === '[') return { kind: 'list', items: sequence(']') };
    if (token.text === '{') {
      const entries: [Expr, Expr][] = [];
      while (!peek('}')) {
        const key = orExpr();
        take(':');
        entries.push([key, orExpr()]);
        if (!peek('}')) take(',');
      }
      take('}');
      return { kind: 'dict', entries };
    }
    throw new Error(`unexpected token ${token.text}`);
  };

  const expr = orExpr();
  if (pos !== tokens.length) throw new Error(`trailing tokens after position ${pos}`);
  return expr;
}

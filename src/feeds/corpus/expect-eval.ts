import { htmlToText } from '../html-text.js';
import type { Expr } from './expect-parse.js';

/** Thrown when an expression needs a feedparser field our model does not carry. */
export class Unmappable extends Error {}
/** Thrown for a missing list item: the expectation fails, like IndexError would in Python. */
class Missing extends Error {}

/** A mapped object: only the keys it knows resolve; others are unmappable. */
export class View {
  constructor(private readonly fields: Record<string, unknown>) {}
  lookup(key: string): unknown {
    if (!Object.hasOwn(this.fields, key)) throw new Unmappable(key);
    return this.fields[key];
  }
}

/**
 * One of our text fields standing in for a feedparser one. Our model keeps plain text where feedparser
 * keeps (sanitised) markup, so equality compares the text both sides show to a reader; for HTML content it
 * also requires every absolute link of the expected markup to be present.
 */
export class MappedText {
  constructor(
    readonly value: string | null,
    readonly mode: 'plain' | 'html' | 'author',
  ) {}
  equals(expected: string): boolean {
    const shown = htmlToText(expected) ?? '';
    // Our text fields are plain; feedparser's may be markup (compare what a reader sees) or raw text.
    if (this.mode === 'plain')
      return collapse(this.value) === shown || collapse(this.value) === collapse(expected);
    if (this.mode === 'author') {
      const ours = collapse(this.value);
      return ours === collapse(expected) || ours === shown || expected.trim().startsWith(`${ours} (`);
    }
    const ours = htmlToText(this.value) ?? '';
    // feedparser hands back text/plain content as raw text, so its "markup" may be literal characters.
    if (ours !== shown && ours !== collapse(expected)) return false;
    const links = [...expected.matchAll(/(?:href|src)="(https?:[^"]+)"/g)].map((m) => m[1]!);
    return links.every((link) => this.value?.includes(link) || this.value?.includes(encodeURI(link)));
  }
}

/** A URL we normalised (host lower-cased, IRI percent-encoded): equal when both sides normalise alike. */
export class MappedUrl {
  constructor(readonly value: string | null) {}
  equals(expected: string): boolean {
    if (this.value === expected) return true;
    try {
      return this.value !== null && new URL(expected).href === new URL(this.value).href;
    } catch {
      return false;
    }
  }
}

function collapse(text: string | null): string {
  return (text ?? '').replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A date as feedparser's UTC time tuple (year, month, day, hour, minute, second, weekday, yearday, dst). */
export class DateTuple {
  constructor(readonly date: Date | null) {}
  tuple(): number[] | null {
    const d = this.date;
    if (!d) return null;
    const start = Date.UTC(d.getUTCFullYear(), 0, 1);
    const yday = Math.floor((d.getTime() - start) / 86_400_000) + 1;
    return [
      d.getUTCFullYear(),
      d.getUTCMonth() + 1,
      d.getUTCDate(),
      d.getUTCHours(),
      d.getUTCMinutes(),
      d.getUTCSeconds(),
      (d.getUTCDay() + 6) % 7,
      yday,
      0,
    ];
  }
}

/** Marks `bozo` in files where feedparser's strictness flag has no counterpart to check. */
export const IGNORED = Symbol('ignored');

/** Outcome of one Expect line: true/false, or 'skip' when nothing in it maps to our model. */
export type Verdict = boolean | 'skip';

/** Evaluate an Expect tree over mapped values. Conjuncts that cannot be mapped are left out. */
export function evaluate(expr: Expr, env: Record<string, unknown>): Verdict {
  if (expr.kind === 'and') {
    const verdicts = expr.operands.map((op) => evaluate(op, env));
    if (verdicts.includes(false)) return false;
    return verdicts.includes(true) ? true : 'skip';
  }
  if (expr.kind === 'or') {
    const verdicts = expr.operands.map((op) => evaluate(op, env));
    if (verdicts.includes('skip')) return 'skip';
    return verdicts.includes(true);
  }
  if (expr.kind === 'not') {
    const inner = evaluate(expr.operand, env);
    return inner === 'skip' ? 'skip' : !inner;
  }
  const state = { touched: false };
  try {
    const result = expr.kind === 'compare' ? compare(expr, env, state) : truthy(value(expr, env, state));
    if (result === IGNORED) return 'skip';
    return state.touched ? result === true : 'skip';
  } catch (err) {
    if (err instanceof Missing) return false;
    if (err instanceof Unmappable) return 'skip';
    throw err;
  }
}

type State = { touched: boolean };

function compare(
  expr: Extract<Expr, { kind: 'compare' }>,
  env: Record<string, unknown>,
  state: State,
): boolean {
  let left = value(expr.first, env, state);
  for (const [op, rightExpr] of expr.rest) {
    const right = value(rightExpr, env, state);
    if (!compareOne(op, left, right)) return false;
    left = right;
  }
  return true;
}

function compareOne(op: string, a: unknown, b: unknown): boolean {
  switch (op) {
    case '==':
      return equals(a, b);
    case '!=':
      return !equals(a, b);
    case 'is':
      return unwrap(a) === unwrap(b);
    case 'is not':
      return unwrap(a) !== unwrap(b);
    case 'in':
      return contains(b, a);
    case 'not in':
      return !contains(b, a);
    default:
      throw new Unmappable(op);
  }
}

function unwrap(v: unknown): unknown {
  if (v instanceof MappedText || v instanceof MappedUrl) return v.value;
  if (v instanceof DateTuple) return v.tuple();
  return v;
}

function equals(a: unknown, b: unknown): boolean {
  // Two of our own values (chained comparisons): compare what we hold.
  if (
    (a instanceof MappedText || a instanceof MappedUrl) &&
    (b instanceof MappedText || b instanceof MappedUrl)
  ) {
    return a.value === b.value;
  }
  if (a instanceof MappedText || b instanceof MappedText) {
    const [mapped, other] = a instanceof MappedText ? [a, b] : [b as MappedText, a];
    if (other === null) return mapped.value === null;
    if (typeof other !== 'string') throw new Unmappable('text compared with a non-string');
    return mapped.equals(other);
  }
  if (a instanceof MappedUrl || b instanceof MappedUrl) {
    const [mapped, other] = a instanceof MappedUrl ? [a, b] : [b as MappedUrl, a];
    if (other === null) return mapped.value === null;
    if (typeof other !== 'string') return false;
    return mapped.equals(other);
  }
  const x = unwrap(a);
  const y = unwrap(b);
  if (x instanceof View || y instanceof View) throw new Unmappable('dict comparison');
  if (Array.isArray(x) && Array.isArray(y))
    return x.length === y.length && x.every((item, i) => equals(item, y[i]));
  if (typeof x === 'boolean' || typeof y === 'boolean') return Number(x) === Number(y);
  return x === y;
}

function contains(container: unknown, item: unknown): boolean {
  if (container instanceof MappedText) {
    if (typeof item !== 'string') throw new Unmappable('in');
    return (htmlToText(container.value) ?? '').includes(htmlToText(item) ?? '');
  }
  if (typeof container === 'string' && typeof item === 'string') return container.includes(item);
  if (Array.isArray(container)) return container.some((c) => equals(c, item));
  throw new Unmappable('membership');
}

function truthy(v: unknown): boolean | typeof IGNORED {
  if (v === IGNORED) return IGNORED;
  const x = unwrap(v);
  if (Array.isArray(x)) return x.length > 0;
  if (x instanceof View) return true;
  return Boolean(x);
}

function value(expr: Expr, env: Record<string, unknown>, state: State): unknown {
  switch (expr.kind) {
    case 'literal':
      return expr.value;
    case 'name': {
      if (!Object.hasOwn(env, expr.name)) throw new Unmappable(expr.name);
      const found = env[expr.name];
      if (found !== IGNORED) state.touched = true;
      return found;
    }
    case 'tuple':
    case 'list':
      return expr.items.map((item) => value(item, env, state));
    case 'index':
      return index(value(expr.target, env, state), value(expr.index, env, state));
    case 'attr': {
      const target = value(expr.target, env, state);
      if (target instanceof View) return target.lookup(expr.name);
      throw new Unmappable(`.${expr.name}`);
    }
    case 'call':
      return call(expr, env, state);
    case 'concat': {
      const parts = expr.parts.map((part) => value(part, env, state));
      if (!parts.every((p) => typeof p === 'string')) throw new Unmappable('+ on non-strings');
      return parts.join('');
    }
    case 'not': {
      const inner = truthy(value(expr.operand, env, state));
      return inner === IGNORED ? IGNORED : !inner;
    }
    default:
      throw new Unmappable(expr.kind);
  }
}

function index(target: unknown, key: unknown): unknown {
  if (target === null || target === undefined) throw new Missing('no such item');
  if (target instanceof View && typeof key === 'string') return target.lookup(key);
  if (Array.isArray(target) && typeof key === 'number') {
    const item = target[key < 0 ? target.length + key : key];
    if (item === undefined) throw new Missing(`index ${key}`);
    return item;
  }
  throw new Unmappable('subscript');
}

function call(expr: Extract<Expr, { kind: 'call' }>, env: Record<string, unknown>, state: State): unknown {
  if (expr.target.kind !== 'name' || expr.args.length !== 1) throw new Unmappable('call');
  const arg = value(expr.args[0]!, env, state);
  if (expr.target.name === 'len') {
    if (Array.isArray(arg) || typeof arg === 'string') return arg.length;
    throw new Unmappable('len');
  }
  if (expr.target.name === 'ord') {
    const text = arg instanceof MappedText ? (htmlToText(arg.value) ?? '') : arg;
    if (typeof text !== 'string') throw new Unmappable('ord');
    // A wrong length is a wrong answer, not a missing field.
    return [...text].length === 1 ? text.codePointAt(0) : -1;
  }
  throw new Unmappable(expr.target.name);
}

/**
 * The project's one HTML toolkit (web pages, the demo newsroom, extracted bodies, OPML, letters).
 * A tiny HTML builder: every interpolated value is escaped unless it is already a SafeHtml
 * (made by `html` itself or, for trusted fragments, by `raw`). Arrays are joined, null and
 * undefined and false render as nothing, so templates can use `cond && html\`…\``.
 */

const SAFE = Symbol('safe-html');

/** A string of HTML that is safe to insert as is. */
export interface SafeHtml {
  readonly [SAFE]: true;
  readonly value: string;
  toString(): string;
}

/** Anything a template may interpolate. */
export type HtmlValue = SafeHtml | string | number | boolean | null | undefined | readonly HtmlValue[];

function safe(value: string): SafeHtml {
  return { [SAFE]: true, value, toString: () => value };
}

// Markup characters, and the characters XML 1.0 forbids outright (article text can carry them, and
// search snippets do on purpose), which are dropped. One pass: this runs over whole article bodies.
const ESCAPABLE = /[&<>"'\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escape text for use in HTML or XML content and quoted attributes; drops characters XML forbids. */
export function escapeHtml(text: string): string {
  return text.replace(ESCAPABLE, (ch) => ESCAPES[ch] ?? '');
}

/** Mark a trusted fragment (already-sanitised article HTML, our own SVG) as safe to insert. */
export function raw(fragment: string): SafeHtml {
  return safe(fragment);
}

/** Whether a value is a SafeHtml fragment. */
export function isSafeHtml(value: unknown): value is SafeHtml {
  return typeof value === 'object' && value !== null && SAFE in value;
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false || value === true) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (isSafeHtml(value)) return value.value;
  return escapeHtml(String(value));
}

/** Tagged template that escapes every interpolation except SafeHtml fragments. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return safe(out);
}

/** The URL if it is http(s) or site-relative, else null: keeps `javascript:` and friends out of links. */
export function linkUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  if (url.startsWith('/') && !url.startsWith('//')) return url;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

/** Serialise a value as JSON that is safe inside a `<script>` element. */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

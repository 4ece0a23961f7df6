import { HTML_VOID_ELEMENTS } from '../lib/html-void-elements.js';
import { resolveUrl } from './urls.js';
import type { XmlElement, XmlNode } from './xml-tree.js';

/** Child elements whose canonical name is one of `names`. */
export function kids(el: XmlElement | undefined, ...names: string[]): XmlElement[] {
  if (!el) return [];
  return el.children.filter((n): n is XmlElement => n.type === 'element' && names.includes(n.name));
}

/** The first child element named one of `names`, trying the names in order of preference. */
export function kid(el: XmlElement | undefined, ...names: string[]): XmlElement | undefined {
  if (!el) return undefined;
  for (const name of names) {
    const found = el.children.find((n): n is XmlElement => n.type === 'element' && n.name === name);
    if (found) return found;
  }
  return undefined;
}

/** Descendant text, trimmed; null when empty. */
export function textOf(el: XmlElement | undefined): string | null {
  if (!el) return null;
  const value = collectText(el).trim();
  return value || null;
}

function collectText(node: XmlNode): string {
  if (node.type === 'text') return node.text;
  let out = '';
  for (const child of node.children) out += collectText(child);
  return out;
}

/** An attribute value, trimmed; null when absent or empty. */
export function attr(el: XmlElement | undefined, name: string): string | null {
  const value = el?.attrs[name]?.trim();
  return value || null;
}

/**
 * The element's content as HTML source. Text children already hold HTML (escaped or CDATA markup),
 * while child elements are markup that was written straight into the feed and gets serialised back.
 */
export function innerHtml(el: XmlElement): string {
  let out = '';
  for (const child of el.children) out += child.type === 'text' ? child.text : serialize(child);
  return out;
}

/** Serialise inline XHTML children to HTML, resolving links against each element's xml:base. */
export function xhtmlChildren(el: XmlElement): string {
  let out = '';
  for (const child of el.children) out += serialize(child);
  return out;
}

const URL_ATTRS = new Set(['href', 'src', 'poster', 'cite', 'longdesc', 'background', 'action']);

function serialize(node: XmlNode): string {
  if (node.type === 'text') return escapeText(node.text);
  const prefix = node.name.includes(':') ? node.name.slice(0, node.name.indexOf(':')) : '';
  const tag = prefix === 'xhtml' || prefix === '' ? node.local : node.rawName;
  let out = `<${tag}`;
  for (const [name, value] of Object.entries(node.attrs)) {
    if (name === 'xmlns' || name.startsWith('xmlns:') || name.startsWith('xml:')) continue;
    const resolved =
      URL_ATTRS.has(name) && value.trim() && !value.startsWith('#') ? resolveUrl(value, node.base) : value;
    out += ` ${name}="${escapeAttr(resolved ?? value)}"`;
  }
  if (HTML_VOID_ELEMENTS.has(tag) && node.children.length === 0) return `${out}>`;
  out += '>';
  for (const child of node.children) out += serialize(child);
  return `${out}</${tag}>`;
}

/** Escape text for HTML element content. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

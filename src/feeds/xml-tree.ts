import { decodeHTMLStrict } from 'entities';
import { repairDoubleEncoding } from './mojibake.js';
import { sax } from './sax.js';
import { resolveUrl } from './urls.js';

/** An element with its name mapped to a well-known prefix, so `<foo:encoded xmlns:foo="…content/">` reads as "content:encoded". */
export interface XmlElement {
  type: 'element';
  /** "prefix:local" for namespaced elements, "local" for plain RSS ones; lower case. */
  name: string;
  local: string;
  /** The name as written, for re-serialising markup. */
  rawName: string;
  /** Attribute names lower-cased as written, values with entities decoded. */
  attrs: Record<string, string>;
  children: XmlNode[];
  /** The xml:base in effect (or the document URL). */
  base: string | null;
  /** The xml:lang in effect. */
  lang: string | null;
}

/** A run of text (entities decoded) or a CDATA section (verbatim). */
export interface XmlText {
  type: 'text';
  text: string;
}

/** A node of the tree. */
export type XmlNode = XmlElement | XmlText;

/** Namespaces that feeds use under many prefixes, mapped to the one prefix the parsers look for. */
const KNOWN_NAMESPACES: Record<string, string> = {
  'http://www.w3.org/2005/atom': 'atom',
  'http://purl.org/atom/ns#': 'atom',
  'http://purl.org/rss/1.0/': '',
  'http://my.netscape.com/rdf/simple/0.9/': '',
  'http://backend.userland.com/rss2': '',
  'http://blogs.law.harvard.edu/tech/rss': '',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#': 'rdf',
  'http://purl.org/dc/elements/1.1/': 'dc',
  'http://purl.org/dc/terms/': 'dcterms',
  'http://purl.org/rss/1.0/modules/content/': 'content',
  'http://search.yahoo.com/mrss/': 'media',
  'http://search.yahoo.com/mrss': 'media',
  'http://www.itunes.com/dtds/podcast-1.0.dtd': 'itunes',
  'http://www.w3.org/1999/xhtml': 'xhtml',
  'http://www.w3.org/xml/1998/namespace': 'xml',
};

/** Deeper nesting is flattened into the element at this depth, so recursive walks stay shallow. */
const MAX_DEPTH = 128;

/**
 * Read XML forgivingly into a small tree: unknown HTML entities (&nbsp;) decoded, undeclared prefixes
 * kept as written, unclosed tags closed. Of a DOCTYPE only plain-text entity declarations are honoured:
 * nothing nests and nothing external loads. Returns the root element, or null when there is none.
 */
export function parseXmlTree(text: string, documentUrl: string | null): XmlElement | null {
  const doc: XmlElement = element('#document', '#document', '#document', {}, documentUrl, null);
  const stack: XmlElement[] = [doc];
  const scopes: Record<string, string>[] = [{ xml: 'http://www.w3.org/XML/1998/namespace' }];
  const declared = declaredEntities(text);
  let overflow = 0;

  const close = () => {
    stack.pop();
    scopes.pop();
  };
  sax(text, 'xml', {
    open(rawName, rawAttrs, selfClosing) {
      const parent = stack[stack.length - 1]!;
      if (stack.length > MAX_DEPTH) {
        if (!selfClosing) overflow++;
        return;
      }
      let scope = scopes[scopes.length - 1]!;
      const attrs: Record<string, string> = {};
      for (const [key, value] of Object.entries(rawAttrs)) {
        const name = key.toLowerCase();
        const decoded = decodeText(value, declared);
        attrs[name] = decoded;
        if (name === 'xmlns' || name.startsWith('xmlns:')) {
          // Copy on write: most elements declare nothing and share their parent's scope.
          if (scope === scopes[scopes.length - 1]) scope = { ...scope };
          scope[name === 'xmlns' ? '' : name.slice(6)] = decoded;
        }
      }
      const lower = rawName.toLowerCase();
      const colon = lower.indexOf(':');
      const prefix = colon >= 0 ? lower.slice(0, colon) : '';
      const local = colon >= 0 ? lower.slice(colon + 1) : lower;
      const uri = scope[prefix]?.toLowerCase();
      const canonical = uri !== undefined ? (KNOWN_NAMESPACES[uri] ?? prefix) : prefix;
      const base = attrs['xml:base'] !== undefined ? resolveUrl(attrs['xml:base'], parent.base) : parent.base;
      const lang = attrs['xml:lang'] ?? parent.lang;
      const el = element(canonical ? `${canonical}:${local}` : local, local, rawName, attrs, base, lang);
      parent.children.push(el);
      if (selfClosing) return;
      stack.push(el);
      scopes.push(scope);
    },
    close(rawName) {
      if (overflow > 0) {
        overflow--;
        return;
      }
      // Close up to the matching element; a stray end tag that matches nothing open is ignored.
      const lower = rawName.toLowerCase();
      for (let i = stack.length - 1; i > 0; i--) {
        if (stack[i]!.rawName.toLowerCase() !== lower) continue;
        while (stack.length > i) close();
        return;
      }
    },
    text(data, cdata) {
      const parent = stack[stack.length - 1]!;
      if (parent === doc) return;
      parent.children.push({
        type: 'text',
        text: cdata ? repairDoubleEncoding(data) : decodeText(data, declared),
      });
    },
  });
  return doc.children.find((n): n is XmlElement => n.type === 'element') ?? null;
}

function element(
  name: string,
  local: string,
  rawName: string,
  attrs: Record<string, string>,
  base: string | null,
  lang: string | null,
): XmlElement {
  return { type: 'element', name, local, rawName, attrs, children: [], base, lang };
}

/** Entities a document declares in its DOCTYPE: only literal text values, so nothing can expand recursively. */
type DeclaredEntities = Map<string, string>;

const MAX_DECLARED = 64;

/**
 * Read `<!ENTITY name "text">` declarations from the internal subset. Values that refer to other entities,
 * parameter entities and SYSTEM/PUBLIC (external) entities are ignored: no billion laughs, no XXE.
 */
function declaredEntities(text: string): DeclaredEntities {
  const found: DeclaredEntities = new Map();
  const subset = /<!DOCTYPE[^[>]*\[([\s\S]*?)\]\s*>/i.exec(text.slice(0, 65_536))?.[1];
  if (!subset) return found;
  for (const m of subset.matchAll(/<!ENTITY\s+([\w.:-]+)\s+(["'])([^"'&<%]{0,1024})\2\s*>/g)) {
    if (found.size >= MAX_DECLARED) break;
    found.set(m[1]!, m[3]!);
  }
  return found;
}

/**
 * Decode XML and HTML entities (and those the DOCTYPE declared), read stray C1 control characters as the
 * windows-1252 ones they were meant to be, and repair double-encoded UTF-8.
 */
export function decodeText(raw: string, declared?: DeclaredEntities): string {
  let text = raw;
  if (declared && declared.size > 0 && text.includes('&')) {
    text = text.replace(/&([\w.:-]+);/g, (whole, name: string) => declared.get(name) ?? whole);
  }
  if (text.includes('&')) text = decodeHTMLStrict(text);
  if (/[\x80-\x9f]/.test(text))
    text = text.replace(/[\x80-\x9f]/g, (c) => decodeHTMLStrict(`&#${c.charCodeAt(0)};`));
  return repairDoubleEncoding(text);
}

import { Tokenizer } from 'htmlparser2';
import { HTML_VOID_ELEMENTS } from '../lib/html-void-elements.js';
import { MAX_DEPTH, MAX_NODES } from './limits.js';
import type { TextStats } from './text-stats.js';

/** An element of a parsed page. `attrs` has no prototype, so any attribute name is safe. */
export interface HtmlElement {
  kind: 'element';
  tag: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  parent: HtmlElement | null;
  /** Text measures written by text-stats' `measure` (a field, not a Map: far cheaper on big pages). */
  stats?: TextStats;
  /** Class and id as lower-case words, written by tree-query's `classWords` on first use (asked once per ancestor). */
  classWords?: string;
  /** Those words split at spaces, dashes and underscores, written by html-sources' `segments`. */
  classSegments?: readonly string[];
}

/** A run of text in a parsed page (entities already decoded). */
export interface HtmlText {
  kind: 'text';
  text: string;
  parent: HtmlElement | null;
  /** Cached measures of `text` (see text-stats), filled on first use. */
  measured?: { chars: number; commas: number };
}

/** Any node of a parsed page. */
export type HtmlNode = HtmlElement | HtmlText;

// Start tags that end an open <p>, as browsers do.
const CLOSES_P = new Set(
  'address article aside blockquote dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main menu nav ol p pre section table ul'.split(
    ' ',
  ),
);
const SCOPE_FENCE = new Set(['html', 'body', 'table', 'td', 'th', 'caption', 'template', 'object', 'button']);
const LIST_FENCE = new Set([...SCOPE_FENCE, 'ul', 'ol', 'dl']);
const ROW_FENCE = new Set(['html', 'body', 'table', 'template']);
const FOREIGN = new Set(['svg', 'math']);
// How far down the open-element stack a close tag or implied close may look. Real pages need a
// few levels; a bound keeps adversarial nesting linear.
const SEARCH_LIMIT = 48;

// What the spec's "in head" insertion mode accepts; any other start tag, or text that is not
// whitespace, ends an unclosed <head> and opens the body (HTML §13.2.6.4.4).
const HEAD_CONTENT = new Set([
  'base',
  'basefont',
  'bgsound',
  'link',
  'meta',
  'title',
  'noscript',
  'noframes',
  'style',
  'script',
  'template',
]);
const WHITESPACE_ONLY = /^[\t\n\f\r ]*$/;

// Most elements carry no attributes; they share one frozen, prototype-free empty record.
const NO_ATTRS: Record<string, string> = Object.freeze(Object.create(null));

/** Create a detached element. */
function createElement(tag: string, attrs?: Record<string, string>): HtmlElement {
  let own = NO_ATTRS;
  if (attrs && Object.keys(attrs).length > 0) {
    own = Object.create(null);
    for (const [k, v] of Object.entries(attrs)) own[k] = v;
  }
  return { kind: 'element', tag, attrs: own, children: [], parent: null };
}

/**
 * Parse an HTML fragment into a small tree. Tolerant like a browser for the common cases (implied
 * </p>, </li>, </td>, void elements) and bounded: nesting deeper than MAX_DEPTH is flattened into
 * the deepest allowed element and nodes past MAX_NODES are dropped, so hostile input stays linear.
 */
export function parseHtml(html: string): HtmlElement {
  return build(html, false);
}

/**
 * Parse a whole page: as parseHtml, plus the spec's document structure, so the tree always has one
 * <html> with a <head> and a <body> wherever the page put (or left out) those tags. An unclosed
 * <head> ends at the first element that cannot be in a head, as in a browser, instead of
 * swallowing the article; </body> and </html> close nothing, so text after them stays in the body.
 */
export function parseDocument(html: string): HtmlElement {
  return build(html, true);
}

// The spec's document-level insertion modes, reduced to what changes the tree we build.
interface DocumentState {
  html: HtmlElement | null;
  head: HtmlElement | null;
  body: HtmlElement | null;
  /** True while the <head> is open (the "in head" insertion mode). */
  inHead: boolean;
}

function build(html: string, document: boolean): HtmlElement {
  const root = createElement('#root');
  const stack: HtmlElement[] = [root];
  const doc: DocumentState = { html: null, head: null, body: null, inHead: false };
  let nodes = 0;
  let foreignDepth = 0;
  let pending: HtmlElement | null = null;
  let attrName = '';
  let attrValue = '';

  const top = (): HtmlElement => stack[stack.length - 1]!;

  const attach = (el: HtmlElement, parent: HtmlElement): HtmlElement => {
    nodes++;
    el.parent = parent;
    parent.children.push(el);
    stack.push(el);
    return el;
  };

  // Attributes of a repeated <html> or <body> tag are added to the first one, as browsers do.
  const mergeAttrs = (into: HtmlElement, from: HtmlElement): void => {
    for (const [k, v] of Object.entries(from.attrs)) {
      if (k in into.attrs) continue;
      if (into.attrs === NO_ATTRS) into.attrs = Object.create(null);
      into.attrs[k] = v;
    }
  };

  const ensureHtml = (from?: HtmlElement): HtmlElement => {
    if (!doc.html) doc.html = attach(from ?? createElement('html'), root);
    return doc.html;
  };

  const ensureHead = (from?: HtmlElement): void => {
    const htmlEl = ensureHtml();
    if (doc.head) return;
    doc.head = attach(from ?? createElement('head'), htmlEl);
    doc.inHead = true;
  };

  const leaveHead = (): void => {
    if (!doc.inHead) return;
    doc.inHead = false;
    const at = stack.indexOf(doc.head!);
    if (at > 0) popTo(at);
  };

  const ensureBody = (from?: HtmlElement): void => {
    if (doc.body) return;
    ensureHead();
    leaveHead();
    // Whatever is still open above <html> (a stray element between </head> and <body>) closes.
    popTo(stack.indexOf(doc.html!) + 1);
    doc.body = attach(from ?? createElement('body'), doc.html!);
  };

  // Document-level handling of a start tag; true when the tag was consumed here.
  const documentStart = (el: HtmlElement): boolean => {
    const tag = el.tag;
    if (tag === 'html') {
      if (doc.html) mergeAttrs(doc.html, el);
      else ensureHtml(el);
      return true;
    }
    if (tag === 'head') {
      if (!doc.head) ensureHead(el);
      return true;
    }
    if (tag === 'body') {
      if (doc.body) mergeAttrs(doc.body, el);
      else ensureBody(el);
      return true;
    }
    if (doc.body) return false;
    if (HEAD_CONTENT.has(tag)) {
      ensureHead();
      return false;
    }
    // Inside a <noscript> of the head, a browser with scripting on reads everything as text.
    if (doc.inHead && stack.some((x) => x.tag === 'noscript')) return false;
    ensureBody();
    return false;
  };

  const documentText = (text: string): boolean => {
    if (doc.body) return false;
    const current = top();
    if (current !== root && current !== doc.html && current !== doc.head) return false;
    if (WHITESPACE_ONLY.test(text)) return true;
    ensureBody();
    return false;
  };

  const popTo = (index: number): void => {
    while (stack.length > index) {
      const el = stack.pop()!;
      if (FOREIGN.has(el.tag)) foreignDepth--;
    }
  };

  const closeInScope = (target: Set<string>, fence: Set<string>): void => {
    const floor = Math.max(1, stack.length - SEARCH_LIMIT);
    for (let i = stack.length - 1; i >= floor; i--) {
      const tag = stack[i]!.tag;
      if (target.has(tag)) {
        popTo(i);
        return;
      }
      if (fence.has(tag)) return;
    }
  };

  const impliedCloses = (tag: string): void => {
    if (foreignDepth > 0) return;
    if (CLOSES_P.has(tag)) closeInScope(P_ONLY, SCOPE_FENCE);
    if (tag === 'li') closeInScope(LI_ONLY, LIST_FENCE);
    else if (tag === 'dt' || tag === 'dd') closeInScope(DT_DD, LIST_FENCE);
    else if (tag === 'tr') closeInScope(TR_CELLS, ROW_FENCE);
    else if (tag === 'td' || tag === 'th') closeInScope(CELLS, ROW_FENCE);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') closeInScope(TABLE_PARTS, ROW_FENCE);
    else if (tag === 'option') closeInScope(OPTION_ONLY, SCOPE_FENCE);
  };

  const addText = (text: string): void => {
    if (nodes >= MAX_NODES || text === '') return;
    if (document && documentText(text)) return;
    const parent = top();
    const last = parent.children[parent.children.length - 1];
    if (last && last.kind === 'text') {
      last.text += text;
      return;
    }
    nodes++;
    parent.children.push({ kind: 'text', text, parent });
  };

  const openPending = (selfClosing: boolean): void => {
    const el = pending;
    pending = null;
    if (!el || nodes >= MAX_NODES) return;
    if (document && foreignDepth === 0 && documentStart(el)) return;
    impliedCloses(el.tag);
    const parent = top();
    if (stack.length > MAX_DEPTH) return; // flattened: its children land in `parent`
    nodes++;
    el.parent = parent;
    parent.children.push(el);
    const isVoid = HTML_VOID_ELEMENTS.has(el.tag);
    const closesItself = selfClosing && (foreignDepth > 0 || FOREIGN.has(el.tag));
    if (isVoid || closesItself) return;
    stack.push(el);
    if (FOREIGN.has(el.tag)) foreignDepth++;
  };

  const closeTag = (tag: string): void => {
    if (tag === 'br') {
      pending = createElement('br');
      openPending(false);
      return;
    }
    if (HTML_VOID_ELEMENTS.has(tag)) return;
    if (document) {
      if (tag === 'head') {
        leaveHead();
        return;
      }
      // After </body> or </html> a browser goes on adding to the body.
      if (tag === 'body' || tag === 'html') return;
    }
    const floor = Math.max(1, stack.length - SEARCH_LIMIT);
    for (let i = stack.length - 1; i >= floor; i--) {
      if (stack[i]!.tag === tag) {
        popTo(i);
        return;
      }
    }
  };

  const tokenizer = new Tokenizer(
    { xmlMode: false, decodeEntities: true },
    {
      onattribdata(start, end) {
        if (pending) attrValue += html.slice(start, end);
      },
      onattribentity(codepoint) {
        if (pending) attrValue += String.fromCodePoint(codepoint);
      },
      onattribend() {
        if (pending && !(attrName in pending.attrs)) {
          if (pending.attrs === NO_ATTRS) pending.attrs = Object.create(null);
          pending.attrs[attrName] = attrValue;
        }
        attrName = '';
        attrValue = '';
      },
      onattribname(start, end) {
        attrName = pending ? html.slice(start, end).toLowerCase() : '';
        attrValue = '';
      },
      oncdata() {},
      onclosetag(start, end) {
        closeTag(html.slice(start, end).toLowerCase());
      },
      oncomment() {},
      ondeclaration() {},
      onend() {},
      onopentagend() {
        openPending(false);
      },
      onopentagname(start, end) {
        pending = nodes < MAX_NODES ? createElement(html.slice(start, end).toLowerCase()) : null;
      },
      onprocessinginstruction() {},
      onselfclosingtag() {
        openPending(true);
      },
      ontext(start, end) {
        addText(html.slice(start, end));
      },
      ontextentity(codepoint) {
        addText(String.fromCodePoint(codepoint));
      },
    },
  );
  tokenizer.write(html);
  tokenizer.end();
  return root;
}

const P_ONLY = new Set(['p']);
const LI_ONLY = new Set(['li']);
const DT_DD = new Set(['dt', 'dd']);
const TR_CELLS = new Set(['tr', 'td', 'th']);
const CELLS = new Set(['td', 'th']);
const TABLE_PARTS = new Set(['thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);
const OPTION_ONLY = new Set(['option']);

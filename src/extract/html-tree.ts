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
 * Parse HTML into a small tree. Tolerant like a browser for the common cases (implied </p>, </li>,
 * </td>, void elements) and bounded: nesting deeper than MAX_DEPTH is flattened into the deepest
 * allowed element and nodes past MAX_NODES are dropped, so hostile input stays linear.
 */
export function parseHtml(html: string): HtmlElement {
  const root = createElement('#root');
  const stack: HtmlElement[] = [root];
  let nodes = 0;
  let foreignDepth = 0;
  let pending: HtmlElement | null = null;
  let attrName = '';
  let attrValue = '';

  const top = (): HtmlElement => stack[stack.length - 1]!;

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

import { Tokenizer } from 'htmlparser2';

/** Receives the events of one pass over a document. */
export interface SaxHandler {
  open(name: string, attrs: Record<string, string>, selfClosing: boolean): void;
  close(name: string): void;
  /** Text as written (XML mode, entities left for the caller) or decoded (HTML mode); `cdata` for CDATA sections. */
  text(text: string, cdata: boolean): void;
}

/**
 * Stream tags and text out of a document with htmlparser2's tokenizer. The tokenizer alone, not its
 * Parser: the Parser keeps open elements with Array#unshift, which turns 10 MB of nested tags into
 * minutes of work, while callers here keep their own stacks (or none) in constant time per tag.
 */
export function sax(input: string, mode: 'xml' | 'html', handler: SaxHandler): void {
  const xml = mode === 'xml';
  let tagName = '';
  let attrs: Record<string, string> = {};
  let attrName = '';
  let attrValue = '';
  const tokenizer = new Tokenizer(
    { xmlMode: xml, decodeEntities: !xml },
    {
      ontext: (start, end) => handler.text(input.slice(start, end), false),
      ontextentity: (codepoint) => handler.text(String.fromCodePoint(codepoint), false),
      oncdata: (start, end, offset) => handler.text(input.slice(start, end - offset), true),
      onopentagname: (start, end) => {
        tagName = xml ? input.slice(start, end) : input.slice(start, end).toLowerCase();
        attrs = {};
      },
      onattribname: (start, end) => {
        attrName = xml ? input.slice(start, end) : input.slice(start, end).toLowerCase();
        attrValue = '';
      },
      onattribdata: (start, end) => {
        attrValue += input.slice(start, end);
      },
      onattribentity: (codepoint) => {
        attrValue += String.fromCodePoint(codepoint);
      },
      onattribend: () => {
        if (!Object.hasOwn(attrs, attrName)) attrs[attrName] = attrValue;
      },
      onopentagend: () => handler.open(tagName, attrs, false),
      onselfclosingtag: () => handler.open(tagName, attrs, true),
      onclosetag: (start, end) =>
        handler.close(xml ? input.slice(start, end) : input.slice(start, end).toLowerCase()),
      oncomment: () => {},
      ondeclaration: () => {},
      onprocessinginstruction: () => {},
      onend: () => {},
    },
  );
  tokenizer.write(input);
  tokenizer.end();
}

import { Parser } from 'htmlparser2';

const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/**
 * Lists well-formedness problems of an XML document (empty when it looks well-formed): unclosed or
 * mis-nested elements, raw `<` or undeclared entities in text and attributes, other than one root.
 * A strict check for tests; htmlparser2 alone silently repairs such documents. Stray end tags with no
 * open element are not seen.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  let depth = 0;
  let roots = 0;
  let inCdata = false;
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        if (depth === 0) roots++;
        depth++;
        for (const [key, value] of Object.entries(attribs)) {
          if (value.includes('<') || ENTITY.test(value)) problems.push(`bad character in ${name}@${key}`);
        }
      },
      onclosetag(name, isImplied) {
        depth--;
        // A self-closing tag also reports an implied end; its source ends in "/>".
        const end = parser.endIndex;
        const selfClosing = xml[end] === '>' && xml[end - 1] === '/';
        if (isImplied && !selfClosing) problems.push(`<${name}> is not closed where it should be`);
      },
      ontext(text) {
        if (inCdata) return;
        if (text.includes('<')) problems.push(`raw "<" in text: ${text.slice(0, 40)}`);
        if (ENTITY.test(text)) problems.push(`undeclared entity or bare "&" in text: ${text.slice(0, 40)}`);
        if (depth === 0 && text.trim() !== '') problems.push('text outside the root element');
      },
      oncdatastart() {
        inCdata = true;
      },
      oncdataend() {
        inCdata = false;
      },
    },
    { xmlMode: true, decodeEntities: false, recognizeCDATA: true },
  );
  parser.end(xml);
  if (roots !== 1) problems.push(`expected one root element, found ${roots}`);
  return problems;
}

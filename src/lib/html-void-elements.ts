/**
 * The HTML elements that never have content or an end tag (WHATWG "void elements", plus the
 * obsolete ones parsers still treat so), in lower case.
 */
export const HTML_VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

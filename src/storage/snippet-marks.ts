/** Put before each matched term in a search snippet (a control character, never in article text). */
export const SNIPPET_MARK_START = '\u0002';
/** Put after each matched term in a search snippet. Escape the snippet, then swap the marks for <mark>. */
export const SNIPPET_MARK_END = '\u0003';

import { SNIPPET_MARK_END, SNIPPET_MARK_START } from '../storage/index.js';
import { escapeHtml, raw, type SafeHtml } from './html.js';

/**
 * A search snippet as HTML: the text is escaped piece by piece and only the storage layer's
 * marks become <mark>, always balanced, so a stray or nested mark cannot break the page.
 */
export function highlightSnippet(snippet: string): SafeHtml {
  let out = '';
  let open = false;
  let text = '';
  const flush = () => {
    out += escapeHtml(text);
    text = '';
  };
  for (const ch of snippet) {
    if (ch === SNIPPET_MARK_START) {
      flush();
      if (!open) out += '<mark>';
      open = true;
    } else if (ch === SNIPPET_MARK_END) {
      flush();
      if (open) out += '</mark>';
      open = false;
    } else {
      text += ch;
    }
  }
  flush();
  if (open) out += '</mark>';
  return raw(out);
}

import { decodeHTMLStrict } from 'entities';
import { sax } from './sax.js';
import { resolveUrl } from './urls.js';

const SKIP = new Set(['script', 'style', 'noscript', 'template']);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** HTML (or text that may hold tags and entities) to one line of plain text: tags dropped, entities decoded, whitespace collapsed. */
export function htmlToText(html: string | null | undefined): string | null {
  if (!html) return null;
  if (!html.includes('<') && !html.includes('&')) return collapse(html);
  let out = '';
  let skipping = 0;
  sax(html, 'html', {
    open(name, _attrs, selfClosing) {
      if (SKIP.has(name)) skipping += selfClosing ? 0 : 1;
      else if (BLOCK.has(name)) out += ' ';
    },
    close(name) {
      if (SKIP.has(name)) skipping = Math.max(0, skipping - 1);
      else if (BLOCK.has(name)) out += ' ';
    },
    text(text) {
      if (skipping === 0) out += text;
    },
  });
  return collapse(out);
}

/** Plain text as written: entities decoded, whitespace collapsed, no tag stripping. */
export function plainText(text: string | null | undefined): string | null {
  return text ? collapse(text) : null;
}

function collapse(text: string): string | null {
  const value = text.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
  return value || null;
}

const TAG = /<([a-z][a-z0-9:-]*)(\s[^<>]*?)?(\/?)>/gi;
const URL_ATTR =
  /(\s)(href|src|poster|cite|longdesc|background|action)(\s*=\s*)("([^"]*)"|'([^']*)'|([^\s"'=<>`]+))/gi;
const SRCSET_ATTR = /(\s)(srcset)(\s*=\s*)("([^"]*)"|'([^']*)')/gi;

/** Make relative links and image sources in an HTML fragment absolute against `base`. */
export function resolveHtmlUrls(html: string, base: string | null): string {
  if (!base || !/\s(href|src|poster|cite|longdesc|background|action|srcset)\s*=/i.test(html)) return html;
  return html.replace(TAG, (tag: string, name: string, attrs: string | undefined, slash: string) => {
    if (!attrs) return tag;
    const rewritten = attrs
      .replace(URL_ATTR, (whole, space, attrName, eq, _quoted, dq, sq, bare) => {
        const value = (dq ?? sq ?? bare ?? '') as string;
        const absolute = absolutise(value, base);
        return absolute === null ? whole : `${space}${attrName}${eq}"${absolute}"`;
      })
      .replace(SRCSET_ATTR, (_whole, space, attrName, eq, _quoted, dq, sq) => {
        const candidates = ((dq ?? sq ?? '') as string).split(',').map((part) => {
          const [url = '', ...descriptor] = part.trim().split(/\s+/);
          return [absolutise(url, base) ?? url, ...descriptor].join(' ');
        });
        return `${space}${attrName}${eq}"${candidates.join(', ')}"`;
      });
    return `<${name}${rewritten}${slash}>`;
  });
}

/** The absolute form of a relative URL attribute value, re-escaped; null to leave the value as it was. */
function absolutise(raw: string, base: string): string | null {
  const value = decodeHTMLStrict(raw).trim();
  if (!value || value.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(value)) return null;
  const resolved = resolveUrl(value, base);
  return resolved ? resolved.replace(/&/g, '&amp;').replace(/"/g, '&quot;') : null;
}

import sanitizeHtml from 'sanitize-html';
import { resolveUrl } from './resolve-url.js';

/** Tags that may appear in an article body we show. */
export const ALLOWED_TAGS = [
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  'b',
  'i',
  'u',
  's',
  'sub',
  'sup',
  'small',
  'mark',
  'abbr',
  'cite',
  'q',
  'br',
  'hr',
  'a',
  'img',
  'figure',
  'figcaption',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'th',
  'td',
  'caption',
] as const;

/** Attributes allowed per tag; everything else (style, class, on*, data-*) is dropped. */
export const ALLOWED_ATTRIBUTES: Record<string, string[]> = {
  a: ['href', 'title', 'rel'],
  img: ['src', 'alt', 'title', 'width', 'height', 'referrerpolicy', 'loading'],
  abbr: ['title'],
  ol: ['start'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan', 'scope'],
};

function dimension(value: string | undefined): string | null {
  return value && /^\d{1,5}$/.test(value.trim()) ? value.trim() : null;
}

/**
 * Sanitise HTML for display: allow-listed tags and attributes only, URLs resolved against
 * `baseUrl` and kept only when http/https (links may also be mailto:), links get
 * rel="noopener noreferrer", images get referrerpolicy="no-referrer" and lazy loading.
 * Script, style, iframe, event handlers and javascript: URLs never survive.
 */
export function sanitiseHtml(html: string, baseUrl: string | null = null): string {
  return sanitizeHtml(html, {
    allowedTags: [...ALLOWED_TAGS],
    allowedAttributes: ALLOWED_ATTRIBUTES,
    allowedSchemes: ['http', 'https', 'mailto'],
    allowedSchemesByTag: { img: ['http', 'https'] },
    allowedSchemesAppliedToAttributes: ['href', 'src', 'cite'],
    allowProtocolRelative: false,
    allowedClasses: {},
    allowedStyles: {},
    disallowedTagsMode: 'discard',
    nonTextTags: [
      'script',
      'style',
      'textarea',
      'option',
      'noscript',
      'template',
      'iframe',
      'object',
      'title',
      'head',
      'svg',
      'math',
      'xmp',
      'noembed',
      'noframes',
    ],
    exclusiveFilter: (frame) => {
      if (frame.tag === 'img') return !frame.attribs.src;
      if (frame.tag === 'a' && !frame.attribs.href) return 'excludeTag';
      return false;
    },
    transformTags: {
      a: (_tag, attribs) => {
        const href = resolveUrl(attribs.href, baseUrl, true);
        // Unwrapped by exclusiveFilter below. Renaming the tag instead trips a sanitize-html bug
        // (a renamed, discarded tag leaves a stray close tag later in the output).
        if (!href) return { tagName: 'a', attribs: {} };
        const out: Record<string, string> = { href, rel: 'noopener noreferrer' };
        if (attribs.title) out.title = attribs.title;
        return { tagName: 'a', attribs: out };
      },
      img: (_tag, attribs) => {
        const src = resolveUrl(attribs.src, baseUrl);
        // Dropped by exclusiveFilter below.
        if (!src) return { tagName: 'img', attribs: {} };
        const out: Record<string, string> = { src, referrerpolicy: 'no-referrer', loading: 'lazy' };
        if (attribs.alt) out.alt = attribs.alt;
        const width = dimension(attribs.width);
        const height = dimension(attribs.height);
        if (width) out.width = width;
        if (height) out.height = height;
        return { tagName: 'img', attribs: out };
      },
    },
  }).trim();
}

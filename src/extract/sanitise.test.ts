import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { extractHtml } from './extract-html.js';
import { ALLOWED_ATTRIBUTES, ALLOWED_TAGS, sanitiseHtml } from './sanitise.js';

const BASE = 'https://news.example/a/story';

describe('sanitiseHtml', () => {
  it('removes scripts, styles, iframes and event handlers, keeping harmless text', () => {
    const out = sanitiseHtml(
      '<p onclick="x()" style="color:red" class="c">Hello <script>alert(1)</script><style>p{}</style><iframe src="https://e.x"></iframe>world</p>',
      BASE,
    );
    expect(out).toBe('<p>Hello world</p>');
  });

  it('resolves links, keeps only http(s) and mailto, and adds rel', () => {
    expect(sanitiseHtml('<a href="/b">b</a>', BASE)).toBe(
      '<a href="https://news.example/b" rel="noopener noreferrer">b</a>',
    );
    expect(sanitiseHtml('<a href="mailto:desk@news.example">mail</a>', BASE)).toBe(
      '<a href="mailto:desk@news.example" rel="noopener noreferrer">mail</a>',
    );
    expect(sanitiseHtml('<a href="javascript:alert(1)">x</a>', BASE)).toBe('x');
    expect(sanitiseHtml('<a href=" jav&#x09;ascript:alert(1)">x</a>', BASE)).toBe('x');
  });

  it('keeps images with absolute http(s) sources and no referrer', () => {
    expect(sanitiseHtml('<img src="/i.jpg" alt="A" onerror="x()" width="640">', BASE)).toBe(
      '<img src="https://news.example/i.jpg" referrerpolicy="no-referrer" loading="lazy" alt="A" width="640">',
    );
    expect(sanitiseHtml('<img src="data:image/png;base64,AAAA">', BASE)).toBe('');
  });

  it('escapes text so that it cannot become markup', () => {
    expect(sanitiseHtml('<p>1 &lt; 2 &amp;&amp; &lt;script&gt;</p>', BASE)).toBe(
      '<p>1 &lt; 2 &amp;&amp; &lt;script&gt;</p>',
    );
    expect(
      sanitiseHtml('<p title="x&quot; onclick=&quot;y">t</p><abbr title="a&quot;b">c</abbr>', BASE),
    ).toBe('<p>t</p><abbr title="a&quot;b">c</abbr>');
  });

  it('unwraps links without a usable target and drops images without a source', () => {
    expect(sanitiseHtml('<p><a>plain</a> <a href="vbscript:x">text</a><img alt="no src"></p>', BASE)).toBe(
      '<p>plain text</p>',
    );
  });

  it('unwraps list items, table parts and nested links that stand outside their proper parents', () => {
    expect(sanitiseHtml('<li>loose</li><ul><li>kept</li></ul>')).toBe('loose<ul><li>kept</li></ul>');
    expect(sanitiseHtml('<td>cell</td><table><tr><td>ok</td></tr></table>')).toBe(
      'cell<table><tr><td>ok</td></tr></table>',
    );
    expect(sanitiseHtml('<tbody><tbody><tr><td>x</td></tr></tbody></tbody>')).toBe('x');
  });

  it('stays bounded on hostile nesting', () => {
    const deep = `${'<b><div>'.repeat(50_000)}x`;
    const start = performance.now();
    const out = sanitiseHtml(deep, BASE);
    expect(out).toContain('x');
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

// A small deterministic generator of hostile tag soup (mulberry32 PRNG, fixed seed).
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SOUP_TAGS = [
  ...ALLOWED_TAGS,
  'script',
  'SCRIPT',
  'ScRiPt',
  'style',
  'iframe',
  'svg',
  'math',
  'mglyph',
  'foreignObject',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'option',
  'noscript',
  'template',
  'base',
  'meta',
  'link',
  'title',
  'xmp',
  'plaintext',
  'frameset',
  'frame',
  'video',
  'source',
  'details',
  'marquee',
  'div',
  'span',
  'use',
  'image',
];
const SOUP_ATTRS = [
  'href',
  'src',
  'srcset',
  'onclick',
  'onerror',
  'ONLOAD',
  'onmouseover',
  'style',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'background',
  'poster',
  'ping',
  'alt',
  'title',
  'rel',
  'target',
  'width',
  'class',
  'id',
  'cite',
  'referrerpolicy',
];
const SOUP_VALUES = [
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'java&#x09;script:alert(1)',
  'java\tscript:alert(1)',
  '&#106;avascript:alert(1)',
  '&#0000106avascript:alert(1)',
  'javascript&colon;alert(1)',
  '\u0000javascript:alert(1)',
  'jav\nascript:alert(1)',
  'vbscript:msgbox(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2Zz4=',
  '//evil.example/x',
  'https://ok.example/a?b=1&c=2',
  '/relative/path',
  'mailto:a@b.example',
  '" onmouseover="alert(1)',
  "' onerror='alert(1)",
  'x" autofocus onfocus="alert(1)',
  'expression(alert(1))',
  'url(javascript:alert(1))',
  '',
];
const SOUP_TEXT = [
  'hello',
  ' ',
  '<',
  '>',
  '&',
  '"',
  "'",
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '</script>',
  '<script>alert(1)</script>',
  '&lt;script&gt;',
  '<img src=x onerror=alert(1)>',
  '<svg/onload=alert(1)>',
  '`',
  '=',
];

function soup(rand: () => number): string {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const parts: string[] = [];
  const n = 1 + Math.floor(rand() * 25);
  for (let i = 0; i < n; i++) {
    const r = rand();
    if (r < 0.45) {
      const attrs: string[] = [];
      const count = Math.floor(rand() * 4);
      for (let k = 0; k < count; k++) {
        const q = pick(['"', "'", '']);
        const value = pick(SOUP_VALUES);
        attrs.push(
          q ? `${pick(SOUP_ATTRS)}=${q}${value}${q}` : `${pick(SOUP_ATTRS)}=${value.replace(/\s/g, '')}`,
        );
      }
      parts.push(
        `<${pick(SOUP_TAGS)}${attrs.length ? ' ' : ''}${attrs.join(pick([' ', '/', '\n']))}${pick(['>', '/>', ' >'])}`,
      );
    } else if (r < 0.7) {
      parts.push(`</${pick(SOUP_TAGS)}>`);
    } else {
      parts.push(pick(SOUP_TEXT));
    }
  }
  return parts.join('');
}

const ALLOWED = new Set<string>(ALLOWED_TAGS);

function checkSafe(out: string): string | null {
  // Every "<" left in the output must open or close an allowed tag; text is escaped.
  for (const m of out.matchAll(/</g)) {
    const rest = out.slice(m.index + 1, m.index + 30);
    const name = /^\/?([a-zA-Z][a-zA-Z0-9]*)[\s/>]/.exec(rest)?.[1];
    if (!name || !ALLOWED.has(name)) return `unexpected "<${rest}"`;
  }
  let problem: string | null = null;
  const parser = new Parser({
    onopentag(name, attrs) {
      const allowed = ALLOWED_ATTRIBUTES[name] ?? [];
      for (const [key, value] of Object.entries(attrs)) {
        if (key.startsWith('on')) problem = `event handler ${key}`;
        if (!allowed.includes(key) && key !== 'rel' && key !== 'referrerpolicy' && key !== 'loading') {
          problem = `attribute ${key} on ${name}`;
        }
        if (key === 'href' || key === 'src') {
          const protocol = URL.canParse(value) ? new URL(value).protocol : 'unparseable';
          const ok = name === 'img' ? ['http:', 'https:'] : ['http:', 'https:', 'mailto:'];
          if (!ok.includes(protocol)) problem = `${key}=${value}`;
        }
      }
      if (name === 'a' && attrs.rel !== 'noopener noreferrer') problem = 'link without rel';
      if (name === 'img' && attrs.referrerpolicy !== 'no-referrer') problem = 'image without referrerpolicy';
    },
  });
  parser.write(out);
  parser.end();
  return problem;
}

describe('sanitiseHtml fuzzing', () => {
  it('lets no executable content through 3,000 random tag/attribute soups (seed 20261127)', () => {
    const rand = prng(20261127);
    const failures: string[] = [];
    let withMarkup = 0;
    for (let i = 0; i < 3000; i++) {
      const input = soup(rand);
      const out = sanitiseHtml(input, BASE);
      if (out.includes('<')) withMarkup++;
      const problem = checkSafe(out);
      if (problem) failures.push(`${problem}\n  in:  ${input}\n  out: ${out}`);
    }
    expect(failures.slice(0, 3)).toEqual([]);
    // The generator must also produce allowed markup, or the property would hold trivially.
    expect(withMarkup).toBeGreaterThan(1000);
  });

  it('flags unsafe output, so the property check itself can fail', () => {
    expect(checkSafe('<p onclick="x">a</p>')).not.toBeNull();
    expect(checkSafe('<a href="javascript:x" rel="noopener noreferrer">a</a>')).not.toBeNull();
    expect(checkSafe('<script>x</script>')).not.toBeNull();
    expect(checkSafe('<p>fine &lt;script&gt;</p>')).toBeNull();
  });
});

describe('sanitiseHtml properties', () => {
  it('is idempotent: sanitising its own output changes nothing (2,000 soups)', () => {
    const rand = prng(20261129);
    const changed: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const once = sanitiseHtml(soup(rand), BASE);
      const twice = sanitiseHtml(once, BASE);
      if (twice !== once) changed.push(`${once}\n  → ${twice}`);
    }
    expect(changed.slice(0, 3)).toEqual([]);
  });

  it('lets no executable content through whole-page extraction either (1,000 soup pages)', () => {
    const rand = prng(7);
    const failures: string[] = [];
    let withBody = 0;
    for (let i = 0; i < 1000; i++) {
      // Wrap the soup in an article with enough prose that the extractor keeps it.
      const page = `<html><body><article><p>${'The council met on Thursday and agreed the budget, after a long debate. '.repeat(3)}</p>${soup(rand)}<p>${'Officials said the plan would start in spring, with the first works in April. '.repeat(3)}</p></article></body></html>`;
      const html = extractHtml(page, { url: BASE }).bodyHtml;
      if (html !== '') withBody++;
      const problem = checkSafe(html);
      if (problem) failures.push(`${problem}\n  out: ${html}`);
    }
    expect(failures.slice(0, 3)).toEqual([]);
    // Soups that open <script>, <textarea> or <plaintext> swallow the rest of the page; most do not.
    expect(withBody).toBeGreaterThan(500);
  });
});

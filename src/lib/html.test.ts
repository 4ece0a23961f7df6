import { describe, expect, it } from 'vitest';
import { escapeHtml, html, jsonForScript, linkUrl, raw } from './html.js';

describe('html template', () => {
  it('escapes every interpolated string, including quotes for attributes', () => {
    const evil = `<script>alert("x")</script>' onload='x`;
    const out = html`<a title="${evil}">${evil}</a>`.value;
    expect(out).not.toContain('<script>');
    expect(out).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&#39; onload=&#39;x');
  });

  it('inserts raw() and nested html fragments unescaped, and joins arrays', () => {
    const inner = html`<b>${'a&b'}</b>`;
    const out = html`<p>${raw('<i>trusted</i>')}${inner}${['<', raw('<br>')]}</p>`.value;
    expect(out).toBe('<p><i>trusted</i><b>a&amp;b</b>&lt;<br></p>');
  });

  it('renders null, undefined and booleans as nothing but keeps zero', () => {
    expect(html`${null}${undefined}${false}${true}${0}`.value).toBe('0');
  });

  it('drops control characters that XML forbids', () => {
    expect(escapeHtml('a\u0002b\u0000c\nd')).toBe('abc\nd');
  });
});

describe('linkUrl', () => {
  it('keeps http(s) and site-relative links and refuses script and protocol-relative ones', () => {
    expect(linkUrl('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(linkUrl('/stories/1')).toBe('/stories/1');
    expect(linkUrl('javascript:alert(1)')).toBeNull();
    expect(linkUrl('//evil.example/')).toBeNull();
    expect(linkUrl('data:text/html,hi')).toBeNull();
    expect(linkUrl(null)).toBeNull();
  });
});

describe('jsonForScript', () => {
  it('cannot close the script element or open a comment', () => {
    const out = jsonForScript({ a: '</script><!--&\u2028' });
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual({ a: '</script><!--&\u2028' });
  });
});

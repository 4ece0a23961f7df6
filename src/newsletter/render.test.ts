import { describe, expect, it } from 'vitest';
import type { LetterContent } from './letter-content.js';
import { renderHtml } from './render-html.js';
import { renderText } from './render-text.js';

const EVIL = `<img src=x onerror=alert(1)>"' onmouseover="x" &amp;`;

function hostileLetter(): LetterContent {
  return {
    list: 'briefing',
    date: '2026-12-07',
    title: `Title ${EVIL}`,
    subject: `Subject ${EVIL}`,
    preheader: `Preheader ${EVIL}`,
    intro: `Intro ${EVIL}`,
    empty: 'none',
    siteUrl: 'https://news.example.org',
    webUrl: 'https://news.example.org/letters/briefing/2026-12-07',
    items: [
      {
        storyId: 1,
        headline: `Headline ${EVIL}`,
        standfirst: null,
        url: 'https://news.example.org/stories/1',
        facts: [`Fact ${EVIL}`],
        perspectives: [
          {
            label: `Label ${EVIL}`,
            outlets: [`Outlet ${EVIL}`],
            quote: { text: `Quote ${EVIL}`, speaker: `Speaker ${EVIL}`, outlet: `Via ${EVIL}` },
          },
        ],
        image: { url: 'https://img.example/a.jpg?x=1&y="2"', alt: `Alt ${EVIL}`, credit: `Credit ${EVIL}` },
        note: `Note ${EVIL}`,
        outletCount: 2,
      },
    ],
  };
}

describe('rendering hostile text', () => {
  it('escapes every field in the HTML part, in text and in attributes', () => {
    const out = renderHtml(hostileLetter());
    expect(out).not.toContain('<img src=x');
    expect(out).not.toContain('" onmouseover="');
    const escaped = '&lt;img src=x onerror=alert(1)&gt;&quot;&#39; onmouseover=&quot;x&quot; &amp;amp;';
    for (const field of [
      'Subject',
      'Preheader',
      'Title',
      'Intro',
      'Headline',
      'Fact',
      'Label',
      'Outlet',
      'Quote',
    ]) {
      expect(out).toContain(`${field} ${escaped}`);
    }
    for (const field of ['Speaker', 'Via', 'Credit', 'Note']) expect(out).toContain(`${field} ${escaped}`);
    expect(out).toContain(`alt="Alt ${escaped}"`);
    expect(out).toContain('src="https://img.example/a.jpg?x=1&amp;y=&quot;2&quot;"');
    expect([...out.matchAll(/<img\b/g)]).toHaveLength(1);
  });

  it('keeps the text part as written: plain text needs no escaping', () => {
    const text = renderText(hostileLetter());
    expect(text).toContain(`Headline ${EVIL}`);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain(`“Quote ${EVIL}” — Speaker ${EVIL}, via Via ${EVIL}`);
    expect(flat).toContain(`[Image: Alt ${EVIL} (Credit ${EVIL})]`);
  });
});

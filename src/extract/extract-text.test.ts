import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractText } from './index.js';

const page = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const paragraphs = (bodyText: string) => bodyText.split('\n\n');

function expectChromeAbsent(bodyText: string, phrases: string[]): void {
  for (const phrase of phrases)
    expect(bodyText, `"${phrase}" should not be in the body`).not.toContain(phrase);
}

describe('extractText on a magazine essay', () => {
  const a = extractText(page('magazine-essay.txt'));

  it('recovers headline, standfirst, byline, date, section and site', () => {
    expect(a.title).toBe('The long afternoon of the river towns');
    expect(a.standfirst).toBe(
      'As the barges stopped coming, the small ports along the Varna found new trades and an unexpected kind of civic life.',
    );
    expect(a.byline).toBe('Mirela Ostrova');
    expect(a.published?.toISOString()).toBe('2026-11-27T00:00:00.000Z');
    expect(a.section).toBe('Essays');
    expect(a.siteName).toBe('The Quarterly Review');
  });

  it('pairs the "Image credit:" line with the caption line after it', () => {
    expect(a.image).toEqual({
      url: null,
      caption: "Dockworkers' cottages at Lessing, photographed in October.",
      credit: 'Tomas Lind/Northlight Images',
    });
  });

  it('keeps all six paragraphs, including the attributed views', () => {
    const body = paragraphs(a.bodyText);
    expect(body).toHaveLength(6);
    expect(body[0]).toMatch(/^For most of the twentieth century/);
    expect(body).toContain(
      '"People assume a town without a port is a town without a purpose," says Anka Doltz, who chairs the Lessing residents\' association. "We found out that the purpose was each other."',
    );
    expect(body[3]).toMatch(/^The historian Piet Varga/);
    expect(body[4]).toMatch(/^Not everyone is convinced\. "It is a pleasant story/);
    expect(body[5]).toMatch(/^Both men agree on one thing/);
  });

  it('drops the subscribe block mid-body, the "Explore more" list and the footer', () => {
    expectChromeAbsent(a.bodyText, [
      'Subscribe',
      'delivered to your inbox',
      'Enter your email',
      'Sign up',
      'Explore more',
      'Cartographers of Nowhere',
      'Letters from the Delta',
      'All rights reserved',
      'Image credit',
      'Dockworkers',
      'Menu',
    ]);
  });
});

describe('extractText on a newspaper page with "Photo:" credit, newsletter and share lines', () => {
  const a = extractText(page('newspaper-photo-newsletter.txt'));

  it('recovers headline, standfirst, byline without the dateline place, and both dates', () => {
    expect(a.title).toBe('Harbour strike enters third week as talks stall');
    expect(a.standfirst).toBe(
      'Union says members will not return until the pay offer matches inflation, as the port authority warns of shortages within days',
    );
    expect(a.byline).toBe('Ana Belić');
    expect(a.published?.toISOString()).toBe('2026-11-23T14:05:00.000Z');
    expect(a.updated?.toISOString()).toBe('2026-11-23T16:20:00.000Z');
  });

  it('splits a caption line that ends in "Photo: …"', () => {
    expect(a.image?.caption).toBe(
      'Dock workers picket outside the container terminal at Port Saro on Monday.',
    );
    expect(a.image?.credit).toBe('Ana Belić/Reuters');
  });

  it('keeps the five paragraphs and drops the newsletter promotion and share lines', () => {
    const body = paragraphs(a.bodyText);
    expect(body).toHaveLength(5);
    expect(body[1]).toBe(
      '"We are not going back for a pay cut dressed up as a pay rise," said Vesna Orlić, the union\'s regional secretary, speaking to pickets at the main gate.',
    );
    expect(body[3]).toMatch(/^Supermarkets in the region have begun rationing/);
    expectChromeAbsent(a.bodyText, [
      'Sign up',
      'newsletter',
      'Privacy Notice',
      'Share',
      'Copy link',
      'Reuse this content',
      'Skip to main content',
      'Lifestyle',
      'Photo:',
    ]);
  });
});

describe('extractText on a local news page with navigation, cookie notice and adverts', () => {
  const a = extractText(page('local-news-nav-cookies.txt'), {
    url: 'https://riverside.example/news/tram-vote',
  });

  it('skips the menu and cookie lines to find the headline, section, byline and date', () => {
    expect(a.title).toBe('City council approves new tram line after decade of debate');
    expect(a.section).toBe('Business');
    expect(a.byline).toBe('Tomasz Wren');
    expect(a.published?.toISOString()).toBe('2026-03-12T00:00:00.000Z');
    expect(a.standfirst).toBeNull();
    expect(a.siteName).toBe('Riverside Evening Post');
    expect(a.image).toBeNull();
  });

  it('keeps the four paragraphs and drops adverts, related stories and footer lines', () => {
    const body = paragraphs(a.bodyText);
    expect(body).toHaveLength(4);
    expect(body[0]).toMatch(/^Councillors voted 41 to 12/);
    expect(body[3]).toBe(
      'The line is expected to cost £310m, with most of the money coming from a regional transport fund.',
    );
    expectChromeAbsent(a.bodyText, [
      'Advertisement',
      'cookies',
      'Accept all',
      'Manage settings',
      'Related stories',
      'Bus fares to rise',
      'Follow us',
      'Copyright',
      "What's On",
    ]);
  });
});

describe('extractText on a minimal hard-wrapped page', () => {
  const a = extractText(page('minimal-wrapped.txt'));

  it('recovers headline, byline and date and leaves unknown fields empty', () => {
    expect(a.title).toBe('Water levels fall in northern reservoirs');
    expect(a.byline).toBe('Lina Haas');
    expect(a.published?.toISOString()).toBe('2026-07-03T00:00:00.000Z');
    expect(a.standfirst).toBeNull();
    expect(a.image).toBeNull();
    expect(a.section).toBeNull();
    expect(a.tags).toEqual([]);
  });

  it('joins hard-wrapped lines back into paragraphs', () => {
    expect(paragraphs(a.bodyText)).toEqual([
      'Reservoirs across the northern hills have fallen to their lowest July level in thirty years, the water board said on Friday, after the driest spring since records began.',
      'The board said it had no plans to introduce a hosepipe ban but asked households to take shorter showers and to report leaks as soon as they saw them.',
      'Farmers in the valleys said some streams had already stopped running.',
    ]);
    expect(a.bodyHtml).toBe(
      paragraphs(a.bodyText)
        .map((p) => `<p>${p}</p>`)
        .join('\n'),
    );
  });
});

describe('extractText on short hand-written pages', () => {
  it('takes the date from the URL when the text has none', () => {
    const a = extractText(
      'Bridge reopens after repairs\n\nThe bridge reopened to traffic this morning after six weeks of work.',
      {
        url: 'https://example.org/2026/05/14/bridge-reopens',
      },
    );
    expect(a.title).toBe('Bridge reopens after repairs');
    expect(a.published?.toISOString()).toBe('2026-05-14T00:00:00.000Z');
    expect(a.bodyText).toBe('The bridge reopened to traffic this morning after six weeks of work.');
  });

  it('drops a caption line repeated further down as image alt text', () => {
    const text = [
      'Floods close the valley road',
      'By Ana Ruiz',
      'Photo: Lee Park/Valley Press',
      'Water covers the road near Hollin Bridge.',
      'The valley road was closed on Tuesday after the river burst its banks for the second time this winter.',
      'Water covers the road near Hollin Bridge.',
      'Engineers said it could take a week for the water to drain.',
    ].join('\n');
    const a = extractText(text);
    expect(a.image?.caption).toBe('Water covers the road near Hollin Bridge.');
    expect(a.image?.credit).toBe('Lee Park/Valley Press');
    expect(paragraphs(a.bodyText)).toEqual([
      'The valley road was closed on Tuesday after the river burst its banks for the second time this winter.',
      'Engineers said it could take a week for the water to drain.',
    ]);
  });

  it('escapes markup that appears in the text when building bodyHtml', () => {
    const a = extractText(
      'A headline about tags\n\nBy Jo Lee\n\nSome people type <script>alert(1)</script> into forms, the report found.',
    );
    expect(a.bodyHtml).not.toContain('<script');
    expect(a.bodyHtml).toContain('&lt;script&gt;');
  });
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractArticle, extractHtml } from './index.js';

const page = (name: string) => readFileSync(new URL(`./testdata/${name}`, import.meta.url), 'utf8');
const paragraphs = (bodyText: string) => bodyText.split('\n\n');

function expectChromeAbsent(bodyText: string, phrases: string[]): void {
  for (const phrase of phrases)
    expect(bodyText, `"${phrase}" should not be in the body`).not.toContain(phrase);
}

describe('extractHtml on a news page with cookie banner and newsletter box', () => {
  const url = 'https://www.meridiancourier.example/world/2026/11/27/port-talks-collapse';
  const a = extractHtml(page('news-cookie-newsletter.html'), { url });

  it('recovers the metadata from Open Graph, article:* and JSON-LD', () => {
    expect(a.title).toBe('Port talks collapse as dockers vote to extend strike');
    expect(a.standfirst).toBe(
      'Union rejects final offer as shipping lines divert cargo to neighbouring ports',
    );
    expect(a.byline).toBe('Jana Roe and Tomas Lind');
    expect(a.published?.toISOString()).toBe('2026-11-27T09:30:00.000Z');
    expect(a.updated?.toISOString()).toBe('2026-11-27T14:05:00.000Z');
    expect(a.language).toBe('en-GB');
    expect(a.canonicalUrl).toBe('https://www.meridiancourier.example/world/2026/11/27/port-talks-collapse');
    expect(a.siteName).toBe('The Meridian Courier');
    expect(a.section).toBe('World');
    expect(a.tags).toEqual(['Labour', 'Shipping', 'Port Saro']);
  });

  it('splits the figcaption into caption and the credit span', () => {
    expect(a.image).toEqual({
      url: 'https://cdn.meridiancourier.example/img/2026/11/port-saro-pickets.jpg',
      caption: 'Pickets outside the container terminal on Thursday.',
      credit: 'Mara Keel/Harbour Press Agency',
    });
  });

  it('keeps every paragraph, the sub-heading and the pull quote', () => {
    const body = paragraphs(a.bodyText);
    expect(body[0]).toMatch(/^Talks to end the strike at Port Saro collapsed/);
    expect(body).toContain('Cargo diverted');
    expect(body).toContain('We cannot run a port on promises we are unable to keep.');
    expect(body.at(-1)).toMatch(/^Business groups in the region have called/);
    expect(body).toHaveLength(8);
  });

  it('drops the cookie banner, newsletter box, share bar, ads, related list and header', () => {
    expectChromeAbsent(a.bodyText, [
      'We use cookies',
      'Accept all',
      'Get the Morning Courier',
      'delivered to your inbox',
      'Share on Facebook',
      'Advertisement',
      'Related stories',
      'Read more',
      'Port talks collapse as dockers',
      'By Jana Roe',
      'Pickets outside',
      'All rights reserved',
    ]);
  });

  it('renders sanitised HTML with headings, quotes and no scripts', () => {
    expect(a.bodyHtml).toContain('<h2>Cargo diverted</h2>');
    expect(a.bodyHtml).toContain('<blockquote>');
    expect(a.bodyHtml).not.toMatch(/<script|dataLayer|class=/);
  });
});

describe('extractHtml on a magazine page with a "Photo:" credit in the figcaption', () => {
  const a = extractHtml(page('magazine-photo-credit.html'), {
    url: 'https://lanternquarterly.example/features/the-depot-dancers',
  });

  it('takes the headline from <h1>, the standfirst from the dek and the byline from rel=author', () => {
    expect(a.title).toBe('The depot dancers');
    expect(a.standfirst).toBe(
      'In a disused tram depot, a company of retired factory workers has built the city’s most talked-about stage.',
    );
    expect(a.byline).toBe('Ines Okafor');
    expect(a.published?.toISOString()).toBe('2026-10-02T00:00:00.000Z');
    expect(a.updated).toBeNull();
    expect(a.language).toBe('en');
    expect(a.siteName).toBe('Lantern Quarterly');
    expect(a.section).toBe('Culture');
    expect(a.tags).toEqual(['Dance', 'Cities']);
    expect(a.canonicalUrl).toBe('https://lanternquarterly.example/features/the-depot-dancers');
  });

  it('splits "Photo: …" off the caption and resolves the figure image', () => {
    expect(a.image).toEqual({
      url: 'https://lanternquarterly.example/media/depot-rehearsal.jpg',
      caption: 'A dancer rehearses beneath the old gantry crane.',
      credit: 'Paolo Renn',
    });
  });

  it('keeps list items and the blockquote and drops comments and the read-more box', () => {
    const body = paragraphs(a.bodyText);
    expect(body).toContain('the shift bell that ended every working day');
    expect(body).toContain(
      'We did not set out to make art. We set out to have somewhere warm to go on a Tuesday.',
    );
    expect(body.at(-1)).toMatch(/^Tickets for the spring run sold out/);
    expect(body).toHaveLength(11);
    expectChromeAbsent(a.bodyText, [
      'I saw their first show',
      'comments',
      'Read more',
      'mill songs',
      'Photo: Paolo',
    ]);
    expect(a.bodyHtml).toContain('<ul>\n<li>the rhythm of the looms</li>');
  });
});

describe('extractHtml on a page whose image credit is only in JSON-LD', () => {
  const a = extractHtml(page('jsonld-credit.html'), {
    url: 'https://coastlinedaily.example/news/ferry-service-resumes-after-storm',
  });

  it('reads headline, dates, section, keywords and language from the JSON-LD graph', () => {
    expect(a.title).toBe('Ferry service resumes after three-day storm closure');
    expect(a.standfirst).toBe(
      'Islanders stranded by Storm Edda can travel again, but operators warn of a backlog of freight',
    );
    expect(a.published?.toISOString()).toBe('2026-02-14T06:15:00.000Z');
    expect(a.updated?.toISOString()).toBe('2026-02-14T10:40:00.000Z');
    expect(a.section).toBe('Local');
    expect(a.tags).toEqual(['ferries', 'weather', 'transport']);
    expect(a.language).toBe('en-IE');
    expect(a.siteName).toBe('Coastline Daily');
    expect(a.canonicalUrl).toBe('https://coastlinedaily.example/news/ferry-service-resumes-after-storm');
  });

  it('gives the house byline the page prints when no person is named, not the publisher filled in as author', () => {
    // JSON-LD names the publisher as author (an SEO plugin's default); the page prints "By Coastline Daily Staff".
    expect(a.byline).toBe('Coastline Daily Staff');
  });

  it('follows the @id reference to the ImageObject for the credit', () => {
    expect(a.image).toEqual({
      url: 'https://coastlinedaily.example/wp-content/uploads/2026/02/ferry-harbour.jpg',
      caption: 'The first sailing leaves Kilbrack harbour on Saturday morning.',
      credit: 'Lena Fisk/Harbour Press Agency',
    });
  });

  it('keeps the articleBody paragraphs and drops share links and the most-read box inside it', () => {
    const body = paragraphs(a.bodyText);
    expect(body).toHaveLength(5);
    expect(body[0]).toMatch(/^Ferries between the mainland/);
    expect(body[3]).toMatch(/^Island councillor Brid Malone/);
    expectChromeAbsent(a.bodyText, [
      'WhatsApp',
      'Copy link',
      'Most read',
      'Harbour wall repairs',
      'Lifeboat crew',
      '7°C',
    ]);
  });
});

describe('extractHtml on a blog page without <article> or <main>', () => {
  const a = extractHtml(page('blog-no-article.html'), {
    url: 'https://edmarsh.example/2026/03/03/counting-swifts-on-the-estuary/',
  });

  it('takes the title from <title> minus the blog name, not the blog-name <h1>', () => {
    expect(a.title).toBe('Counting swifts on the estuary');
  });

  it('finds the author class, the URL date, og:locale and rel=tag links', () => {
    expect(a.byline).toBe('Ed Marsh');
    expect(a.published?.toISOString()).toBe('2026-03-03T00:00:00.000Z');
    expect(a.language).toBe('en-GB');
    expect(a.tags).toEqual(['swifts', 'estuary']);
    expect(a.standfirst).toBeNull();
    expect(a.siteName).toBeNull();
  });

  it('reads "(Photo by …)" from a wp-caption as the credit', () => {
    expect(a.image).toEqual({
      url: 'https://edmarsh.example/wp-content/uploads/2026/03/swifts-dusk.jpg',
      caption: 'Swifts gathering over the salt marsh at dusk.',
      credit: 'Ed Marsh',
    });
  });

  it('finds the post by text density, splits <br><br> into paragraphs and drops the sidebar', () => {
    const body = paragraphs(a.bodyText);
    expect(body).toEqual([
      expect.stringMatching(/^I went down to the estuary on Sunday evening/),
      expect.stringMatching(/^At first there were a dozen/),
      'By the time the flock settled I had a rough total of 2,300 birds.',
      expect.stringMatching(/^That is the highest count I have made/),
      expect.stringMatching(/^I have sent the numbers to the county bird club/),
    ]);
    expectChromeAbsent(a.bodyText, [
      'Archives',
      'Blogroll',
      'Share this',
      'Leave a Reply',
      'Posted on',
      'Tags:',
      'Field Notes',
    ]);
  });
});

describe('extractHtml on a wire-service story', () => {
  const a = extractHtml(page('wire-story.html'), {
    url: 'https://www.wirepress.example/world/grain-exports-rise-2026-11-27/',
  });

  it('strips "By" from the JSON-LD author and reads the article:* tags', () => {
    expect(a.title).toBe('Grain exports rise as sea route reopens');
    expect(a.byline).toBe('Mira Holt');
    expect(a.published?.toISOString()).toBe('2026-11-27T06:12:00.000Z');
    expect(a.updated?.toISOString()).toBe('2026-11-27T08:40:00.000Z');
    expect(a.section).toBe('World');
    expect(a.tags).toEqual(['Commodities', 'Shipping', 'Agriculture']);
    expect(a.canonicalUrl).toBe('https://www.wirepress.example/world/grain-exports-rise-2026-11-27/');
  });

  it('takes an agency credit from the last sentence of the caption', () => {
    expect(a.image?.caption).toBe('Workers unload grain at the port of Saro, November 26, 2026.');
    expect(a.image?.credit).toBe('Wirepress/Kai Moreno');
    expect(a.image?.url).toBe(
      'https://static.wirepress.example/resizer/v2/GRAIN-PORT-SARO.jpg?auth=abc&width=1200',
    );
  });

  it('keeps the dateline paragraph and drops the ad, sign-up link and standards footer', () => {
    const body = paragraphs(a.bodyText);
    expect(body[0]).toMatch(/^PORT SARO, Nov 27 \(Wirepress\) - Grain shipments/);
    expect(body).toContain(
      'Wheat made up nearly half of the cargo, with maize and sunflower oil accounting for most of the rest.',
    );
    expectChromeAbsent(a.bodyText, [
      'Scroll to continue',
      'Sign up here',
      'Our Standards',
      'Updated 2 hours ago',
      'Save',
    ]);
  });
});

describe('extractHtml on small hand-written pages', () => {
  const url = 'https://example.org/news/1';

  it('scores text density when the page marks nothing, skipping link-heavy navigation', () => {
    const prose =
      'The river rose by a metre overnight, and the council opened two shelters on the high street. ';
    const html = `<body><div class="nav-links">${'<a href="/x">Link text here</a> '.repeat(40)}</div>
      <div class="x"><p>${prose.repeat(3)}</p><p>${prose.repeat(2)}</p></div></body>`;
    const a = extractHtml(html, { url });
    expect(paragraphs(a.bodyText)).toHaveLength(2);
    expect(a.bodyText).not.toContain('Link text');
  });

  it('makes relative links absolute and marks them noopener in bodyHtml', () => {
    const html = `<article><p>Read the <a href="/report.pdf" onclick="steal()">full report</a> of the inquiry, published today by the regional assembly after a year of hearings.</p></article>`;
    const a = extractHtml(html, { url });
    expect(a.bodyHtml).toContain(
      '<a href="https://example.org/report.pdf" rel="noopener noreferrer">full report</a>',
    );
    expect(a.bodyHtml).not.toContain('onclick');
  });

  it('resolves relative URLs against <base href> when the page declares one', () => {
    const html = `<head><base href="https://cdn.example.net/site/"><link rel="canonical" href="story-1"></head>
      <article><p>See the <a href="docs/map.html">flood map</a> for the areas at risk, which the agency updates every morning at six.</p></article>`;
    const a = extractHtml(html, { url });
    expect(a.canonicalUrl).toBe('https://cdn.example.net/site/story-1');
    expect(a.bodyHtml).toContain('href="https://cdn.example.net/site/docs/map.html"');
  });

  it('dispatches extractArticle to the HTML or the text extractor by kind', () => {
    const input =
      'Flood warning for the valley\n\nThe river is expected to peak on Sunday evening, forecasters said.';
    const asText = extractArticle(input, { url, kind: 'text' });
    expect(asText.title).toBe('Flood warning for the valley');
    expect(asText.bodyText).toBe('The river is expected to peak on Sunday evening, forecasters said.');
    const asHtml = extractArticle(input, { url, kind: 'html' });
    expect(asHtml.title).toBeNull();
    expect(asHtml.bodyText).toContain('Flood warning for the valley The river is expected');
  });

  it('returns an empty body, not an exception, for a page with no text', () => {
    const a = extractHtml(
      '<html><head><title>Nothing | Site</title></head><body><img src="x.png"></body></html>',
      { url },
    );
    expect(a.bodyText).toBe('');
    expect(a.bodyHtml).toBe('');
    expect(a.title).toBe('Nothing');
  });
});

describe('extractHtml with a description the site cut mid-character', () => {
  it('skips a description holding U+FFFD for the next one, and shows none when all are damaged', () => {
    const head = (metas: string) =>
      `<html><head><title>Ferry timetable changes</title>${metas}</head><body><article><h1>Ferry timetable changes</h1><p>${'The winter timetable starts on Monday with fewer crossings. '.repeat(4)}</p></article></body></html>`;
    const cut = 'Winter crossings fall to four a day and the late boat is cancelled \uFFFD...';
    const both = extractHtml(
      head(
        `<meta name="description" content="${cut}"><meta name="twitter:description" content="Four crossings a day from Monday.">`,
      ),
      { url: 'https://ferries.example/news/timetable' },
    );
    expect(both.standfirst).toBe('Four crossings a day from Monday.');
    const only = extractHtml(head(`<meta name="description" content="${cut}">`), {
      url: 'https://ferries.example/news/timetable',
    });
    expect(only.standfirst).toBeNull();
  });
});

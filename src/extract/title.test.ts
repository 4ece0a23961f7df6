import { describe, expect, it } from 'vitest';
import { chooseTitle, stripSiteName } from './title.js';

describe('stripSiteName', () => {
  it('removes a known site name after or before a separator', () => {
    expect(stripSiteName('Harbour strike deepens | The Daily', 'The Daily')).toBe('Harbour strike deepens');
    expect(stripSiteName('Harbour strike deepens - Daily', 'The Daily')).toBe('Harbour strike deepens');
    expect(stripSiteName('The Daily | Harbour strike deepens', 'The Daily')).toBe('Harbour strike deepens');
  });

  it('guesses a short trailing site name only when allowed', () => {
    expect(stripSiteName('Counting swifts on the estuary – Field Notes', null)).toBe(
      'Counting swifts on the estuary',
    );
    expect(stripSiteName('Counting swifts on the estuary – Field Notes', null, false)).toBe(
      'Counting swifts on the estuary – Field Notes',
    );
  });

  it('leaves headlines with colons and dashes alone', () => {
    expect(stripSiteName('Inflation: what it means for your rent', null)).toBe(
      'Inflation: what it means for your rent',
    );
    expect(stripSiteName('Ukraine war: latest', null)).toBe('Ukraine war: latest');
  });
});

describe('stripSiteName with the page address', () => {
  it('drops a tail whose words are spelt in the host name, even after a dash', () => {
    expect(
      stripSiteName('Best EVs of 2026 - Car Talk', null, false, 'https://www.cartalk.example/best-evs'),
    ).toBe('Best EVs of 2026');
    expect(stripSiteName('Best EVs of 2026 - Car Talk', null, false, 'https://news.example/best-evs')).toBe(
      'Best EVs of 2026 - Car Talk',
    );
  });

  it('drops a section and a site after two pipes', () => {
    expect(stripSiteName('Helping children sleep | Patient Education | Riverside Hospital', null)).toBe(
      'Helping children sleep',
    );
  });
});

describe('chooseTitle', () => {
  const base = { siteName: null, pageUrl: 'https://coastline.example/news/1', ldHeadline: null };

  it('takes the visible heading over a social title reworded for search engines', () => {
    expect(
      chooseTitle({
        ...base,
        headings: ['Sixty clothing brands from the coast making greener fashion'],
        social: 'The 59 greenest clothing brands from the coast',
        titleTag: 'The 59 greenest clothing brands from the coast',
      }),
    ).toBe('Sixty clothing brands from the coast making greener fashion');
  });

  it('keeps the declared title when the only heading is a section label', () => {
    expect(
      chooseTitle({
        ...base,
        headings: ['M&A Updates'],
        social: 'Cybersecurity sector update, autumn 2026',
        titleTag: 'Cybersecurity sector update, autumn 2026',
      }),
    ).toBe('Cybersecurity sector update, autumn 2026');
  });

  it('picks, of several headings, the one the declared title repeats, without the site name', () => {
    expect(
      chooseTitle({
        ...base,
        siteName: 'Mottiv',
        headings: ['Get a free plan', 'Free ten-week marathon plan'],
        social: 'Free ten-week marathon plan | Mottiv',
        titleTag: 'Free ten-week marathon plan | Mottiv',
      }),
    ).toBe('Free ten-week marathon plan');
  });

  it('drops a label or a date printed before the headline inside the heading', () => {
    const declared = { social: 'Preparing a transition in the build farm', titleTag: null };
    expect(
      chooseTitle({
        ...base,
        ...declared,
        headings: ['Dec 18 2026 Preparing a transition in the build farm'],
      }),
    ).toBe('Preparing a transition in the build farm');
    expect(
      chooseTitle({ ...base, ...declared, headings: ['Blog: Preparing a transition in the build farm'] }),
    ).toBe('Preparing a transition in the build farm');
  });

  it('skips a heading that is the blog name the <title> carries after its separator', () => {
    expect(
      chooseTitle({
        ...base,
        headings: ["Jan's Workshop", 'Planing by hand'],
        social: null,
        titleTag: "Planing by hand - Jan's Workshop",
      }),
    ).toBe('Planing by hand');
  });

  it('falls back to the declared title without its piped site name when the page has no heading', () => {
    expect(
      chooseTitle({ ...base, headings: [], social: 'The ultimate car checklist | Tyre Co', titleTag: null }),
    ).toBe('The ultimate car checklist');
    expect(chooseTitle({ ...base, headings: [], social: null, titleTag: null })).toBeNull();
  });
});

import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { coverageBar } from './coverage-bar.js';

const slices = [
  { key: 'state', label: 'State media', count: 3 },
  { key: 'private', label: 'Private <media>', count: 1 },
  { key: 'public', label: 'Public', count: 0 },
];

describe('coverageBar', () => {
  it('draws one segment per non-empty slice, each with a title stating count and share', () => {
    const out = coverageBar(slices, {
      id: 'cov-own',
      title: 'Coverage by ownership',
      kind: 'ownership',
    }).value;
    const titles = [...out.matchAll(/<g><title>([^<]*)<\/title>/g)].map((m) => m[1]);
    expect(titles).toEqual(['State media: 3 articles (75%)', 'Private &lt;media&gt;: 1 article (25%)']);
    expect(out).toContain('width="75.000%"');
    expect(out).toContain('x="75.000%"');
  });

  it('labels the SVG for screen readers and adds a legend', () => {
    const out = coverageBar(slices, {
      id: 'cov-own',
      title: 'Coverage by ownership',
      kind: 'ownership',
    }).value;
    expect(out).toContain('role="img"');
    expect(out).toContain('aria-labelledby="cov-own-title cov-own-desc"');
    expect(out).toContain('<title id="cov-own-title">Coverage by ownership</title>');
    expect(out).toMatch(/<ul class="legend">.*State media/s);
    const doc = parseDocument(out, { xmlMode: true });
    expect(doc.children.length).toBeGreaterThan(0);
  });

  it('renders a mini bar without caption or legend and nothing for no coverage', () => {
    const mini = coverageBar(slices, { id: 'm1', title: 'Coverage', kind: 'country', mini: true }).value;
    expect(mini).toContain('<svg');
    expect(mini).not.toContain('legend');
    expect(coverageBar([], { id: 'x', title: 'none', kind: 'country' }).value).toBe('');
  });

  it('names a narrow country segment by its code when its full name does not fit, and never leaves a bare count that could', () => {
    const countries = [
      { key: 'CN', label: 'China', count: 12 },
      { key: 'US', label: 'United States', count: 1 },
    ];
    const out = coverageBar(countries, { id: 'c', title: 'By country', kind: 'country' }).value;
    const labels = [...out.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(labels).toEqual(['China 12', 'US 1']);
  });
});

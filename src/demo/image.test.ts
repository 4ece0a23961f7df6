import { describe, expect, it } from 'vitest';
import { renderImageSvg, shade } from './image.js';
import { startDemoNewsroom } from './server.js';
import { xmlProblems } from './xml-check.js';

const spec = { key: 'outlet/slug', colour: '#b3261e', motif: 'harbour cranes', outletName: 'Huaxia Herald' };

describe('generated lead images', () => {
  it('draws the same SVG for the same article and a different one for another', () => {
    expect(renderImageSvg(spec)).toBe(renderImageSvg({ ...spec }));
    expect(renderImageSvg({ ...spec, key: 'outlet/other' })).not.toBe(renderImageSvg(spec));
  });

  it('is a well-formed 1200×675 SVG with a gradient in the outlet colour and the motif words', () => {
    const svg = renderImageSvg(spec);
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain('viewBox="0 0 1200 675"');
    expect(svg).toContain('<linearGradient');
    expect(svg).toContain(shade('#b3261e', 0.35));
    expect(svg).toContain('>harbour cranes</text>');
  });

  it('escapes motif and outlet name', () => {
    const svg = renderImageSvg({ ...spec, motif: 'A & <B>', outletName: '"Q" & Co' });
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toContain('A &amp; &lt;B&gt;');
  });

  it('shades towards white and black and tolerates odd colours', () => {
    expect(shade('#808080', 1)).toBe('#ffffff');
    expect(shade('#808080', -1)).toBe('#000000');
    expect(shade('#fff', 0)).toBe('#ffffff');
    expect(shade('not a colour', 0)).toBe('#555555');
  });

  it('is served as image/svg+xml at /<outlet>/images/<slug>.svg and 404s for unknown slugs', async () => {
    const nr = await startDemoNewsroom({ now: new Date('2026-11-27T12:00:00Z') });
    try {
      const { article } = nr.articleUrls[0]!;
      const res = await fetch(`${nr.origin}/${article.outlet}/images/${article.slug}.svg`);
      expect(res.headers.get('content-type')).toBe('image/svg+xml');
      expect(await res.text()).toContain(article.image.motif.replaceAll('&', '&amp;'));
      expect((await fetch(`${nr.origin}/${article.outlet}/images/nope.svg`)).status).toBe(404);
      expect((await fetch(`${nr.origin}/${article.outlet}/logo.svg`)).status).toBe(200);
    } finally {
      await nr.close();
    }
  });
});

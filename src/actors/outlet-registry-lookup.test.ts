import { describe, expect, it } from 'vitest';
import { createOutletRegistry, outletRegistry } from './outlet-registry.js';
import type { OutletRecord } from './types.js';

const record = (id: string, domains: string[]): OutletRecord => ({
  id: `outlet:${id}`,
  name: id,
  aliases: [],
  country: 'GB',
  language: 'en',
  ownership: 'public',
  genre: 'broadcaster',
  domains,
  basis: 'Fixture outlet for the lookup tests.',
  checked: '2026-12-01',
});

describe('outlet registry lookup by host', () => {
  const registry = createOutletRegistry([
    record('bbc', ['bbc.co.uk', 'bbc.com', 'feeds.bbci.co.uk']),
    record('bbc-news-local', ['news.bbc.co.uk']),
    record('hosted', ['blogs.example.com']),
  ]);

  it('matches the longest registered suffix on label boundaries', () => {
    expect(registry.byHost('www.bbc.com')?.id).toBe('outlet:bbc');
    expect(registry.byHost('sport.bbc.co.uk')?.id).toBe('outlet:bbc');
    expect(registry.byHost('feeds.bbci.co.uk')?.id).toBe('outlet:bbc');
    expect(registry.byHost('live.news.bbc.co.uk')?.id).toBe('outlet:bbc-news-local');
    expect(registry.byHost('BBC.CO.UK.')?.id).toBe('outlet:bbc');
  });

  it('never matches across a label boundary, a bare public suffix or a parent of a registered host', () => {
    expect(registry.byHost('notbbc.co.uk')).toBeNull();
    expect(registry.byHost('bbci.co.uk')).toBeNull();
    expect(registry.byHost('co.uk')).toBeNull();
    expect(registry.byHost('example.com')).toBeNull();
    expect(registry.byHost('')).toBeNull();
  });

  it('finds outlets by slug, and the shipped registry knows real outlets', () => {
    expect(registry.bySlug('bbc')?.domains).toContain('bbc.com');
    expect(outletRegistry().byHost('www.rt.com')).toMatchObject({ id: 'outlet:rt', country: 'RU' });
    expect(outletRegistry().byHost('www.aljazeera.com')).toMatchObject({
      country: 'QA',
      ownership: 'state-backed',
    });
  });
});

import { describe, expect, it } from 'vitest';
import { contentHash } from './hash.js';
import { slugify } from './slug.js';
import { formatAge } from './time.js';
import { hostOf, normalizeUrl } from './url.js';

describe('normalizeUrl', () => {
  it('drops fragments, tracking parameters, www and trailing slashes so one article has one key', () => {
    expect(normalizeUrl('https://WWW.Example.org/news/a/?utm_source=x&b=2&a=1#top')).toBe(
      'https://example.org/news/a?a=1&b=2',
    );
  });
  it('resolves relative links against a base and refuses non-http schemes', () => {
    expect(normalizeUrl('/x', 'http://127.0.0.1:4000/feed')).toBe('http://127.0.0.1:4000/x');
    expect(normalizeUrl('javascript:alert(1)')).toBeNull();
    expect(normalizeUrl('not a url')).toBeNull();
  });
  it('keeps the port in the host', () => {
    expect(hostOf('http://www.a.example:8080/p')).toBe('a.example:8080');
  });
});

describe('contentHash', () => {
  it('is blind to case, punctuation and spacing but not to words', () => {
    expect(contentHash('The deal, “renewed”  today.')).toBe(contentHash('the deal "renewed" today'));
    expect(contentHash('The deal renewed today')).not.toBe(contentHash('The deal ended today'));
  });
});

describe('slugify and formatAge', () => {
  it('makes ASCII slugs from accented titles', () => {
    expect(slugify('São Paulo: rail loan — approved!')).toBe('sao-paulo-rail-loan-approved');
  });
  it('speaks in minutes, hours then days', () => {
    const now = new Date('2026-11-28T12:00:00Z');
    expect(formatAge(new Date('2026-11-28T11:30:00Z'), now)).toBe('30 min ago');
    expect(formatAge(new Date('2026-11-28T07:00:00Z'), now)).toBe('5 h ago');
    expect(formatAge(new Date('2026-11-24T12:00:00Z'), now)).toBe('4 days ago');
  });
});

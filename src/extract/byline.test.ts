import { describe, expect, it } from 'vitest';
import { cleanAuthor, cleanByline, joinNames } from './byline.js';

describe('cleanByline', () => {
  it('strips "By" and similar lead-ins', () => {
    expect(cleanByline('By Jana Roe')).toBe('Jana Roe');
    expect(cleanByline('by: Jana Roe')).toBe('Jana Roe');
    expect(cleanByline('Words by Jana Roe')).toBe('Jana Roe');
  });

  it('keeps several names, joined for display', () => {
    expect(cleanByline('By Jana Roe and Tomas Lind')).toBe('Jana Roe and Tomas Lind');
    expect(cleanByline('By Jana Roe, Tomas Lind & Li Wei')).toBe('Jana Roe, Tomas Lind and Li Wei');
  });

  it('drops roles, affiliations, dates and dateline places', () => {
    expect(cleanByline('By Tomasz Wren, Transport Correspondent')).toBe('Tomasz Wren');
    expect(cleanByline('By Mira Holt, Reuters')).toBe('Mira Holt');
    expect(cleanByline('By Jana Roe | 27 November 2026')).toBe('Jana Roe');
    expect(cleanByline('Ana Belić in Port Saro')).toBe('Ana Belić');
  });

  it('returns null for staff, desks, wire services and the outlet itself', () => {
    expect(cleanByline('Staff')).toBeNull();
    expect(cleanByline('By staff reporter')).toBeNull();
    expect(cleanByline('Reuters')).toBeNull();
    expect(cleanByline('Web Desk')).toBeNull();
    expect(cleanByline('Coastline Daily', ['Coastline Daily'])).toBeNull();
    expect(cleanByline('By Coastline Daily Staff', ['Coastline Daily'])).toBeNull();
    expect(cleanByline('The Meridian Courier', ['Meridian Courier'])).toBeNull();
  });

  it('returns null for URLs and empty input', () => {
    expect(cleanAuthor('https://facebook.example/jana')).toBeNull();
    expect(cleanByline('')).toBeNull();
    expect(cleanByline(null)).toBeNull();
  });
});

describe('joinNames', () => {
  it('joins names without duplicates', () => {
    expect(joinNames(['A', 'B', 'a'])).toBe('A and B');
    expect(joinNames([])).toBeNull();
  });
});

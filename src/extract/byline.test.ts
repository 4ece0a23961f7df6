import { describe, expect, it } from 'vitest';
import { cleanAuthor, cleanByline, joinNames, looksLikeGroup, looksLikeName } from './byline.js';

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

describe('cleanByline on the open web', () => {
  it('cuts a date, a read time or an "Updated" note run into the name', () => {
    expect(cleanByline('Scott MattonMarch 2')).toBe('Scott Matton');
    expect(cleanByline('Wren HaleDec 04')).toBe('Wren Hale');
    expect(cleanByline('Ana Ruiz 4 August 2010')).toBe('Ana Ruiz');
    expect(cleanByline('Li Wei2026-11-23T08:10+02:00')).toBe('Li Wei');
    expect(cleanByline('Sam OrtUpdated: Dec 31')).toBe('Sam Ort');
    expect(cleanByline('Dr. Vahid Osman - Mar 27, 2026')).toBe('Dr. Vahid Osman');
  });

  it('strips "View all posts by", "Written by" and a lead-in run into the name', () => {
    expect(cleanByline('View all posts by Bryn Powell')).toBe('Bryn Powell');
    expect(cleanByline('ByAmy Roeder')).toBe('Amy Roeder');
    expect(cleanByline('Written By:Cazzy Magennis')).toBe('Cazzy Magennis');
    expect(cleanByline('Recipe by PJ Hamel')).toBe('PJ Hamel');
  });

  it('keeps the writer and drops a role printed after the name', () => {
    expect(cleanByline('Harry Rabinowitz | Tech Reporter')).toBe('Harry Rabinowitz');
    expect(cleanByline('Rasmus Berg Founder and Lead Reviewer')).toBe('Rasmus Berg');
  });

  it('takes the name after a date printed before it', () => {
    expect(cleanByline('Dec. 19, 2025 · Wren Hale')).toBe('Wren Hale');
    expect(cleanByline('Wren Hale • 5 min read')).toBe('Wren Hale');
  });

  it('skips a reviewer and takes the writer after it', () => {
    expect(cleanByline('Reviewed by Robert Tschudi | Ryan Noonan')).toBe('Ryan Noonan');
    expect(cleanByline('Medically reviewed by Dr. Ehsan Jazini')).toBeNull();
  });

  it('refuses handles, labels, bios, month names and organisations', () => {
    for (const raw of [
      'theobjectivedad',
      'andrew.keaveney',
      'brandon-peaktwo',
      'Name *',
      'Bio',
      'Full Bio',
      'Insights from',
      'Get in touch',
      'March',
      'Dec.',
      'Written By',
      'Recent Posts',
      'Head of Marketing and Community Development',
      'Cleveland Clinic',
      'CDC',
      'The Upwork Team',
    ])
      expect(cleanByline(raw), raw).toBeNull();
  });

  it('accepts names with particles, initials and apostrophes', () => {
    expect(looksLikeName('Nick van Mead')).toBe(true);
    expect(looksLikeName('Julian K. Arni')).toBe(true);
    expect(looksLikeName("Ellen O'Brien")).toBe(true);
    expect(looksLikeName('Zach')).toBe(true);
  });
});

describe('cleanByline with scope "groups"', () => {
  it('keeps a team, desk, wire service or organisation the byline names', () => {
    expect(cleanByline('By The Upwork Team', [], 'groups')).toBe('The Upwork Team');
    expect(cleanByline('News Desk', [], 'groups')).toBe('News Desk');
    expect(cleanByline('Podium Staff', [], 'groups')).toBe('Podium Staff');
    expect(cleanByline('the Lavazza Team', [], 'groups')).toBe('the Lavazza Team');
    expect(cleanByline('Reuters', [], 'groups')).toBe('Reuters');
    // The outlet itself is the stated author when no person is named.
    expect(cleanByline('Coastline Daily', ['Coastline Daily'], 'groups')).toBe('Coastline Daily');
  });

  it('keeps a group name with "and" in it whole', () => {
    expect(cleanByline('Wellness and Prevention', [], 'groups')).toBe('Wellness and Prevention');
  });

  it('refuses bare house words, handles, labels and lone capitals', () => {
    for (const raw of [
      'Staff',
      'By staff reporter',
      'Staff Reports',
      'Team',
      'Admin',
      'Anonymous',
      'Written By',
    ])
      expect(cleanByline(raw, [], 'groups'), raw).toBeNull();
    for (const raw of [
      'jdoe_admin',
      'crazy lennys',
      'q-admin',
      'RAJSHAHI',
      'Share this story',
      'Head of Marketing',
    ])
      expect(looksLikeGroup(raw), raw).toBe(false);
  });
});

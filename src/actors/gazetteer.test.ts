import { describe, expect, it } from 'vitest';
import { defaultGazetteerData } from './default-data.js';
import { findMentions } from './find-mentions.js';
import {
  blocMembers,
  countryAdjective,
  countryName,
  createGazetteer,
  getActor,
  listActors,
  outletByDomain,
} from './gazetteer.js';
import { parseGazetteerData } from './schema.js';

const g = createGazetteer();

describe('gazetteer data', () => {
  it('holds all 193 UN members, the two observers and Taiwan, Kosovo and Hong Kong', () => {
    const data = defaultGazetteerData();
    expect(data.countries.filter((c) => c.status === 'un-member')).toHaveLength(193);
    const others = data.countries.filter((c) => c.status !== 'un-member').map((c) => c.code);
    expect(others.sort()).toEqual(['HK', 'PS', 'TW', 'VA', 'XK']);
    expect(new Set(data.countries.map((c) => c.code)).size).toBe(data.countries.length);
  });

  it('dates every record', () => {
    const d = defaultGazetteerData();
    const all = [...d.countries, ...d.organisations, ...d.leaders, ...d.outlets, ...d.stopPhrases];
    expect(all.every((r) => /^\d{4}-\d{2}-\d{2}$/.test(r.checked))).toBe(true);
  });

  it('lists members only by known country codes, and leaders of every G20 country', () => {
    const d = defaultGazetteerData();
    const codes = new Set(d.countries.map((c) => c.code));
    for (const o of d.organisations)
      for (const m of o.members) expect(codes.has(m), `${o.id} ${m}`).toBe(true);
    const leaderCountries = new Set(d.leaders.map((l) => l.country));
    for (const c of blocMembers(g, 'bloc:g20')) expect(leaderCountries.has(c), c).toBe(true);
  });

  it('rejects data with a bad field and names it', () => {
    const bad = { ...defaultGazetteerData(), outlets: [{ id: 'outlet:x', name: 'X' }] };
    const parsed = parseGazetteerData(bad);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error).toMatch(/^outlets\.0\./);
  });

  it('lets no alias silently shadow another record', () => {
    expect(g.shadowedAliases).toEqual([]);
  });
});

describe('gazetteer lookups', () => {
  it('lists every actor once with a kind and id prefix that agree', () => {
    const actors = listActors(g);
    expect(new Set(actors.map((a) => a.id)).size).toBe(actors.length);
    for (const a of actors) expect(a.id.startsWith(`${a.kind}:`)).toBe(true);
    expect(actors.length).toBeGreaterThan(300);
  });

  it('gets one actor by id and null for an unknown one', () => {
    expect(getActor(g, 'country:cn')).toMatchObject({ name: 'China', kind: 'country', country: 'CN' });
    expect(getActor(g, 'person:xi-jinping')).toMatchObject({ kind: 'person', country: 'CN' });
    expect(getActor(g, 'outlet:xinhua')?.description).toBe('Chinese state wire');
    expect(getActor(g, 'bloc:nope')).toBeNull();
  });

  it('names countries and their adjectives, falling back to the code', () => {
    expect(countryAdjective(g, 'CN')).toBe('Chinese');
    expect(countryAdjective(g, 'us')).toBe('American');
    expect(countryAdjective(g, 'GB')).toBe('British');
    expect(countryName(g, 'RU')).toBe('Russia');
    expect(countryName(g, 'ZZ')).toBe('ZZ');
    expect(countryAdjective(g, 'ZZ')).toBe('ZZ');
  });

  it('knows bloc members', () => {
    expect(blocMembers(g, 'bloc:eu')).toHaveLength(27);
    expect(blocMembers(g, 'bloc:nato')).toContain('FI');
    expect(blocMembers(g, 'bloc:g7')).toEqual(['CA', 'FR', 'DE', 'IT', 'JP', 'GB', 'US']);
    expect(blocMembers(g, 'organisation:un')).toHaveLength(193);
    expect(blocMembers(g, 'bloc:unknown')).toEqual([]);
  });

  it('finds a real outlet by host name', () => {
    expect(outletByDomain(g, 'www.bbc.co.uk')?.id).toBe('outlet:bbc');
    expect(outletByDomain(g, 'english.news.cn')?.id).toBe('outlet:xinhua');
    expect(outletByDomain(g, 'example.org')).toBeNull();
  });

  it('builds from caller data alone when given it', () => {
    const small = createGazetteer({
      countries: [],
      organisations: [],
      leaders: [],
      outlets: [
        {
          id: 'outlet:huaxia-herald',
          name: 'Huaxia Herald',
          aliases: [],
          country: 'CN',
          ownership: 'state',
          genre: 'newspaper',
          domains: [],
          checked: '2026-11-28',
        },
      ],
      stopPhrases: [],
    });
    expect(findMentions('China, said the Huaxia Herald.', small).map((m) => m.actorId)).toEqual([
      'outlet:huaxia-herald',
    ]);
  });
});

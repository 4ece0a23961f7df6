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
  it('holds all 193 UN members, the two observers, Taiwan, Kosovo, Hong Kong and the dependent territories', () => {
    const data = defaultGazetteerData();
    expect(data.countries.filter((c) => c.status === 'un-member')).toHaveLength(193);
    const observers = data.countries.filter((c) => c.status === 'un-observer').map((c) => c.code);
    expect(observers.sort()).toEqual(['PS', 'VA']);
    const others = data.countries.filter((c) => c.status === 'other').map((c) => c.code);
    for (const code of ['TW', 'XK', 'HK', 'MO', 'PR', 'GL', 'GI', 'FK', 'NC', 'EH'])
      expect(others).toContain(code);
    expect(others.length).toBeGreaterThanOrEqual(35);
    // Territories say whose they are.
    for (const c of data.countries.filter((x) => x.status === 'other'))
      expect(c.description, c.code).toBeTruthy();
    expect(new Set(data.countries.map((c) => c.code)).size).toBe(data.countries.length);
  });

  it('gives every outlet a country, a language and an ownership kind', () => {
    const data = defaultGazetteerData();
    expect(data.outlets.length).toBeGreaterThanOrEqual(150);
    const kinds = new Set(data.outlets.map((o) => o.ownership));
    expect([...kinds].sort()).toEqual(['independent', 'private', 'public', 'state', 'state-backed']);
    expect(data.outlets.filter((o) => o.genre === 'wire').length).toBeGreaterThanOrEqual(20);
    for (const o of data.outlets) expect(o.language, o.id).toMatch(/^[a-z]{2,3}$/);
  });

  it('lists a head of state or government and the foreign minister of every G20 member', () => {
    const d = defaultGazetteerData();
    for (const code of blocMembers(g, 'bloc:g20')) {
      const roles = d.leaders.filter((l) => l.country === code).map((l) => l.role);
      expect(
        roles.some((r) => /^(?:President|King|Emperor|Prime Minister|Chancellor)\b/.test(r)),
        code,
      ).toBe(true);
      expect(
        roles.some((r) => /Foreign|Secretary of State|External Affairs|International Relations/.test(r)),
        code,
      ).toBe(true);
    }
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
          language: 'zh',
          ownership: 'state',
          genre: 'newspaper',
          domains: [],
          basis: 'A fictional state newspaper for this test.',
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

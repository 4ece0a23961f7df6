import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { OWNERSHIP_KINDS, checkOutletRegistry } from './outlet-registry-check.js';
import type { CountryRecord, OutletRecord } from './types.js';

const dataDir = path.join(import.meta.dirname, 'data');
const registryText = readFileSync(path.join(dataDir, 'outlets.json'), 'utf8');
const registry = JSON.parse(registryText) as OutletRecord[];
const countryCodes = new Set(
  (JSON.parse(readFileSync(path.join(dataDir, 'countries.json'), 'utf8')) as CountryRecord[]).map(
    (c) => c.code,
  ),
);

const good = {
  id: 'outlet:alpha',
  name: 'Alpha Times',
  aliases: [],
  country: 'FR',
  language: 'fr',
  ownership: 'private',
  genre: 'newspaper',
  domains: ['alpha.example'],
  basis: 'Owned by a private family company.',
  checked: '2026-12-07',
};

/** Two entries as the registry file would hold them, with `change` applied to the second. */
function pair(change: Record<string, unknown>): string {
  const second = { ...good, id: 'outlet:beta', name: 'Beta Post', domains: ['beta.example'], ...change };
  return `${JSON.stringify([good, second], null, 2)}\n`;
}

/** 1-based line of the first occurrence of `needle` in `text`. */
function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('the outlet registry (data/outlets.json)', () => {
  it('passes every check of its schema', () => {
    expect(checkOutletRegistry(registryText, countryCodes)).toEqual([]);
  });

  it('covers at least 300 outlets from at least 60 countries', () => {
    expect(registry.length).toBeGreaterThanOrEqual(300);
    expect(new Set(registry.map((o) => o.country)).size).toBeGreaterThanOrEqual(60);
  });

  it('has every ownership kind and at least ten wire agencies', () => {
    const kinds = new Set(registry.map((o) => o.ownership));
    for (const kind of OWNERSHIP_KINDS) expect(kinds, kind).toContain(kind);
    expect(registry.filter((o) => o.genre === 'wire').length).toBeGreaterThanOrEqual(10);
  });

  it('covers every continent', () => {
    const regions = new Map<string, string[]>([
      ['Africa', ['NG', 'ZA', 'KE', 'EG', 'GH', 'ET']],
      ['Asia', ['CN', 'IN', 'JP', 'ID', 'IR', 'PK']],
      ['Europe', ['DE', 'FR', 'GB', 'RU', 'PL', 'IT']],
      ['North America', ['US', 'CA', 'MX', 'CU']],
      ['South America', ['BR', 'AR', 'CL', 'CO', 'VE']],
      ['Oceania', ['AU', 'NZ', 'FJ']],
    ]);
    const countries = new Set(registry.map((o) => o.country));
    for (const [region, codes] of regions) {
      expect(codes.filter((c) => countries.has(c)).length, region).toBeGreaterThanOrEqual(3);
    }
  });

  it('keeps feed hosts with their outlets', () => {
    const byDomain = (host: string) => registry.find((o) => o.domains.includes(host))?.id;
    expect(byDomain('feeds.bbci.co.uk')).toBe('outlet:bbc');
    expect(byDomain('rss.nytimes.com')).toBe('outlet:new-york-times');
    expect(byDomain('feeds.reuters.com')).toBe('outlet:reuters');
  });

  it('marks full text only for openly licensed outlets', () => {
    const open = registry.filter((o) => 'fullText' in o).map((o) => o.id);
    expect(open.sort()).toEqual(['outlet:global-voices', 'outlet:propublica', 'outlet:the-conversation']);
  });
});

describe('checkOutletRegistry', () => {
  it('accepts a good file', () => {
    expect(checkOutletRegistry(pair({}), countryCodes)).toEqual([]);
  });

  it('names the line of a domain another outlet already has', () => {
    const text = pair({ domains: ['beta.example', 'alpha.example'] });
    const at = text.lastIndexOf('"alpha.example"');
    const line = text.slice(0, at).split('\n').length;
    expect(checkOutletRegistry(text, countryCodes)).toEqual([
      `line ${line}: outlet:beta: domain "alpha.example" already belongs to outlet:alpha`,
    ]);
  });

  it('names the line of a domain listed twice in one entry', () => {
    const text = pair({ domains: ['beta.example', 'beta.example'] });
    expect(checkOutletRegistry(text, countryCodes)).toEqual([
      `line ${lineOf(text, '"beta.example"')}: outlet:beta lists the domain "beta.example" twice`,
    ]);
  });

  it('names the line of a host under another outlet’s domain', () => {
    const text = pair({ domains: ['feeds.alpha.example'] });
    expect(checkOutletRegistry(text, countryCodes)).toEqual([
      `line ${lineOf(text, '"feeds.alpha.example"')}: outlet:beta: domain "feeds.alpha.example" lies under "outlet:alpha"'s domain "alpha.example"`,
    ]);
  });

  it('names the line of an unknown ownership kind', () => {
    const text = pair({ ownership: 'government' });
    const line =
      lineOf(text.slice(text.indexOf('outlet:beta')), '"ownership"') + lineOf(text, 'outlet:beta') - 1;
    expect(checkOutletRegistry(text, countryCodes)).toEqual([
      `line ${line}: outlet:beta: ownership "government" is not one of state, state-backed, public, private, independent`,
    ]);
  });

  it('rejects domains that are not bare lower-case hosts', () => {
    for (const bad of [
      'https://beta.example',
      'Beta.example',
      'beta.example/news',
      'beta.example:8080',
      'www.beta.example',
      'beta',
    ]) {
      const problems = checkOutletRegistry(pair({ domains: [bad] }), countryCodes);
      expect(problems, bad).toHaveLength(1);
      expect(problems[0], bad).toMatch(
        /^line \d+: outlet:beta: domain .* is not a bare lower-case host name/,
      );
    }
  });

  it('rejects a repeated id, naming both lines', () => {
    const text = pair({ id: 'outlet:alpha' });
    const second = text.lastIndexOf('"outlet:alpha"');
    expect(checkOutletRegistry(text, countryCodes)).toEqual([
      `line ${text.slice(0, second).split('\n').length}: outlet:alpha repeats the id of the entry at line 3`,
    ]);
  });

  it('rejects a missing field, a wrong type and an unknown field', () => {
    const { basis: _, ...noBasis } = good;
    const text = `${JSON.stringify([noBasis], null, 2)}\n`;
    expect(checkOutletRegistry(text, countryCodes)).toEqual(['line 2: outlet:alpha lacks "basis"']);
    expect(checkOutletRegistry(pair({ aliases: 'Beta' }), countryCodes)[0]).toMatch(/aliases must be a list/);
    expect(checkOutletRegistry(pair({ owner: 'x' }), countryCodes)[0]).toMatch(/unknown field "owner"/);
  });

  it('rejects a country that is not an ISO code, a bad date, a bad genre, a long basis and a false fullText', () => {
    const one = (change: Record<string, unknown>) => checkOutletRegistry(pair(change), countryCodes);
    expect(one({ country: 'fr' })[0]).toMatch(/country must be two upper-case letters/);
    expect(one({ country: 'QQ' })[0]).toMatch(/"QQ" is not a known ISO 3166-1 code/);
    expect(one({ checked: '2026-02-30' })[0]).toMatch(/checked must be a date/);
    expect(one({ checked: 'yesterday' })[0]).toMatch(/checked must be a date/);
    expect(one({ genre: 'tabloid' })[0]).toMatch(/genre "tabloid" is not one of/);
    expect(one({ basis: 'x'.repeat(161) })[0]).toMatch(/basis has 161 characters/);
    expect(one({ basis: '' })[0]).toMatch(/basis must be a non-empty string/);
    expect(one({ fullText: false })[0]).toMatch(/fullText is either true or left out/);
  });

  it('rejects a name two outlets answer to', () => {
    const text = pair({ aliases: ['Alpha Times'] });
    expect(checkOutletRegistry(text, countryCodes)).toEqual([
      `line ${text.split('\n').findIndex((l, i) => i > 12 && l.includes('"Alpha Times"')) + 1}: outlet:beta: the name "Alpha Times" already names outlet:alpha`,
    ]);
  });

  it('says so when the file is not a JSON array', () => {
    expect(checkOutletRegistry('{"id": 1}', countryCodes)).toEqual([
      'line 1: the registry must be a JSON array of outlets',
    ]);
    expect(checkOutletRegistry('[{"id": ', countryCodes)[0]).toMatch(/^line 1: not JSON/);
  });
});

import { describe, expect, it } from 'vitest';
import { normaliseAddress } from './subscribers-address.js';
import { parseCsv, readImport, writeCsv } from './subscribers-csv.js';
import { signToken, verifyToken } from './tokens.js';

describe('address validation', () => {
  it.each([
    ['  Ana.B+news@Example.ORG ', 'Ana.B+news@example.org'],
    ['ana@bücher.example', 'ana@xn--bcher-kva.example'],
    ["o'brien@example.co.uk", "o'brien@example.co.uk"],
  ])('accepts %j as %j', (input, stored) => {
    expect(normaliseAddress(input)).toEqual({ ok: true, value: stored });
  });

  it.each([
    'ana@example.org\r\nBcc: x@example.net',
    'ana@example.org\n',
    'ana\u0000@example.org',
    `${'a'.repeat(65)}@example.org`,
    `a@${'b'.repeat(250)}.org`,
    'ana@localhost',
    'ana@127.0.0.1',
    'ana@[127.0.0.1]',
    '"ana smith"@example.org',
    'ana..b@example.org',
    '.ana@example.org',
    'anä@example.org',
    'ana@exa_mple.org',
    'Ana <ana@example.org>',
    'ana@example.org, bo@example.org',
    '',
  ])('refuses %j', (input) => {
    expect(normaliseAddress(input).ok).toBe(false);
  });
});

describe('signed tokens', () => {
  const secret = 'unit-test-secret-of-thirty-two-characters';
  const now = new Date('2026-12-07T00:00:00Z');
  const token = signToken(secret, {
    purpose: 'confirm',
    subject: '7',
    data: 'n:briefing',
    expiresAt: now.getTime() / 1000 + 60,
  });

  it('verifies its own tokens and refuses tampered, foreign, expired and misused ones', () => {
    expect(verifyToken(secret, token, 'confirm', now)).toMatchObject({
      ok: true,
      value: { subject: '7', data: 'n:briefing' },
    });
    const parts = token.split('.');
    const tampered = [parts[0], Buffer.from('8').toString('base64url'), ...parts.slice(2)].join('.');
    expect(verifyToken(secret, tampered, 'confirm', now)).toEqual({ ok: false, error: 'forged' });
    expect(verifyToken('another-secret-of-thirty-two-characters!', token, 'confirm', now)).toEqual({
      ok: false,
      error: 'forged',
    });
    expect(verifyToken(secret, token, 'confirm', new Date(now.getTime() + 61_000))).toEqual({
      ok: false,
      error: 'expired',
    });
    expect(verifyToken(secret, token, 'prefs', now)).toEqual({ ok: false, error: 'wrong-purpose' });
    expect(verifyToken(secret, 'x'.repeat(5000), 'confirm', now)).toEqual({ ok: false, error: 'malformed' });
    expect(verifyToken(secret, undefined, 'confirm', now)).toEqual({ ok: false, error: 'malformed' });
  });
});

describe('subscriber CSV', () => {
  it('reads quoted fields with commas, quotes and newlines', () => {
    expect(parseCsv('a,"b,c","d ""e""\nf"\r\ng,h\n')).toEqual([
      ['a', 'b,c', 'd "e"\nf'],
      ['g', 'h'],
    ]);
  });

  it('defuses spreadsheet formulas on export and reads its own export back unchanged', () => {
    const at = new Date('2026-12-07T00:00:00Z');
    const csv = writeCsv([
      {
        id: 1,
        email: '=cmd@example.org',
        lists: ['briefing', 'blindspots'],
        state: 'confirmed',
        paused: false,
        createdAt: at,
        confirmedAt: at,
        updatedAt: at,
      },
      {
        id: 2,
        email: 'bo@example.org',
        lists: [],
        state: 'unsubscribed',
        paused: true,
        createdAt: at,
        confirmedAt: null,
        updatedAt: at,
      },
    ]);
    expect(csv.split('\r\n')[1]).toBe(
      `"'=cmd@example.org",briefing;blindspots,confirmed,no,${at.toISOString()},${at.toISOString()}`,
    );
    expect(readImport(csv, 'pending')).toEqual({
      errors: [],
      rows: [
        { line: 2, email: '=cmd@example.org', lists: ['briefing', 'blindspots'], state: 'confirmed' },
        { line: 3, email: 'bo@example.org', lists: [], state: 'unsubscribed' },
      ],
    });
  });

  it('names every bad line, so the command can refuse the whole file', () => {
    const { errors } = readImport(
      'ana@example.org,briefing\nana@example.org,briefing\nnot-an-address\n',
      'confirmed',
    );
    expect(errors).toEqual([
      'line 2: ana@example.org appears twice',
      'line 3: That is not an email address (name@example.org).',
    ]);
  });
});

import { simpleParser } from 'mailparser';
import { describe, expect, it } from 'vitest';
import { letterTemplate } from './send-mime.js';
import { personalise } from './send-personalise.js';
import { PERSONAL, type RenderedLetter } from './types.js';

const links = { secret: 'mime-test-secret-of-thirty-two-characters', baseUrl: 'https://news.example' };
const env = {
  from: 'Multipolar — Nachrichten <letters@news.example>',
  fromAddress: 'letters@news.example',
  links,
};

// Long lines, non-ASCII, `=` signs, placeholders at the start, the end and back to back.
const letter: RenderedLetter = {
  list: 'good-news',
  issueKey: 'good-news/2026-12-07',
  subject: 'Les bonnes nouvelles — “Überraschung” in 2026',
  preheader: '',
  html: `${PERSONAL.greeting}<p>${'Ça va très bien, merci = “oui” '.repeat(40)}</p><a href="${PERSONAL.unsubscribeUrl}">x</a>${PERSONAL.preferencesUrl}${PERSONAL.unsubscribeUrl}\n<p>end</p>${PERSONAL.greeting}`,
  text: `${PERSONAL.greeting}\n${'Zürich: 1 = 1, ok. '.repeat(60)}\n\n${PERSONAL.unsubscribeUrl}\n${PERSONAL.preferencesUrl}`,
  storyIds: [],
};

describe('a letter encoded once per issue', () => {
  it('decodes to exactly what composing each copy in full gives, headers included', async () => {
    const to = { subscriberId: 42, email: 'ana@example.org' };
    const copy = letterTemplate(letter, env)(to);
    const reference = personalise(letter, to, env);
    const parsed = await simpleParser(copy.raw);
    expect(parsed.html).toBe(reference.html.replace(/\r?\n/g, '\n'));
    expect(parsed.text?.replace(/\r\n/g, '\n')).toBe(reference.text);
    expect(parsed.subject).toBe(letter.subject);
    expect(parsed.from?.value[0]).toEqual({
      name: 'Multipolar — Nachrichten',
      address: 'letters@news.example',
    });
    expect(parsed.messageId).toBe(reference.messageId);
    const lines = copy.raw.toString('utf8').split('\r\n');
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(998);
    // Every byte is 7-bit: quoted-printable and encoded words carry the rest.
    expect([...copy.raw].every((b) => b < 128)).toBe(true);
    expect(lines.filter((l) => l.startsWith('List-Unsubscribe')).sort()).toEqual([
      'List-Unsubscribe-Post: List-Unsubscribe=One-Click',
      expect.stringMatching(
        /^List-Unsubscribe: <https:\/\/news\.example\/newsletter\/unsubscribe\?t=[\w.-]+>,$/,
      ),
    ]);
  });
});

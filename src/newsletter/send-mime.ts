/**
 * A letter's MIME message built once per issue, with holes where each subscriber's values go.
 *
 * Composing MIME is most of the cost of a message (quoted-printable encoding of 40 KB of HTML), so
 * the HTML and text parts are encoded once, cut at the personal placeholders. Quoted-printable lets
 * a line break anywhere with a soft break (`=` CRLF) that decoding removes, so each cut ends with one
 * and each subscriber's values are encoded on their own and put between: the bytes decode to exactly
 * the letter with the values in place. Headers are written per subscriber (To, Message-ID, the
 * RFC 8058 pair).
 */
import { createHash } from 'node:crypto';
import { encodeWords } from 'nodemailer/lib/mime-funcs';
import { encode as qpEncode, wrap as qpWrap } from 'nodemailer/lib/qp';
import { escapeHtml } from '../lib/html.js';
import { type LetterEnvelope, type Recipient, personalValues } from './send-personalise.js';
import { PERSONAL, type PersonalField, type RenderedLetter } from './types.js';

/** One subscriber's copy, ready for the wire. */
export interface LetterCopy {
  to: string;
  messageId: string;
  raw: Buffer;
}

const FIELDS = Object.keys(PERSONAL) as PersonalField[];
const PLACEHOLDER = new RegExp(FIELDS.map((f) => PERSONAL[f]).join('|'), 'g');
const SOFT_BREAK = '=\r\n';

/** A part cut at its placeholders: encoded pieces and, between them, which value goes there. */
interface CutPart {
  pieces: string[];
  slots: PersonalField[];
}

function cut(source: string): CutPart {
  const pieces: string[] = [];
  const slots: PersonalField[] = [];
  let last = 0;
  for (const m of source.matchAll(PLACEHOLDER)) {
    pieces.push(encodePiece(source.slice(last, m.index)));
    slots.push(FIELDS.find((f) => PERSONAL[f] === m[0])!);
    last = m.index + m[0].length;
  }
  pieces.push(encodePiece(source.slice(last)));
  return { pieces, slots };
}

function encodePiece(text: string): string {
  return qpWrap(qpEncode(text.replace(/\r?\n/g, '\r\n')), 76);
}

function fill(part: CutPart, values: Record<PersonalField, string>): string {
  let out = part.pieces[0]!;
  for (let i = 0; i < part.slots.length; i++)
    out += SOFT_BREAK + encodePiece(values[part.slots[i]!]) + SOFT_BREAK + part.pieces[i + 1]!;
  return out;
}

function headerPhrase(name: string): string {
  // Printable ASCII without specials goes as is; anything else as an RFC 2047 encoded word.
  return /^[A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]*$/.test(name) ? name : encodeWords(name, 'Q', 52, true);
}

/** Build an issue's template; the returned function makes one subscriber's copy. */
export function letterTemplate(letter: RenderedLetter, env: LetterEnvelope): (to: Recipient) => LetterCopy {
  const html = cut(letter.html);
  const text = cut(letter.text);
  const boundary = `----=_mp_${createHash('sha256').update(letter.issueKey).digest('hex').slice(0, 24)}`;
  const name = /^(.*?)\s*<[^<>]+>\s*$/.exec(env.from)?.[1]?.replace(/^"|"$/g, '') ?? '';
  const from = name ? `${headerPhrase(name)} <${env.fromAddress}>` : env.fromAddress;
  const date = new Date().toUTCString().replace('GMT', '+0000');
  const fixedHead =
    `From: ${from}\r\nSubject: ${headerPhrase(letter.subject)}\r\nDate: ${date}\r\nMIME-Version: 1.0\r\n` +
    `List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n`;
  const partHead = (type: string) =>
    `--${boundary}\r\nContent-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n`;
  return (to) => {
    const v = personalValues(letter, to, env);
    const htmlValues = {
      greeting: escapeHtml(v.greeting),
      unsubscribeUrl: escapeHtml(v.unsubscribeUrl),
      preferencesUrl: escapeHtml(v.preferencesUrl),
    };
    const head =
      `${fixedHead}To: ${to.email}\r\nMessage-ID: ${v.messageId}\r\n` +
      `List-Unsubscribe: <${v.unsubscribeUrl}>,\r\n <${v.mailto}>\r\nList-Id: ${v.listId}\r\n` +
      `Content-Type: multipart/alternative; boundary="${boundary}"\r\n\r\n`;
    const body = `${partHead('text/plain')}${fill(text, v)}\r\n${partHead('text/html')}${fill(html, htmlValues)}\r\n--${boundary}--\r\n`;
    return { to: to.email, messageId: v.messageId, raw: Buffer.from(head + body, 'utf8') };
  };
}

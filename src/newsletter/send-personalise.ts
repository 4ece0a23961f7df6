import { createHash } from 'node:crypto';
import { escapeHtml } from '../web/html.js';
import { preferencesUrl, unsubscribeUrl, type LinkSigner } from './subscribers-links.js';
import type { OutgoingMail } from './transport.js';
import { PERSONAL, type RenderedLetter } from './types.js';

/** Who gets this copy of the letter. */
export interface Recipient {
  subscriberId: number;
  email: string;
}

/** What every copy of one issue shares. */
export interface LetterEnvelope {
  from: string;
  /** The address of the From, whose domain names Message-IDs and the unsubscribe mailbox. */
  fromAddress: string;
  links: LinkSigner;
}

const GREETING = 'Hello,';

/** The Message-ID of one letter to one subscriber: the same on every attempt, so a copy is recognisable. */
export function letterMessageId(issueKey: string, subscriberId: number, fromAddress: string): string {
  const issue = createHash('sha256').update(issueKey).digest('hex').slice(0, 16);
  return `<${issue}.${subscriberId}@${fromAddress.slice(fromAddress.lastIndexOf('@') + 1)}>`;
}

/**
 * One subscriber's copy: the letter rendered once with the greeting and the signed links put in,
 * and the RFC 8058 headers (List-Unsubscribe with https and mailto, List-Unsubscribe-Post).
 */
export function personalise(letter: RenderedLetter, to: Recipient, env: LetterEnvelope): OutgoingMail {
  const unsubscribe = unsubscribeUrl(env.links, to.subscriberId, letter.list);
  const preferences = preferencesUrl(env.links, to.subscriberId);
  const values = { greeting: GREETING, unsubscribeUrl: unsubscribe, preferencesUrl: preferences };
  let html = letter.html;
  let text = letter.text;
  for (const field of Object.keys(PERSONAL) as (keyof typeof PERSONAL)[]) {
    html = html.replaceAll(PERSONAL[field], escapeHtml(values[field]));
    text = text.replaceAll(PERSONAL[field], values[field]);
  }
  const token = new URL(unsubscribe).searchParams.get('t') ?? '';
  const mailbox = `unsubscribe@${env.fromAddress.slice(env.fromAddress.lastIndexOf('@') + 1)}`;
  return {
    from: env.from,
    to: to.email,
    subject: letter.subject,
    html,
    text,
    messageId: letterMessageId(letter.issueKey, to.subscriberId, env.fromAddress),
    headers: {
      'List-Unsubscribe': `<${unsubscribe}>, <mailto:${mailbox}?subject=unsubscribe%20${token}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': `<${letter.list}.${mailbox.slice(mailbox.indexOf('@') + 1)}>`,
    },
  };
}

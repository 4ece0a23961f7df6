import { createHash } from 'node:crypto';
import { escapeHtml } from '../lib/html.js';
import { type LinkSigner, preferencesUrl, unsubscribeUrl } from './subscribers-links.js';
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

/** A subscriber's values: the greeting, the signed links, and what the headers carry. */
export function personalValues(letter: RenderedLetter, to: Recipient, env: LetterEnvelope) {
  const unsubscribe = unsubscribeUrl(env.links, to.subscriberId, letter.list);
  const domain = env.fromAddress.slice(env.fromAddress.lastIndexOf('@') + 1);
  const token = new URL(unsubscribe).searchParams.get('t') ?? '';
  return {
    greeting: GREETING,
    unsubscribeUrl: unsubscribe,
    preferencesUrl: preferencesUrl(env.links, to.subscriberId),
    mailto: `mailto:unsubscribe@${domain}?subject=unsubscribe%20${token}`,
    messageId: letterMessageId(letter.issueKey, to.subscriberId, env.fromAddress),
    listId: `<${letter.list}.${domain}>`,
  };
}

/**
 * One subscriber's copy as an OutgoingMail (nodemailer composes it): the letter with the greeting
 * and signed links put in, and the RFC 8058 headers. The sender uses send-mime.ts instead, which
 * encodes the letter once per issue; this is the reference it is tested against.
 */
export function personalise(letter: RenderedLetter, to: Recipient, env: LetterEnvelope): OutgoingMail {
  const v = personalValues(letter, to, env);
  let html = letter.html;
  let text = letter.text;
  for (const field of Object.keys(PERSONAL) as (keyof typeof PERSONAL)[]) {
    html = html.replaceAll(PERSONAL[field], escapeHtml(v[field]));
    text = text.replaceAll(PERSONAL[field], v[field]);
  }
  return {
    from: env.from,
    to: to.email,
    subject: letter.subject,
    html,
    text,
    messageId: v.messageId,
    headers: {
      'List-Unsubscribe': `<${v.unsubscribeUrl}>, <${v.mailto}>`,
      'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      'List-Id': v.listId,
    },
  };
}

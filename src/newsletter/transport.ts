/**
 * The only file that speaks SMTP. A pooled nodemailer transport when an SMTP URL is configured;
 * otherwise every message is written as an .eml file, so the embedded default works end to end.
 * Failures come back as outcomes the sender can act on, never as exceptions.
 */
import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';

/** One message, fully rendered and personalised. */
export interface OutgoingMail {
  from: string;
  to: string;
  subject: string;
  html: string;
  text: string;
  /** Extra headers (List-Unsubscribe and friends); values must be free of CR and LF. */
  headers: Record<string, string>;
  /** Our Message-ID, `<…@host>`: the same for every attempt of one outbox row. */
  messageId: string;
}

/**
 * What became of a message. `retry`: refused for now (4xx) or never handed over, safe to try again;
 * `rejected`: the server refused the recipient for good (5xx at RCPT); `failed`: refused for good for
 * another reason; `unknown`: the connection ended after the message may have been accepted, so
 * trying again could deliver it twice.
 */
export type SendOutcome =
  | { status: 'sent'; messageId: string }
  | { status: 'retry' | 'rejected' | 'failed' | 'unknown'; error: string };

/** A message already in MIME form (see send-mime.ts), with its envelope. */
export interface RawMail {
  /** The envelope sender: a bare address. */
  from: string;
  to: string;
  messageId: string;
  raw: Buffer;
}

/** Where letters go. */
export interface MailTransport {
  readonly kind: 'smtp' | 'files';
  /** Where, for messages to the operator (`smtp://host:port` without credentials, or the folder). */
  readonly target: string;
  /** Compose and send one message. */
  send(mail: OutgoingMail): Promise<SendOutcome>;
  /** Send a message composed already. */
  sendRaw(mail: RawMail): Promise<SendOutcome>;
  /** Close the pool once every message handed over has finished. */
  close(): Promise<void>;
}

/** How to reach the SMTP server. */
export interface TransportOptions {
  /** `smtp://[user:pass@]host:port` or `smtps://…`; null writes .eml files to `outboxDir`. */
  smtpUrl: string | null;
  outboxDir: string;
  /** Pooled connections (default 5). */
  maxConnections?: number;
  /** Connect, greeting and socket-idle time limits in ms (default 30 s each). */
  timeoutMs?: number;
}

type SmtpFailure = Error & { code?: string; responseCode?: number; command?: string; response?: string };

/**
 * Sort an SMTP failure into what the sender may do next (exported for tests). A reply code is
 * definite. Without one, what matters is whether the message had been handed to the connection:
 * nodemailer reports every socket error as a `CONN` error, so `handedOver` says whether it had
 * begun reading the message. Before that, trying again cannot deliver twice; after it, it could.
 */
export function classifySmtpError(err: SmtpFailure, handedOver: boolean): SendOutcome {
  const where = err.command ? ` at ${err.command}` : '';
  const error = `${err.response ?? err.message}${where}`.replace(/[\r\n]+/g, ' ').slice(0, 500);
  const code = err.responseCode;
  if (code !== undefined && code >= 400 && code < 500) return { status: 'retry', error };
  if (code !== undefined && code >= 500) {
    return { status: /^RCPT TO$/i.test(err.command ?? '') ? 'rejected' : 'failed', error };
  }
  return handedOver ? { status: 'unknown', error } : { status: 'retry', error };
}

/** The message as bytes (MIME, CRLF), exactly as it goes over SMTP or into an .eml file. */
export function composeMessage(mail: OutgoingMail): Promise<Buffer> {
  return new MailComposer({
    ...mail,
    newline: 'windows',
    disableFileAccess: true,
    disableUrlAccess: true,
  })
    .compile()
    .build();
}

/** The bare address of a From such as `Multipolar <letters@news.example>`. */
function envelopeFrom(from: string): string {
  return /<([^<>]+)>\s*$/.exec(from)?.[1] ?? from.trim();
}

/** Create the transport the configuration asks for. */
export function createMailTransport(opts: TransportOptions): MailTransport {
  return opts.smtpUrl ? smtpTransport(opts.smtpUrl, opts) : fileTransport(opts.outboxDir);
}

function smtpTransport(url: string, opts: TransportOptions): MailTransport {
  const u = new URL(url);
  const secure = u.protocol === 'smtps:';
  const timeout = opts.timeoutMs ?? 30_000;
  const mailer = nodemailer.createTransport({
    pool: true,
    host: u.hostname.replace(/^\[|\]$/g, ''),
    port: u.port ? Number(u.port) : secure ? 465 : 587,
    secure,
    ...(u.username
      ? { auth: { user: decodeURIComponent(u.username), pass: decodeURIComponent(u.password) } }
      : {}),
    maxConnections: opts.maxConnections ?? 5,
    maxMessages: Number.POSITIVE_INFINITY,
    connectionTimeout: timeout,
    greetingTimeout: timeout,
    socketTimeout: timeout,
  });
  const target = `${u.protocol}//${u.host}`;
  return {
    kind: 'smtp',
    target,
    async send(mail) {
      const raw = await composeMessage(mail);
      return this.sendRaw({ from: envelopeFrom(mail.from), to: mail.to, messageId: mail.messageId, raw });
    },
    async sendRaw(mail) {
      let handedOver = false;
      const body = new Readable({
        read() {
          if (handedOver) return;
          handedOver = true;
          this.push(mail.raw);
          this.push(null);
        },
      });
      try {
        await mailer.sendMail({ envelope: { from: mail.from, to: [mail.to] }, raw: body });
        return { status: 'sent', messageId: mail.messageId };
      } catch (err) {
        return classifySmtpError(err as SmtpFailure, handedOver);
      }
    },
    async close() {
      mailer.close();
    },
  };
}

function fileTransport(dir: string): MailTransport {
  let made: Promise<unknown> | null = null;
  return {
    kind: 'files',
    target: dir,
    async send(mail) {
      const raw = await composeMessage(mail);
      return this.sendRaw({ from: envelopeFrom(mail.from), to: mail.to, messageId: mail.messageId, raw });
    },
    async sendRaw(mail) {
      try {
        made ??= mkdir(dir, { recursive: true });
        await made;
        const name = `${mail.messageId.replace(/[^A-Za-z0-9.@_-]+/g, '_').replace(/^_+|_+$/g, '')}.eml`;
        // Written beside its final name and renamed, so a crash never leaves half a letter behind.
        const file = path.join(dir, name);
        await writeFile(`${file}.part`, mail.raw);
        await rename(`${file}.part`, file);
        return { status: 'sent', messageId: mail.messageId };
      } catch (err) {
        return { status: 'retry', error: `could not write the letter to ${dir}: ${(err as Error).message}` };
      }
    },
    async close() {},
  };
}

/**
 * Test and benchmark support: a real SMTP server (smtp-server) on 127.0.0.1 that keeps what it
 * receives, parsed back with mailparser, and can refuse recipients, answer 4xx/5xx to the message,
 * hang (a time-out) or drop the connection in the middle of the message.
 */
import { type ParsedMail, simpleParser } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A message as received. */
export interface ReceivedMail {
  /** The envelope recipients. */
  to: string[];
  raw: Buffer;
  /** Parsed (null when the server was started with `parse: false`). */
  parsed: ParsedMail | null;
}

/** What the server does with a message's data. */
export type DataBehaviour = 'accept' | 'drop' | 'hang' | { code: number; message: string };

/** How the test server behaves; everything is accepted unless a rule says otherwise. */
export interface TestSmtpOptions {
  /** An SMTP error for this recipient at RCPT TO, or null to accept. */
  onRcpt?(to: string): { code: number; message: string } | null;
  /** What to do once the message for these recipients arrives. */
  onData?(to: string[]): DataBehaviour;
  /** Parse each message back with mailparser (default true). */
  parse?: boolean;
}

/** A running test server. */
export interface TestSmtp {
  /** `smtp://127.0.0.1:<port>` */
  url: string;
  received: ReceivedMail[];
  /** Resolves once `count` messages have been received (rejects after `ms`). */
  waitFor(count: number, ms?: number): Promise<void>;
  close(): Promise<void>;
}

type Coded = Error & { responseCode?: number };

/** Start a server on a random loopback port. */
export async function startTestSmtp(opts: TestSmtpOptions = {}): Promise<TestSmtp> {
  const received: ReceivedMail[] = [];
  const waiters: { count: number; resolve(): void }[] = [];
  const coded = (code: number, message: string): Coded =>
    Object.assign(new Error(message), { responseCode: code });
  const server: SMTPServer = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    size: 10 * 1024 * 1024,
    onRcptTo(address, _session, cb) {
      const refusal = opts.onRcpt?.(address.address);
      cb(refusal ? coded(refusal.code, refusal.message) : null);
    },
    onData(stream, session, cb) {
      const to = session.envelope.rcptTo.map((r) => r.address);
      const behaviour = opts.onData?.(to) ?? 'accept';
      const chunks: Buffer[] = [];
      let seen = 0;
      stream.on('data', (c: Buffer) => {
        chunks.push(c);
        seen += c.length;
        if (behaviour === 'drop' && seen > 0) {
          // The connection ends while the message is on its way: the client cannot know its fate.
          for (const conn of server.connections) {
            if ((conn as unknown as { session: { id: string } }).session.id === session.id)
              (conn as unknown as { _socket: { destroy(): void } })._socket.destroy();
          }
        }
      });
      stream.on('end', async () => {
        if (behaviour === 'hang' || behaviour === 'drop') return;
        if (typeof behaviour === 'object') return cb(coded(behaviour.code, behaviour.message));
        const raw = Buffer.concat(chunks);
        const parsed = opts.parse === false ? null : await simpleParser(raw);
        received.push({ to, raw, parsed });
        cb(null);
        for (const w of waiters.filter((w) => received.length >= w.count)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve();
        }
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as { port: number }).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitFor(count, ms = 10_000) {
      if (received.length >= count) return Promise.resolve();
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`only ${received.length} of ${count} messages arrived`)),
          ms,
        );
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const conn of server.connections)
          (conn as unknown as { _socket: { destroy(): void } })._socket.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A header's raw value as received (mailparser folds List-* headers into an object; tests want the text). */
export function headerOf(mail: ReceivedMail | undefined, name: string): string | undefined {
  const line = mail?.parsed?.headerLines.find((h) => h.key === name.toLowerCase())?.line;
  return line
    ?.slice(line.indexOf(':') + 1)
    .replace(/\r?\n[ \t]+/g, ' ')
    .trim();
}

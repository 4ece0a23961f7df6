/**
 * The benchmark's SMTP server, in its own process so its parsing does not share the sender's
 * event loop: accepts everything, counts messages and bytes, prints its port on the first line,
 * and prints the totals when asked on stdin ("count").
 */
import { createInterface } from 'node:readline';
import { SMTPServer } from 'smtp-server';

let messages = 0;
let bytes = 0;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  size: 10 * 1024 * 1024,
  onData(stream, _session, cb) {
    stream.on('data', (c: Buffer) => {
      bytes += c.length;
    });
    stream.on('end', () => {
      messages++;
      cb(null);
    });
  },
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.server.address() as { port: number }).port}\n`);
});
createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'count') process.stdout.write(`${messages} ${bytes}\n`);
  if (line === 'quit') server.close(() => process.exit(0));
});

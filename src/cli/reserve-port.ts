import { createServer } from 'node:net';
import { AppError } from '../domain/index.js';

/** A port held open until the real server is about to listen on it. */
export interface ReservedPort {
  release(): Promise<void>;
}

/**
 * Listen on `host:port` to learn, before anything is deleted or written, that the port is free, and
 * keep it until `release`, so nothing takes it meanwhile. A port in use is an AppError in one line.
 */
export function reservePort(host: string, port: number, command: string): Promise<ReservedPort> {
  const server = createServer();
  return new Promise((resolve, reject) => {
    server.once('error', (err: NodeJS.ErrnoException) => {
      const why =
        err.code === 'EADDRINUSE'
          ? `port ${port} on ${host} is already in use; stop what uses it or choose another port with --port`
          : `cannot listen on ${host}:${port} (${err.code ?? err.message})`;
      reject(new AppError('config', `${command}: ${why}. Nothing was changed.`, { cause: err }));
    });
    server.listen({ port, host, exclusive: true }, () => {
      resolve({ release: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

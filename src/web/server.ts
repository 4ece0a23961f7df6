import type { AddressInfo } from 'node:net';
import { createAdaptorServer } from '@hono/node-server';
import type { Hono } from 'hono';
import { AppError } from '../domain/index.js';
import { listenOrigin } from './base-url.js';

/** A listening site: its address (ending in '/') and a way to stop it. */
export interface RunningServer {
  url: string;
  close(): Promise<void>;
}

/** Listen on host:port (port 0 picks a free one) and serve the app over HTTP. */
export function startWebServer(app: Hono, opts: { host: string; port: number }): Promise<RunningServer> {
  const server = createAdaptorServer({ fetch: app.fetch, hostname: opts.host });
  return new Promise((resolve, reject) => {
    const onError = (err: Error) =>
      reject(
        new AppError('config', `Cannot listen on ${opts.host}:${opts.port}: ${err.message}`, { cause: err }),
      );
    server.once('error', onError);
    server.listen(opts.port, opts.host, () => {
      server.off('error', onError);
      const port = (server.address() as AddressInfo).port;
      let closing: Promise<void> | null = null;
      resolve({
        url: `${listenOrigin(opts.host, port)}/`,
        close: () => {
          closing ??= new Promise<void>((done, fail) => {
            server.close((err) => (err ? fail(err) : done()));
            // Keep-alive sockets would otherwise hold close() open until they time out.
            if ('closeAllConnections' in server) server.closeAllConnections();
          });
          return closing;
        },
      });
    });
  });
}

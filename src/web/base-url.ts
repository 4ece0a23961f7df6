import type { Config } from '../config/index.js';

/** The address a browser can reach a listener at: a wildcard address becomes its loopback twin. */
export function listenOrigin(host: string, port: number): string {
  let h = host;
  if (host === '0.0.0.0') h = '127.0.0.1';
  else if (host === '::' || host === '[::]') h = '[::1]';
  else if (host.includes(':') && !host.startsWith('[')) h = `[${host}]`;
  return `http://${h}:${port}`;
}

/**
 * The site's origin for absolute links, with no trailing slash: the configured public URL, else the
 * configured listen address. Never the request's Host or X-Forwarded-* headers: a client could set
 * them, and a shared cache would then serve its links to every reader.
 */
export function siteBase(config: Pick<Config, 'publicUrl' | 'host' | 'port'>): string {
  if (config.publicUrl) return config.publicUrl.replace(/\/+$/, '');
  return listenOrigin(config.host, config.port);
}

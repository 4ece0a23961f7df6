import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A static representation the server can answer conditionally. */
export interface CachedBody {
  body: string | Buffer;
  type: string;
  lastModified: Date;
  /** Seconds for Cache-Control max-age. */
  maxAge?: number;
}

/** A strong ETag derived from the bytes, so identical bodies always share it. */
export function etagFor(body: string | Buffer): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`;
}

/** Decides whether the request's validators still match (RFC 9110: If-None-Match wins over If-Modified-Since). */
export function isNotModified(req: IncomingMessage, etag: string, lastModified: Date): boolean {
  const inm = req.headers['if-none-match'];
  if (inm !== undefined) {
    const tags = inm.split(',').map((t) => t.trim().replace(/^W\//, ''));
    return tags.includes('*') || tags.includes(etag);
  }
  const ims = req.headers['if-modified-since'];
  if (ims === undefined) return false;
  const since = Date.parse(ims);
  if (Number.isNaN(since)) return false;
  return Math.floor(lastModified.getTime() / 1000) <= Math.floor(since / 1000);
}

/** Sends a body with ETag and Last-Modified, or a bare 304 when the client's copy is current. */
export function sendCached(req: IncomingMessage, res: ServerResponse, content: CachedBody): void {
  const etag = etagFor(content.body);
  const headers: Record<string, string> = {
    ETag: etag,
    'Last-Modified': content.lastModified.toUTCString(),
    'Cache-Control': `public, max-age=${content.maxAge ?? 300}`,
  };
  if (isNotModified(req, etag, content.lastModified)) {
    res.writeHead(304, headers).end();
    return;
  }
  headers['Content-Type'] = content.type;
  headers['Content-Length'] = String(Buffer.byteLength(content.body));
  res.writeHead(200, headers);
  res.end(req.method === 'HEAD' ? undefined : content.body);
}

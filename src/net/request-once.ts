import type { IncomingMessage } from 'node:http';
import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import zlib from 'node:zlib';
import { charsetFromContentType } from '../lib/decode-body.js';
import type { CheckedAddress } from './resolve-host.js';
import type { FetchError, FetchOptions, FetchResult } from './types.js';

/** One hop's outcome: a redirect to follow, or a final result. */
export type HopResult = { kind: 'redirect'; location: string; status: number } | FetchResult;

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * GET one URL from an already-checked address. The custom lookup pins the socket to that address, so
 * a second DNS answer (rebinding) cannot swap in another host between the check and the connect.
 */
export function requestOnce(
  url: URL,
  addr: CheckedAddress,
  opts: FetchOptions,
  signal: AbortSignal,
): Promise<HopResult> {
  return new Promise((resolve) => {
    let settled = false;
    let response: IncomingMessage | null = null;
    const finish = (result: HopResult) => {
      if (settled) return;
      settled = true;
      signal.removeEventListener('abort', onAbort);
      response?.destroy();
      req.destroy();
      resolve(result);
    };
    const onAbort = () => finish(timeoutError(url, opts.timeoutMs));
    const pinned: LookupFunction = (_host, options, callback) => {
      if (options.all) callback(null, [{ address: addr.address, family: addr.family }]);
      else callback(null, addr.address, addr.family);
    };
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request({
      protocol: url.protocol,
      hostname: url.hostname.replace(/^\[|\]$/g, ''),
      port: url.port || undefined,
      path: url.pathname + url.search,
      method: 'GET',
      agent: false,
      lookup: pinned,
      headers: requestHeaders(opts),
    });
    req.on('error', (err) => finish(networkError(url, err)));
    req.on('response', (res) => {
      response = res;
      res.on('error', (err) => finish(networkError(url, err)));
      handleResponse(url, res, opts, finish);
    });
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort);
    req.end();
  });
}

function requestHeaders(opts: FetchOptions): Record<string, string> {
  const headers: Record<string, string> = {
    'user-agent': opts.userAgent,
    accept: opts.accept ?? '*/*',
    'accept-encoding': 'gzip, deflate, br',
  };
  if (opts.etag) headers['if-none-match'] = opts.etag;
  if (opts.lastModified) headers['if-modified-since'] = opts.lastModified;
  return headers;
}

function handleResponse(
  url: URL,
  res: IncomingMessage,
  opts: FetchOptions,
  finish: (r: HopResult) => void,
): void {
  const status = res.statusCode ?? 0;
  const location = res.headers.location;
  if (REDIRECTS.has(status) && location) {
    finish({ kind: 'redirect', location, status });
    return;
  }
  if (status === 304) {
    finish({ ok: true, status: 304, url: url.href });
    return;
  }
  if (status !== 200 && status !== 203) {
    const text = `${status} ${res.statusMessage ?? ''}`.trim();
    finish({ ok: false, reason: 'http-error', status, message: `${url.host} answered HTTP ${text}.` });
    return;
  }
  const declared = Number(res.headers['content-length']);
  if (Number.isFinite(declared) && declared > opts.maxBytes) {
    finish(tooLarge(url, opts.maxBytes, `announces ${declared} bytes`));
    return;
  }
  readBody(url, res, opts.maxBytes, finish, (body) => {
    const contentType = res.headers['content-type'] ?? null;
    finish({
      ok: true,
      status: 200,
      url: url.href,
      body,
      contentType,
      charset: charsetFromContentType(contentType),
      etag: headerValue(res.headers.etag),
      lastModified: headerValue(res.headers['last-modified']),
    });
  });
}

/** Stream the body through the right decompressor, capping both wire and decoded bytes. */
function readBody(
  url: URL,
  res: IncomingMessage,
  maxBytes: number,
  finish: (r: HopResult) => void,
  done: (body: Buffer) => void,
): void {
  const encoding = String(res.headers['content-encoding'] ?? '')
    .trim()
    .toLowerCase();
  if (encoding && !['identity', 'gzip', 'x-gzip', 'deflate', 'br'].includes(encoding)) {
    finish({ ok: false, reason: 'network', message: `${url.host} sent an unsupported ${encoding} body.` });
    return;
  }
  const chunks: Buffer[] = [];
  let wire = 0;
  let decoded = 0;
  let decoder: zlib.Gunzip | zlib.Inflate | zlib.InflateRaw | zlib.BrotliDecompress | null = null;
  const keep = (chunk: Buffer) => {
    decoded += chunk.length;
    if (decoded > maxBytes) return finish(tooLarge(url, maxBytes, 'exceeded the cap while downloading'));
    chunks.push(chunk);
  };
  const complete = () => done(Buffer.concat(chunks));
  res.on('data', (chunk: Buffer) => {
    wire += chunk.length;
    if (wire > maxBytes) return finish(tooLarge(url, maxBytes, 'exceeded the cap while downloading'));
    if (!encoding || encoding === 'identity') return keep(chunk);
    if (!decoder) {
      decoder = makeDecoder(encoding, chunk);
      decoder.on('data', keep);
      decoder.on('end', complete);
      decoder.on('error', () =>
        finish({ ok: false, reason: 'network', message: `${url.host} sent a corrupt ${encoding} body.` }),
      );
    }
    decoder.write(chunk);
  });
  let ended = false;
  res.on('end', () => {
    ended = true;
    if (decoder) decoder.end();
    else complete();
  });
  // A connection dropped mid-body ends in 'close' without 'end'; without this the deadline would be the only way out.
  res.on('close', () => {
    if (!ended)
      finish({
        ok: false,
        reason: 'network',
        message: `${url.host} closed the connection before the body was complete.`,
      });
  });
}

function makeDecoder(encoding: string, firstChunk: Buffer) {
  // Truncated streams are common on the web; flush what decodes instead of failing the whole body.
  const lenient = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
  if (encoding === 'br') return zlib.createBrotliDecompress();
  if (encoding === 'deflate') {
    // "deflate" should be zlib-wrapped, but some servers send raw deflate; the zlib header gives it away.
    const cmf = firstChunk[0] ?? 0;
    const flg = firstChunk[1] ?? 0;
    const wrapped = (cmf & 0x0f) === 8 && ((cmf << 8) | flg) % 31 === 0;
    return wrapped ? zlib.createInflate(lenient) : zlib.createInflateRaw(lenient);
  }
  return zlib.createGunzip(lenient);
}

function headerValue(value: string | string[] | undefined): string | null {
  if (Array.isArray(value)) return value[0] ?? null;
  return value ?? null;
}

function tooLarge(url: URL, maxBytes: number, detail: string): FetchError {
  return {
    ok: false,
    reason: 'too-large',
    message: `${url.href} ${detail}; the limit is ${maxBytes} bytes.`,
  };
}

/** The error returned when the whole-request deadline passes. */
export function timeoutError(url: URL, timeoutMs: number): FetchError {
  return { ok: false, reason: 'timeout', message: `Gave up on ${url.href} after ${timeoutMs} ms.` };
}

function networkError(url: URL, err: Error): FetchError {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'ECONNREFUSED'
      ? 'the connection was refused'
      : code === 'ECONNRESET'
        ? 'the connection was reset'
        : code?.startsWith('ERR_TLS') || /certificate|SSL/i.test(err.message)
          ? `a TLS problem (${err.message})`
          : err.message;
  return { ok: false, reason: 'network', message: `Could not fetch ${url.href}: ${why}.` };
}

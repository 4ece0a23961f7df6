import { type HopResult, requestOnce, timeoutError } from './request-once.js';
import { type CheckedAddress, resolveChecked } from './resolve-host.js';
import type { FetchError, FetchOptions, FetchResult } from './types.js';

const DEFAULT_MAX_REDIRECTS = 5;

/**
 * GET a URL safely: http(s) only, every hop's address checked against the private-address policy,
 * conditional headers sent, body capped and decompressed, one deadline for the lot. Never throws.
 */
export async function fetchUrl(url: string, opts: FetchOptions): Promise<FetchResult> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), opts.timeoutMs);
  try {
    return await follow(url, opts, controller.signal);
  } catch (err) {
    // Only a bug lands here; keep the promise contract anyway.
    return { ok: false, reason: 'network', message: `Unexpected failure fetching ${url}: ${String(err)}` };
  } finally {
    clearTimeout(timer);
  }
}

async function follow(start: string, opts: FetchOptions, signal: AbortSignal): Promise<FetchResult> {
  const maxRedirects = opts.maxRedirects ?? DEFAULT_MAX_REDIRECTS;
  let current = parseUrl(start);
  if ('ok' in current) return current;
  for (let hop = 0; ; hop++) {
    if (current.protocol !== 'http:' && current.protocol !== 'https:') {
      return {
        ok: false,
        reason: 'unsupported-scheme',
        message: `Only http and https can be fetched, not ${current.protocol.replace(/:$/, '')}.`,
      };
    }
    const addr = await untilAborted(resolveChecked(current.hostname, opts.allowPrivate), signal);
    if (addr === 'aborted') return timeoutError(current, opts.timeoutMs);
    if ('ok' in addr) return hop > 0 ? { ...addr, message: `After a redirect: ${addr.message}` } : addr;
    const result: HopResult = await requestOnce(current, addr satisfies CheckedAddress, opts, signal);
    if (!('kind' in result)) return result;
    if (hop >= maxRedirects) {
      return {
        ok: false,
        reason: 'too-many-redirects',
        status: result.status,
        message: `Stopped after ${maxRedirects} redirects, last at ${current.href}.`,
      };
    }
    const next = parseUrl(result.location, current);
    if ('ok' in next) return { ...next, message: `Redirected to an invalid URL: ${result.location}` };
    current = next;
  }
}

function parseUrl(text: string, base?: URL): URL | FetchError {
  try {
    return new URL(text, base);
  } catch {
    return { ok: false, reason: 'bad-url', message: `Not a valid URL: ${text}` };
  }
}

function untilAborted<T>(work: Promise<T>, signal: AbortSignal): Promise<T | 'aborted'> {
  if (signal.aborted) return Promise.resolve('aborted');
  return new Promise((resolve, reject) => {
    const onAbort = () => resolve('aborted');
    signal.addEventListener('abort', onAbort, { once: true });
    work.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (err: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(err);
      },
    );
  });
}

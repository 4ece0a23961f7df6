import { type FetchResult, fetchUrl } from '../net/index.js';
import type { PipelineContext } from './context.js';

/** Fetch a URL with the configured caps, the private-address allow list and per-host politeness. */
export function fetchWithPolicy(
  ctx: PipelineContext,
  url: string,
  conditional: { etag?: string | null; lastModified?: string | null } = {},
  accept?: string,
): Promise<FetchResult> {
  return ctx.limiter.run(url, () =>
    fetchUrl(url, {
      timeoutMs: ctx.config.fetch.timeoutMs,
      maxBytes: ctx.config.fetch.maxBytes,
      userAgent: ctx.config.fetch.userAgent,
      allowPrivate: ctx.allowList,
      etag: conditional.etag ?? undefined,
      lastModified: conditional.lastModified ?? undefined,
      accept,
    }),
  );
}

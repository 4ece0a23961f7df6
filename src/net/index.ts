export { charsetFromContentType, decodeBody } from '../lib/decode-body.js';
export type { AllowList } from './allow-list.js';
export { EMPTY_ALLOW_LIST, isAllowed, parseAllowList } from './allow-list.js';
export { fetchUrl } from './fetch-url.js';
export type { HostLimiter, HostLimiterOptions } from './host-limiter.js';
export { createHostLimiter } from './host-limiter.js';
export type {
  FetchError,
  FetchFailure,
  FetchNotModified,
  FetchOk,
  FetchOptions,
  FetchResult,
} from './types.js';

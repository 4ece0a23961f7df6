import type { AllowList } from './allow-list.js';

/** Limits and validators for one GET. */
export interface FetchOptions {
  /** Deadline for the whole request: DNS, connect, redirects and body. */
  timeoutMs: number;
  /** Largest body accepted, counted on the wire and again after decompression. */
  maxBytes: number;
  /** Redirects followed before giving up; default 5. */
  maxRedirects?: number;
  etag?: string | null;
  lastModified?: string | null;
  userAgent: string;
  /** Private hosts and networks that may be reached anyway. */
  allowPrivate: AllowList;
  /** Accept header; default any type. */
  accept?: string;
}

/** Why a fetch failed. */
export type FetchFailure =
  | 'refused-address'
  | 'bad-url'
  | 'timeout'
  | 'too-large'
  | 'http-error'
  | 'network'
  | 'too-many-redirects'
  | 'unsupported-scheme';

/** A fresh body. */
export interface FetchOk {
  ok: true;
  status: 200;
  /** The final URL after redirects. */
  url: string;
  body: Buffer;
  contentType: string | null;
  charset: string | null;
  etag: string | null;
  lastModified: string | null;
}

/** The validators matched: nothing changed since last time. */
export interface FetchNotModified {
  ok: true;
  status: 304;
  url: string;
}

/** An expected failure, with one clear line for people. */
export interface FetchError {
  ok: false;
  reason: FetchFailure;
  status?: number;
  message: string;
}

/** What fetchUrl returns; it never throws for the failures above. */
export type FetchResult = FetchOk | FetchNotModified | FetchError;

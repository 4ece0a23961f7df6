import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { ActorMention, ExtractedArticle, Outlet, Quote } from '../domain/index.js';
import { dateFromUrl, detectInput, extractHtml, extractText } from '../extract/index.js';
import { hostOf, parseHttpUrl } from '../lib/index.js';
import { decodeBody } from '../net/index.js';
import { analyseArticle } from './analyse.js';
import { type PipelineContext, timed } from './context.js';
import { fetchWithPolicy } from './fetch.js';
import { knownOutletForHost, outletForHost } from './new-outlet.js';
import { type PagePlacement, placePage } from './page-placement.js';
import { type StoreOutcome, analyseAndStore } from './store-article.js';

/** One page read from a file or URL, analysed, and (unless told not to) stored. */
export interface ImportedPage {
  source: string;
  article: ExtractedArticle;
  quotes: Quote[];
  mentions: ActorMention[];
  /** The outlet the page was filed under (not stored when the import was a dry run). */
  outlet: Outlet;
  stored: StoreOutcome | null;
  /** Where it shows on the site (its article page; a story only when inside the story window). */
  placement: PagePlacement;
}

/** A page that could not be imported, with the reason in one line. */
export interface ImportFailure {
  source: string;
  error: string;
}

/** Read a file or fetch a URL, extract and analyse it, and store it under an outlet named for its host. */
export async function importPage(
  ctx: PipelineContext,
  source: string,
  opts: {
    store: boolean;
    /** The page's original address, for a saved file: it names the outlet. */
    url?: string;
  },
): Promise<{ ok: true; page: ImportedPage } | { ok: false; failure: ImportFailure }> {
  const read = await load(ctx, source);
  if ('error' in read) return { ok: false, failure: { source, error: read.error } };
  const loaded = opts.url ? { ...read, url: opts.url } : read;
  const kind = detectInput(loaded.bytes, loaded.contentType);
  if (kind === 'binary') {
    return { ok: false, failure: { source, error: 'not an HTML or text page (looks like binary data)' } };
  }
  const text = decodeBody(loaded.bytes, loaded.charset, loaded.contentType);
  const article = await timed(ctx, 'extract', () =>
    kind === 'html' ? extractHtml(text, { url: loaded.url }) : extractText(text, { url: loaded.url }),
  );
  if (!article.bodyText.trim()) return { ok: false, failure: { source, error: 'no article text found' } };
  const outlet = await outletFor(
    ctx,
    opts.url ? null : article.canonicalUrl,
    loaded.url,
    article,
    opts.store,
  );
  const analysis = await analyseArticle(ctx, article, outlet.name);
  const { mentions, quotes } = analysis;
  const origin = { outlet, feedId: null, url: opts.url ?? article.canonicalUrl ?? loaded.url, guid: null };
  // A saved file is read from file://, so the extractor never saw the page's own URL: its date may be there.
  const dated = article.published ? article : { ...article, published: dateFromUrl(origin.url) };
  const stored = opts.store ? await analyseAndStore(ctx, dated, origin, analysis) : null;
  const placement = placePage(stored, dated.published, ctx.now());
  return { ok: true, page: { source, article: dated, quotes, mentions, outlet, stored, placement } };
}

interface Loaded {
  bytes: Buffer;
  url: string;
  contentType: string | null;
  charset: string | null;
}

// Two letters at least, so a Windows drive (C:) is not taken for a scheme.
const URL_SCHEME = /^([a-z][a-z0-9+.-]+):/i;

async function load(ctx: PipelineContext, source: string): Promise<Loaded | { error: string }> {
  if (/^https?:\/\//i.test(source)) {
    const res = await fetchWithPolicy(ctx, source, {}, 'text/html, text/plain, */*');
    if (!res.ok) return { error: res.message };
    if (res.status === 304) return { error: 'server answered 304 Not Modified to an unconditional request' };
    return { bytes: res.body, url: res.url, contentType: res.contentType, charset: res.charset };
  }
  // Anything else that starts like a URL (ftp:, file:, data:, javascript:) is refused by name
  // rather than looked up as a file; `./name:with-colon` or an absolute path still reads a file.
  const scheme = URL_SCHEME.exec(source)?.[1];
  if (scheme) {
    return { error: `unsupported URL scheme ${scheme.toLowerCase()}: (only http and https, or a file path)` };
  }
  try {
    const bytes = await readFile(source);
    return { bytes, url: pathToFileURL(path.resolve(source)).href, contentType: null, charset: null };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { error: 'no such file' };
    if (code === 'EISDIR') return { error: 'is a directory, not a file' };
    if (code === 'EACCES') return { error: 'permission denied' };
    return { error: `cannot read the file (${code ?? 'unknown error'})` };
  }
}

/** Imported pages belong to the registry's outlet for their host, else a stored one, else a new unrated one. */
async function outletFor(
  ctx: PipelineContext,
  canonicalUrl: string | null,
  url: string,
  article: ExtractedArticle,
  persist: boolean,
): Promise<Outlet> {
  const pageUrl = parseHttpUrl(canonicalUrl ?? '') ?? parseHttpUrl(url);
  const domain = pageUrl ? (hostOf(pageUrl.href) ?? 'local') : 'local';
  const existing = await knownOutletForHost(ctx, domain, persist);
  if (existing) return existing;
  const outlet = outletForHost(
    domain,
    {
      name: article.siteName ?? (domain === 'local' ? 'Imported files' : domain),
      language: article.language ?? undefined,
      homepage: pageUrl ? `${pageUrl.origin}/` : undefined,
    },
    'Created by import; country and ownership not yet set.',
  );
  // ensure, not upsert: a concurrent import that created the outlet first keeps what it stored.
  return persist
    ? ctx.store.outlets.ensure(outlet)
    : { id: 0, ...outlet, fullText: outlet.fullText ?? false };
}

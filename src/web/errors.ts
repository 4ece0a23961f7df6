import type { Context, Hono } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { ZodError } from 'zod';
import { AppError, type AppErrorCode } from '../domain/index.js';
import type { WebDeps } from './deps.js';
import { html } from './html.js';
import { renderPage } from './layout.js';
import { CACHE } from './view-response.js';

/** What a user is told about a failed request. */
export interface PublicError {
  status: number;
  code: AppErrorCode;
  message: string;
}

const HEADINGS: Record<number, string> = {
  400: 'That request did not make sense',
  404: 'Page not found',
  500: 'Something went wrong',
};

/** Turn anything thrown into what a user may see; `known` is false for bugs, which get logged. */
export function toPublicError(err: unknown): PublicError & { known: boolean } {
  if (err instanceof AppError) {
    const internal = err.status >= 500 && err.code === 'internal';
    return {
      status: err.status,
      code: err.code,
      message: internal ? 'An unexpected error occurred.' : err.message,
      known: !internal,
    };
  }
  if (err instanceof ZodError) {
    return { status: 400, code: 'bad-input', message: 'Some of the input was not valid.', known: true };
  }
  if (err instanceof HTTPException && err.status < 500) {
    const code: AppErrorCode = err.status === 404 ? 'not-found' : 'bad-input';
    return { status: err.status, code, message: err.message || 'The request was not valid.', known: true };
  }
  return { status: 500, code: 'internal', message: 'An unexpected error occurred.', known: false };
}

function wantsJson(c: Context): boolean {
  return c.req.path.startsWith('/api/') || c.req.path === '/api';
}

/** The one place a failure becomes a response: JSON `{error:{code,message}}` under /api, else an HTML page. */
export function errorResponse(c: Context, e: PublicError, demo: boolean): Response {
  const status = e.status as ContentfulStatusCode;
  c.header('Cache-Control', CACHE.error);
  if (wantsJson(c)) return c.json({ error: { code: e.code, message: e.message } }, status);
  const heading = HEADINGS[e.status] ?? (e.status >= 500 ? HEADINGS[500]! : HEADINGS[400]!);
  const body = html`<section class="error-page">
<p class="code">Error ${e.status}</p>
<h1>${heading}</h1>
<p>${e.message}</p>
<p><a href="/">Back to the stories</a> or search above.</p>
</section>`;
  return c.html(renderPage({ title: heading, demo, body }), status);
}

/** Install the app-wide error and not-found handlers; unknown errors are logged, never shown. */
export function handleErrors(app: Hono, deps: Pick<WebDeps, 'demo' | 'log'>): void {
  app.onError((err, c) => {
    const e = toPublicError(err);
    if (!e.known) deps.log?.error({ err, method: c.req.method, url: c.req.url }, 'web request failed');
    return errorResponse(c, e, deps.demo);
  });
  app.notFound((c) =>
    errorResponse(
      c,
      { status: 404, code: 'not-found', message: 'There is nothing at this address.' },
      deps.demo,
    ),
  );
}

/** A not-found AppError naming what was missing. */
export function notFound(what: string): AppError {
  return new AppError('not-found', `No ${what} was found at this address.`);
}

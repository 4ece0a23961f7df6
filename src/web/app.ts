import { Hono } from 'hono';
import type { MiddlewareHandler } from 'hono';
import { actorRoutes } from './actor.js';
import { apiRoutes } from './api/index.js';
import { articleRoutes } from './article.js';
import { atomRoutes } from './atom.js';
import { blindspotRoutes } from './blindspots.js';
import type { WebDeps } from './deps.js';
import { handleErrors } from './errors.js';
import { homeRoutes } from './home.js';
import { letterRoutes } from './letters.js';
import { outletRoutes } from './outlet.js';
import { searchRoutes } from './search.js';
import { staticRoutes } from './static.js';
import { storyRoutes } from './story.js';
import { subscribeRoutes } from './subscribe.js';
import { createViewCache } from './view-cache.js';

// No scripts at all; images may come from any outlet's site, so they are the one open door.
const CSP = [
  "default-src 'none'",
  "style-src 'self'",
  'img-src http: https: data:',
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
].join('; ');

// Set before the handler runs, so they join the response as it is made: touching a finished response's
// headers makes @hono/node-server rebuild it as a full web Response, several times slower to send.
const securityHeaders: MiddlewareHandler = async (c, next) => {
  c.header('Content-Security-Policy', CSP);
  c.header('X-Content-Type-Options', 'nosniff');
  c.header('Referrer-Policy', 'strict-origin-when-cross-origin');
  await next();
};

function requestLog(deps: WebDeps): MiddlewareHandler {
  return async (c, next) => {
    const started = performance.now();
    await next();
    deps.log?.debug(
      {
        method: c.req.method,
        url: c.req.path,
        status: c.res.status,
        ms: Math.round(performance.now() - started),
      },
      'web request',
    );
  };
}

/** The whole site: pages, JSON API, Atom feed, stylesheet and health check, with one error handler. */
export function createWebApp(webDeps: WebDeps): Hono {
  const deps = {
    ...webDeps,
    views:
      webDeps.views ??
      createViewCache(webDeps.store.stories, webDeps.now, {}, (err) =>
        webDeps.log?.error({ err }, 'recomposing a page failed; the previous one is served'),
      ),
  };
  const app = new Hono();
  app.use(requestLog(deps), securityHeaders);
  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.text('ok');
  });
  app.route('/', staticRoutes());
  app.route('/', homeRoutes(deps));
  app.route('/', storyRoutes(deps));
  app.route('/', blindspotRoutes(deps));
  app.route('/', outletRoutes(deps));
  app.route('/', actorRoutes(deps));
  app.route('/', articleRoutes(deps));
  app.route('/', searchRoutes(deps));
  app.route('/', atomRoutes(deps));
  app.route('/', letterRoutes(deps));
  app.route('/', subscribeRoutes(deps));
  app.route('/', apiRoutes(deps));
  handleErrors(app, deps);
  return app;
}

import { Hono } from 'hono';
import type { ViewDeps } from '../deps.js';
import { actorApi } from './actors.js';
import { articleApi } from './articles.js';
import { outletApi } from './outlets.js';
import { storyApi } from './stories.js';

/** The JSON API: the same data as the pages, dates as ISO strings, errors as `{error:{code,message}}`. */
export function apiRoutes(deps: ViewDeps): Hono {
  const app = new Hono();
  app.route('/', storyApi(deps));
  app.route('/', articleApi(deps));
  app.route('/', outletApi(deps));
  app.route('/', actorApi(deps));
  return app;
}

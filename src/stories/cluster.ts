import { DEFAULT_MATCH_MODEL } from './match-model.js';
import { StoryStream } from './story-stream.js';
import type { Cluster, ClusterInput, ClusterOptions } from './types.js';

/** Defaults of the clusterer: the fitted model's threshold and a four-day window. */
export const CLUSTER_DEFAULTS = { threshold: DEFAULT_MATCH_MODEL.threshold, windowHours: 96 } as const;

/**
 * Group articles into stories: one pass in time order (ties by id) through the online clusterer
 * (`StoryStream`), so the answer is the one the stream would have given, then every story closed,
 * merged or split. Clusters come out in order of their first article.
 */
export function clusterArticles(articles: readonly ClusterInput[], opts: ClusterOptions = {}): Cluster[] {
  const stream = new StoryStream({
    model: { ...DEFAULT_MATCH_MODEL, threshold: opts.threshold ?? CLUSTER_DEFAULTS.threshold },
    windowHours: opts.windowHours ?? CLUSTER_DEFAULTS.windowHours,
    ...(opts.now ? { now: opts.now } : {}),
  });
  const timeOf = (a: ClusterInput) => {
    const t = a.published.getTime();
    return Number.isNaN(t) ? 0 : t;
  };
  const byId = new Map(articles.map((a) => [a.id, a]));
  for (const a of [...articles].sort((x, y) => timeOf(x) - timeOf(y) || x.id - y.id)) {
    stream.add({ id: a.id, title: a.title, text: a.text, published: a.published, actorIds: a.actorIds });
  }
  return stream
    .finish()
    .stories.map((s) => {
      // Member times are read back from the inputs: a split story's halves each get their own.
      const times = s.articleIds.map((id) => timeOf(byId.get(id)!)).sort((x, y) => x - y);
      const ids = [...s.articleIds].sort((x, y) => timeOf(byId.get(x)!) - timeOf(byId.get(y)!) || x - y);
      return { articleIds: ids, firstPublished: new Date(times[0]!), lastPublished: new Date(times.at(-1)!) };
    })
    .sort(
      (a, b) =>
        a.firstPublished.getTime() - b.firstPublished.getTime() || a.articleIds[0]! - b.articleIds[0]!,
    );
}

export { openStore } from './open-store.js';
export { SNIPPET_MARK_END, SNIPPET_MARK_START } from './search.js';
export type {
  ActorStore,
  ArticleDetail,
  ArticleStore,
  ArticleSummary,
  ClusteringArticle,
  Duplicate,
  EnqueueOptions,
  FailOutcome,
  FeedStore,
  Job,
  JobState,
  JobStore,
  JobWriteOptions,
  OpenStoreOptions,
  OutletStore,
  Page,
  SearchHit,
  Store,
  StoryStore,
  StoryUpsert,
} from './types.js';

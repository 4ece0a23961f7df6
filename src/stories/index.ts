export { CLUSTER_DEFAULTS, clusterArticles } from './cluster.js';
export { composeStory } from './compose.js';
export { coverageOf } from './coverage.js';
export type { SharedFact } from './facts.js';
export { sharedFacts } from './facts.js';
export { blindspotsOf } from './blindspots.js';
export { byCentrality, chooseHeadline } from './headline.js';
export { outletHeadlines } from './outlet-headlines.js';
export { type ActorCountryOf, countriesAtStake, placeOf } from './story-place.js';
export { findWireCopy, type WireCopyFound } from './wire-copy.js';
export { groupPerspectives, keyQuotes, perspectiveLabel } from './perspectives.js';
export { rankStories, storyScore } from './rank.js';
export { type QuotedOutlet, type QuotedOutletOf, quotedOutletOf } from './reported-outlets.js';
export { relatedStories } from './related.js';
export { assignStoryIds, redirectHomes, storyRedirects } from './story-ids.js';
export {
  type StreamArticle,
  type StreamOptions,
  type StreamResult,
  type StreamStory,
  StoryStream,
} from './story-stream.js';
export type {
  Cluster,
  ClusterInput,
  ClusterOptions,
  ComposeInput,
  PreviousStory,
  RankableStory,
  RelatedInput,
  RelatedLink,
  RelatedOptions,
  StoryArticle,
  StoryHeadline,
  StoryIdAssignment,
} from './types.js';

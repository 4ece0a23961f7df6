export { parseFeedDate } from './dates.js';
export { discoverFeeds } from './discover.js';
export type { OpmlFeed, OpmlList, OpmlOutletAttributes, OpmlSkipped } from './opml.js';
export { MAX_OPML_FEEDS, OUTLET_NAMESPACE, opmlTitle, parseOpml, writeOpml } from './opml.js';
export type { ParseFeedBytesOptions, ParseFeedOptions } from './parse-feed.js';
export { parseFeed, parseFeedBytes } from './parse-feed.js';
export { PRESETS_DIR, presetPath } from './presets.js';

export { parseFeedDate } from './dates.js';
export { discoverFeeds } from './discover.js';
export type { OpmlFeed } from './opml.js';
export { opmlTitle, parseOpml, writeOpml } from './opml.js';
export type { ParseFeedBytesOptions, ParseFeedOptions } from './parse-feed.js';
export { parseFeed, parseFeedBytes } from './parse-feed.js';

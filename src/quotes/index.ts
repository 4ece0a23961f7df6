export { isShown, SHOWN_THRESHOLD } from './confidence/confidence.js';
export {
  type ExtractQuotesOptions,
  extractAttributions,
  extractQuotes,
  type FoundAttribution,
} from './extract-quotes.js';

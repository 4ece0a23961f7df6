export { type ExtractQuotesOptions, extractQuotes } from './extract-quotes.js';

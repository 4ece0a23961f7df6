// The web's templates import the toolkit from here; the one implementation lives in lib/.
export { escapeHtml, type HtmlValue, html, isSafeHtml, linkUrl, raw, type SafeHtml } from '../lib/html.js';

export { createWebApp } from './app.js';
export type { CountryLabels, WebDeps, WebLogger } from './deps.js';
export { escapeHtml, html, raw, type SafeHtml } from './html.js';
export type { RunningServer } from './server.js';
export { startWebServer } from './server.js';
export { siteBase } from './base-url.js';

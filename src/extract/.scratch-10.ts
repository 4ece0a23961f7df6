import { extractHtml } from './index.js';
const prose = 'The committee met again on Thursday, and the chair said a decision would follow within weeks. ';
const parts: string[] = ['<html><body><article>'];
for (let i = 0, size = 0; size < 10_000_000; i++) { const p = `<p>${prose.repeat(4)}Paragraph ${i}.</p>\n`; parts.push(p); size += p.length; }
const html = parts.join('') + '</article></body></html>';
for (let i = 0; i < 4; i++) { const t = performance.now(); const r = extractHtml(html, { url: 'https://e.org/' }); console.log((performance.now() - t).toFixed(0), r.bodyText.length); }

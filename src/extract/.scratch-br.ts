import { extractHtml } from './index.js';
const brs = '<p>' + 'word <br>'.repeat(500000) + '</p>';
for (let i = 0; i < 3; i++) { const t = performance.now(); const r = extractHtml(brs, { url: 'https://e.org/' }); console.log(performance.now() - t, r.bodyText.length, r.bodyHtml.length); }

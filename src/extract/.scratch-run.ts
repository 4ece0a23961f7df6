import { readFileSync } from 'node:fs';
import { extractHtml, extractText } from './index.js';
const f = process.argv[2]!;
const s = readFileSync(f, 'utf8');
const r = f.endsWith('.html') ? extractHtml(s, { url: process.argv[3] ?? 'https://example.org/x' }) : extractText(s, { url: process.argv[3] });
const { bodyText, bodyHtml, ...rest } = r;
console.log(rest);
console.log('---TEXT---\n' + bodyText);
if (process.argv[4]) console.log('---HTML---\n' + bodyHtml);

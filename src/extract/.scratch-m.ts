import { parseHtml } from './html-tree.js';
import { measure } from './text-stats.js';
import { descendants } from './tree-query.js';
import { capHtml } from './limits.js';
const brs = capHtml('<p>' + 'word <br>'.repeat(500000) + '</p>');
let t = performance.now();
const root = parseHtml(brs); console.log('parse', performance.now() - t); t = performance.now();
for (let i = 0; i < 3; i++) { descendants(root); console.log('desc', performance.now() - t); t = performance.now(); }
for (let i = 0; i < 3; i++) { measure(root); console.log('measure', performance.now() - t); t = performance.now(); }

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHtml } from './html-tree.js';
import { descendants, classWords } from './tree-query.js';
import { classVerdict, isHidden } from './chrome-patterns.js';
const dir = '/work/shared/data/article-extraction';
const gt = JSON.parse(readFileSync(`${dir}/ground-truth.json`, 'utf8'));
const id = Object.keys(gt).find((k) => k.startsWith(process.argv[2]!))!;
const root = parseHtml(gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString('utf8'));
const needle = process.argv[3]!;
for (const el of descendants(root)) {
  if (el.tag !== 'script' && el.children.some((c) => c.kind === 'text' && c.text.includes(needle))) {
    for (let c: any = el; c; c = c.parent) console.log(c.tag, JSON.stringify(c.attrs).slice(0, 150), classVerdict(c), isHidden(c));
    break;
  }
}

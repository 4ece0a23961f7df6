import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { parseHtml } from './html-tree.js';
import { descendants, classWords } from './tree-query.js';
const dir = '/work/shared/data/article-extraction';
const gt = JSON.parse(readFileSync(`${dir}/ground-truth.json`, 'utf8'));
const id = Object.keys(gt).find((k) => k.startsWith(process.argv[2]!))!;
const html = gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString('utf8');
const root = parseHtml(html);
const needle = (process.argv[3] ?? gt[id].articleBody.split('\n')[0].slice(0, 40)).trim();
for (const el of descendants(root)) {
  if (el.tag !== 'script' && el.children.some((c) => c.kind === 'text' && c.text.includes(needle.slice(0, 25)))) {
    const chain = [];
    for (let c: any = el; c; c = c.parent) chain.push(`${c.tag}${c.attrs.class ? '.' + c.attrs.class.slice(0, 40) : ''}${c.attrs.id ? '#' + c.attrs.id : ''}${c.attrs.style ? '{' + c.attrs.style.slice(0, 30) + '}' : ''}${c.attrs['aria-hidden'] ? '[aria-hidden]' : ''}${'hidden' in c.attrs ? '[hidden]' : ''}`);
    console.log(chain.join(' < '));
    break;
  }
}

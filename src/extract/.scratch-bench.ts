import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { extractHtml } from './index.js';
const dir = '/work/shared/data/article-extraction';
const gt = JSON.parse(readFileSync(`${dir}/ground-truth.json`, 'utf8')) as Record<string, { articleBody: string; url: string }>;
const tok = (s: string) => s.match(/[\p{L}\p{N}_]+/gu) ?? [];
function shingles(t: string[]): Map<string, number> {
  const m = new Map<string, number>();
  if (t.length === 0) return m;
  for (let i = 0; i < Math.max(1, t.length - 3); i++) { const k = t.slice(i, i + 4).join('\u0001'); m.set(k, (m.get(k) ?? 0) + 1); }
  return m;
}
let sp = 0, np = 0, sr = 0, nr = 0, acc = 0; const times: number[] = [];
const rows: [string, number, number, string][] = [];
for (const [id, item] of Object.entries(gt)) {
  const html = gunzipSync(readFileSync(`${dir}/html/${id}.html.gz`)).toString('utf8');
  const t0 = performance.now();
  const out = extractHtml(html, { url: item.url });
  times.push(performance.now() - t0);
  const g = shingles(tok(item.articleBody)); const p = shingles(tok(out.bodyText));
  let tp = 0, fp = 0, fn = 0;
  for (const k of new Set([...g.keys(), ...p.keys()])) { const a = g.get(k) ?? 0, b = p.get(k) ?? 0; tp += Math.min(a, b); fp += Math.max(0, b - a); fn += Math.max(0, a - b); }
  const prec = tp + fp > 0 ? tp / (tp + fp) : null; const rec = tp / (tp + fn);
  if (prec !== null) { sp += prec; np++; } sr += rec; nr++;
  if (tok(item.articleBody).join(' ') === tok(out.bodyText).join(' ')) acc++;
  rows.push([id.slice(0, 8), prec ?? 0, rec, item.url]);
}
const P = sp / np, R = sr / nr;
times.sort((a, b) => a - b);
console.log(`F1 ${(2 * P * R / (P + R)).toFixed(3)} P ${P.toFixed(3)} R ${R.toFixed(3)} acc ${(acc / nr).toFixed(3)} mean ${(times.reduce((a, b) => a + b) / times.length).toFixed(1)}ms p50 ${times[90]!.toFixed(1)} max ${times.at(-1)!.toFixed(0)}`);
if (process.argv[2]) { rows.sort((a, b) => (a[1] + a[2]) - (b[1] + b[2])); for (const r of rows.slice(0, Number(process.argv[2]))) console.log(r[0], r[1].toFixed(2), r[2].toFixed(2), r[3]); }

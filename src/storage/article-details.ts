import type { Outlet } from '../domain/index.js';
import { inBatches } from './batches.js';
import type { StoreDialect } from './dialects/dialect.js';
import { toQuote } from './quote-rows.js';
import { type ArticleRow, toArticle, toMention, toOutlet } from './rows.js';
import type { ArticleDetail } from './types.js';

const BATCH = 500;

/** Attach outlet, quotes and mentions (each in text order) to article rows, keeping the rows' order. */
export async function loadDetails(d: StoreDialect, rows: ArticleRow[]): Promise<ArticleDetail[]> {
  if (rows.length === 0) return [];
  const { db } = d;
  const ids = rows.map((r) => Number(r.id));
  const outletIds = [...new Set(rows.map((r) => Number(r.outlet_id)))];

  const outlets = new Map<number, Outlet>();
  for (const batch of inBatches(outletIds, BATCH)) {
    const found = await db.selectFrom('outlets').selectAll().where('id', 'in', batch).execute();
    for (const o of found) outlets.set(Number(o.id), toOutlet(o));
  }

  const quotes = new Map<number, ArticleDetail['quotes']>();
  const mentions = new Map<number, ArticleDetail['mentions']>();
  for (const batch of inBatches(ids, BATCH)) {
    const quoteRows = await db
      .selectFrom('quotes')
      .selectAll()
      .where('article_id', 'in', batch)
      .orderBy('article_id')
      .orderBy('ordinal')
      .execute();
    for (const q of quoteRows) push(quotes, Number(q.article_id), toQuote(q));
    const mentionRows = await db
      .selectFrom('mentions')
      .innerJoin('actors', 'actors.id', 'mentions.actor_id')
      .select([
        'mentions.article_id',
        'mentions.actor_id',
        'actors.name',
        'actors.kind',
        'mentions.surface',
        'mentions.span_start',
        'mentions.span_end',
      ])
      .where('mentions.article_id', 'in', batch)
      .orderBy('mentions.article_id')
      .orderBy('mentions.ordinal')
      .execute();
    for (const m of mentionRows) push(mentions, Number(m.article_id), toMention(m));
  }

  return rows.map((r) => {
    const id = Number(r.id);
    const outlet = outlets.get(Number(r.outlet_id));
    // outlet_id is a non-null foreign key, so the outlet is always there.
    if (!outlet) throw new Error(`article ${id} has no outlet ${r.outlet_id}`);
    return { ...toArticle(d, r), outlet, quotes: quotes.get(id) ?? [], mentions: mentions.get(id) ?? [] };
  });
}

function push<T>(map: Map<number, T[]>, key: number, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

import type { NewOutlet } from '../domain/index.js';
import type { StoreDialect } from './dialects/dialect.js';
import { toOutlet } from './rows.js';
import { bumpStoryViewsVersion } from './story-views.js';
import type { OutletStore } from './types.js';

/** Outlet queries over one database. */
export function createOutletStore(d: StoreDialect): OutletStore {
  const { db } = d;
  const byDomain = async (domain: string) => {
    const row = await db
      .selectFrom('outlets')
      .selectAll()
      .where('domain', '=', domain)
      .orderBy('id')
      .executeTakeFirst();
    return row ? toOutlet(row) : null;
  };
  return {
    async upsert(o: NewOutlet) {
      const values = outletValues(o);
      const { slug: _slug, ...changes } = values;
      const row = await db
        .insertInto('outlets')
        .values(values)
        .onConflict((oc) => oc.column('slug').doUpdateSet(changes))
        .returningAll()
        .executeTakeFirstOrThrow();
      return toOutlet(row);
    },
    async ensure(o: NewOutlet) {
      const inserted = await db
        .insertInto('outlets')
        .values(outletValues(o))
        .onConflict((oc) => oc.column('slug').doNothing())
        .returningAll()
        .executeTakeFirst();
      if (inserted) return toOutlet(inserted);
      const row = await db
        .selectFrom('outlets')
        .selectAll()
        .where('slug', '=', o.slug)
        .executeTakeFirstOrThrow();
      return toOutlet(row);
    },
    async get(id) {
      const row = await db.selectFrom('outlets').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? toOutlet(row) : null;
    },
    async getBySlug(slug) {
      const row = await db.selectFrom('outlets').selectAll().where('slug', '=', slug).executeTakeFirst();
      return row ? toOutlet(row) : null;
    },
    async findByDomain(domain) {
      const host = domain
        .trim()
        .toLowerCase()
        .replace(/^www\./, '')
        .replace(/\.$/, '');
      if (host === '') return null;
      // A page on news.example.org belongs to the outlet registered as example.org; an address
      // with a port or an IP literal is only ever matched exactly.
      const labels = host.split('.');
      const exactOnly = host.includes(':') || /^[\d.]+$/.test(host) || labels.length < 3;
      const candidates = exactOnly ? [host] : labels.slice(0, -1).map((_, i) => labels.slice(i).join('.'));
      for (const candidate of candidates) {
        const found = await byDomain(candidate);
        if (found) return found;
      }
      return null;
    },
    async update(slug, { fullText, ...columns }) {
      const set = {
        ...Object.fromEntries(Object.entries(columns).filter(([, v]) => v !== undefined)),
        ...(fullText === undefined ? {} : { full_text: fullText ? 1 : 0 }),
      };
      return db.transaction().execute(async (trx) => {
        const row =
          Object.keys(set).length === 0
            ? await trx.selectFrom('outlets').selectAll().where('slug', '=', slug).executeTakeFirst()
            : await trx
                .updateTable('outlets')
                .set(set)
                .where('slug', '=', slug)
                .returningAll()
                .executeTakeFirst();
        if (!row) return null;
        // Perspectives and coverage bars are composed from outlets: cached views must be rebuilt.
        await bumpStoryViewsVersion(trx);
        return toOutlet(row);
      });
    },
    async list() {
      const rows = await db
        .selectFrom('outlets')
        .selectAll('outlets')
        .select((eb) =>
          eb
            .selectFrom('articles')
            .whereRef('articles.outlet_id', '=', 'outlets.id')
            .select(eb.fn.countAll().as('n'))
            .as('article_count'),
        )
        .orderBy('outlets.name')
        .orderBy('outlets.id')
        .execute();
      return rows.map((r) => ({ ...toOutlet(r), articleCount: Number(r.article_count ?? 0) }));
    },
  };
}

function outletValues(o: NewOutlet) {
  return {
    // Left out when not given, so an upsert that does not mention it keeps what an editor set.
    ...(o.fullText === undefined ? {} : { full_text: o.fullText ? 1 : 0 }),
    slug: o.slug,
    name: o.name,
    domain: o.domain,
    country: o.country,
    language: o.language,
    ownership: o.ownership,
    genre: o.genre,
    homepage: o.homepage,
    notes: o.notes,
  };
}

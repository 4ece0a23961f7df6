import { type Kysely, type Migration, sql } from 'kysely';
import type { StoreDialect } from '../dialects/dialect.js';

/** The articles table and the quotes found in them. */
export function articlesMigration(d: StoreDialect): Migration {
  return {
    async up(db: Kysely<unknown>) {
      await db.schema
        .createTable('articles')
        .ifNotExists()
        .addColumn('id', 'integer', (c) => d.idColumn(c))
        .addColumn('outlet_id', 'integer', (c) => c.notNull().references('outlets.id').onDelete('cascade'))
        .addColumn('feed_id', 'integer', (c) => c.references('feeds.id').onDelete('set null'))
        .addColumn('url', 'text', (c) => c.notNull())
        .addColumn('canonical_url', 'text')
        .addColumn('guid', 'text')
        .addColumn('title', 'text')
        .addColumn('standfirst', 'text')
        .addColumn('byline', 'text')
        .addColumn('published_at', d.timestampType)
        .addColumn('updated_at', d.timestampType)
        .addColumn('language', 'text')
        .addColumn('site_name', 'text')
        .addColumn('section', 'text')
        .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
        .addColumn('body_text', 'text', (c) => c.notNull())
        .addColumn('body_html', 'text', (c) => c.notNull())
        .addColumn('image_url', 'text')
        .addColumn('image_caption', 'text')
        .addColumn('image_credit', 'text')
        .addColumn('content_hash', 'text', (c) => c.notNull())
        .addColumn('story_id', 'integer', (c) => c.references('stories.id').onDelete('set null'))
        .addColumn('fetched_at', d.timestampType, (c) => c.notNull())
        .execute();
      await db.schema
        .createIndex('articles_feed_guid_uq')
        .ifNotExists()
        .unique()
        .on('articles')
        .columns(['feed_id', 'guid'])
        .where(sql<boolean>`guid is not null`)
        .execute();
      for (const column of [
        'url',
        'canonical_url',
        'content_hash',
        'story_id',
        'published_at',
        'outlet_id',
      ]) {
        await db.schema
          .createIndex(`articles_${column}_idx`)
          .ifNotExists()
          .on('articles')
          .column(column)
          .execute();
      }

      await db.schema
        .createTable('quotes')
        .ifNotExists()
        .addColumn('article_id', 'integer', (c) => c.notNull().references('articles.id').onDelete('cascade'))
        .addColumn('ordinal', 'integer', (c) => c.notNull())
        .addColumn('text', 'text', (c) => c.notNull())
        .addColumn('kind', 'text', (c) => c.notNull())
        .addColumn('speaker', 'text')
        .addColumn('speaker_kind', 'text')
        .addColumn('speaker_actor_id', 'text')
        .addColumn('affiliation', 'text')
        .addColumn('cue', 'text')
        .addColumn('span_start', 'integer', (c) => c.notNull())
        .addColumn('span_end', 'integer', (c) => c.notNull())
        .addColumn('source_start', 'integer')
        .addColumn('source_end', 'integer')
        .addColumn('cue_start', 'integer')
        .addColumn('cue_end', 'integer')
        .addPrimaryKeyConstraint('quotes_pk', ['article_id', 'ordinal'])
        .addCheckConstraint('quotes_kind_check', sql`kind in ('direct', 'reported', 'mixed')`)
        .addCheckConstraint(
          'quotes_speaker_kind_check',
          sql`speaker_kind is null or speaker_kind in ('person', 'organisation', 'outlet', 'government', 'group')`,
        )
        .addCheckConstraint('quotes_span_check', sql`span_end >= span_start`)
        .execute();
      await db.schema
        .createIndex('quotes_speaker_actor_idx')
        .ifNotExists()
        .on('quotes')
        .column('speaker_actor_id')
        .execute();
    },
    async down(db: Kysely<unknown>) {
      await db.schema.dropTable('quotes').ifExists().execute();
      await db.schema.dropTable('articles').ifExists().execute();
    },
  };
}

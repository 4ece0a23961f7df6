import { safePage } from './batches.js';
import type { StoreDialect } from './dialects/dialect.js';
import type { LettersTable } from './schema.js';
import type { IssuedLetter, LetterStore, LetterSummary } from './types.js';

/** Issued-letter queries over one database. */
export function createLetterStore(d: StoreDialect): LetterStore {
  const { db } = d;
  const toLetter = (r: LettersTable): IssuedLetter => ({
    ...toSummary(r),
    preheader: r.preheader,
    html: r.html,
    text: r.text_part,
    storyIds: JSON.parse(r.story_ids) as string[],
  });
  const toSummary = (
    r: Pick<LettersTable, 'issue_key' | 'list' | 'issue_date' | 'subject' | 'created_at'>,
  ) => ({
    issueKey: r.issue_key,
    list: r.list,
    date: r.issue_date,
    subject: r.subject,
    createdAt: d.fromDb(r.created_at),
  });
  const get = async (issueKey: string): Promise<IssuedLetter | null> => {
    const row = await db
      .selectFrom('letters')
      .selectAll()
      .where('issue_key', '=', issueKey)
      .executeTakeFirst();
    return row ? toLetter(row) : null;
  };
  return {
    async issue(letter, at) {
      const inserted = await db
        .insertInto('letters')
        .values({
          issue_key: letter.issueKey,
          list: letter.list,
          issue_date: letter.date,
          subject: letter.subject,
          preheader: letter.preheader,
          html: letter.html,
          text_part: letter.text,
          story_ids: JSON.stringify(letter.storyIds),
          created_at: d.toDb(at),
        })
        .onConflict((oc) => oc.column('issue_key').doNothing())
        .returning('issue_key')
        .executeTakeFirst();
      const stored = await get(letter.issueKey);
      // Only a deleted row between the insert and the read lands here.
      if (!stored) throw new Error(`letter ${letter.issueKey} vanished after it was issued`);
      return { letter: stored, created: inserted !== undefined };
    },
    get,
    async list(filter, page): Promise<LetterSummary[]> {
      const { limit, offset } = safePage(page);
      let q = db.selectFrom('letters').select(['issue_key', 'list', 'issue_date', 'subject', 'created_at']);
      if (filter.list) q = q.where('list', '=', filter.list);
      const rows = await q
        .orderBy('issue_date', 'desc')
        .orderBy('list')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map(toSummary);
    },
  };
}

import { describe, expect, it } from 'vitest';
import { forEachDialect } from './test-harness.js';

const LIMIT = { max: 3, windowMs: 60 * 60_000 };
const at = (minutes: number) => new Date(Date.UTC(2026, 11, 7, 8, minutes));

describe('storage: subscribers and the suppression list', () => {
  forEachDialect((fresh) => {
    it('signs an address up once (insert-or-skip) and grants confirmation mails only within the per-address limit', async () => {
      const { store } = await fresh();
      const first = await store.subscribers.signUp('ana@example.org', at(0), LIMIT);
      expect(first).toMatchObject({ created: true, suppressed: false, mayMail: true });
      expect(first.subscriber).toMatchObject({ email: 'ana@example.org', state: 'pending', lists: [] });
      const again = await Promise.all(
        [1, 2, 3].map(() => store.subscribers.signUp('ana@example.org', at(1), LIMIT)),
      );
      expect(again.every((o) => !o.created && o.subscriber.id === first.subscriber.id)).toBe(true);
      // Three slots in the window: the first sign-up took one, so two of the three retries get one.
      expect(again.filter((o) => o.mayMail)).toHaveLength(2);
      expect((await store.subscribers.signUp('ana@example.org', at(59), LIMIT)).mayMail).toBe(false);
      expect((await store.subscribers.signUp('ana@example.org', at(61), LIMIT)).mayMail).toBe(true);
      expect(await store.subscribers.list()).toHaveLength(1);
    });

    it('confirms with the current nonce only once, adding the lists', async () => {
      const { store } = await fresh();
      const { subscriber } = await store.subscribers.signUp('bo@example.org', at(0), LIMIT);
      const nonce = await store.subscribers.confirmNonce(subscriber.id);
      expect(nonce).toMatch(/^[\w-]{20,}$/);
      expect(await store.subscribers.confirm(subscriber.id, 'forged', ['briefing'], at(1))).toBeNull();
      const [a, b] = await Promise.all([
        store.subscribers.confirm(subscriber.id, nonce!, ['briefing', 'good-news'], at(1)),
        store.subscribers.confirm(subscriber.id, nonce!, ['blindspots'], at(1)),
      ]);
      expect([a, b].filter(Boolean)).toHaveLength(1);
      const now = await store.subscribers.get(subscriber.id);
      expect(now?.state).toBe('confirmed');
      expect(now?.confirmedAt?.toISOString()).toBe(at(1).toISOString());
      expect(await store.subscribers.confirm(subscriber.id, nonce!, ['briefing'], at(2))).toBeNull();
    });

    it('lists the recipients of a list: confirmed, not paused, not suppressed', async () => {
      const { store } = await fresh();
      const add = (email: string, state: 'pending' | 'confirmed', lists: ('briefing' | 'good-news')[]) =>
        store.subscribers.upsert({ email, lists, state }, at(0));
      const a = await add('a@example.org', 'confirmed', ['briefing']);
      await add('b@example.org', 'pending', ['briefing']);
      const c = await add('c@example.org', 'confirmed', ['briefing', 'good-news']);
      const d = await add('d@example.org', 'confirmed', ['briefing']);
      const e = await add('e@example.org', 'confirmed', ['good-news']);
      await store.subscribers.setPreferences(d.subscriber.id, { lists: ['briefing'], paused: true }, at(1));
      await store.subscribers.suppress('c@example.org', 'hard bounce', at(1));
      expect((await store.subscribers.recipients('briefing')).map((r) => r.email)).toEqual(['a@example.org']);
      expect(await store.subscribers.recipients('good-news')).toEqual([
        { id: e.subscriber.id, email: 'e@example.org' },
      ]);
      expect((await store.subscribers.get(c.subscriber.id))?.state).toBe('suppressed');
      // Neither an import nor a fresh sign-up lifts a suppression.
      await add('c@example.org', 'confirmed', ['briefing']);
      expect((await store.subscribers.get(c.subscriber.id))?.state).toBe('suppressed');
      expect(await store.subscribers.signUp('c@example.org', at(2), LIMIT)).toMatchObject({
        suppressed: true,
        mayMail: false,
      });
      await store.subscribers.unsubscribe(a.subscriber.id, 'briefing', at(3));
      expect(await store.subscribers.get(a.subscriber.id)).toMatchObject({
        state: 'unsubscribed',
        lists: [],
      });
      expect(await store.subscribers.recipients('briefing')).toEqual([]);
    });

    it('leaves one list on a one-click unsubscribe and keeps the others', async () => {
      const { store } = await fresh();
      const { subscriber } = await store.subscribers.upsert(
        { email: 'f@example.org', lists: ['briefing', 'good-news'], state: 'confirmed' },
        at(0),
      );
      const after = await store.subscribers.unsubscribe(subscriber.id, 'good-news', at(1));
      expect(after).toMatchObject({ state: 'confirmed', lists: ['briefing'] });
      expect(await store.subscribers.unsubscribe(subscriber.id, 'good-news', at(2))).toMatchObject({
        lists: ['briefing'],
      });
      expect(await store.subscribers.unsubscribe(999_999, null, at(2))).toBeNull();
    });

    it('keeps the first value of a setting written by racing callers', async () => {
      const { store } = await fresh();
      const values = await Promise.all(
        ['one', 'two', 'three'].map((v) => store.subscribers.setting('secret', v)),
      );
      expect(new Set(values).size).toBe(1);
      expect(await store.subscribers.setting('secret', 'four')).toBe(values[0]);
    });
  });
});

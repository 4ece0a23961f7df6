import { describe, expect, it } from 'vitest';
import type { ActorMention, Quote } from '../domain/index.js';
import { articleFixture, forEachDialect, outletFixture } from './test-harness.js';

const quote = (text: string, start: number, over: Partial<Quote> = {}): Quote => ({
  text,
  kind: 'direct',
  speaker: 'Liang Wen',
  speakerKind: 'person',
  speakerActorId: null,
  affiliation: null,
  cue: 'said',
  start,
  end: start + text.length,
  source: { start: start + text.length + 2, end: start + text.length + 11 },
  cueSpan: null,
  ...over,
});

const mention = (actorId: string, name: string, start: number): ActorMention => ({
  actorId,
  name,
  kind: 'country',
  surface: name,
  start,
  end: start + name.length,
});

describe('storage: articles', () => {
  forEachDialect((fresh) => {
    it('finds a duplicate by guid within the same feed only', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('g'));
      const feed = await store.feeds.add('https://g.example/rss', outlet.id);
      const other = await store.feeds.add('https://g.example/other', outlet.id);
      const id = await store.articles.insert(
        articleFixture(outlet.id, 'g1', { feedId: feed.id, guid: 'urn:1' }),
      );
      const key = {
        outletId: outlet.id,
        guid: 'urn:1',
        url: 'https://g.example/new',
        canonicalUrl: null,
        contentHash: 'different',
      };
      expect(await store.articles.findDuplicate({ ...key, feedId: feed.id })).toEqual({ id, by: 'guid' });
      expect(await store.articles.findDuplicate({ ...key, feedId: other.id })).toBeNull();
    });

    it('refuses a second article with the same feed and guid', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('g2'));
      const feed = await store.feeds.add('https://g2.example/rss', outlet.id);
      await store.articles.insert(articleFixture(outlet.id, 'x1', { feedId: feed.id, guid: 'same' }));
      await expect(
        store.articles.insert(articleFixture(outlet.id, 'x2', { feedId: feed.id, guid: 'same' })),
      ).rejects.toThrow();
      await store.articles.insert(articleFixture(outlet.id, 'x3', { feedId: feed.id, guid: null }));
      await store.articles.insert(articleFixture(outlet.id, 'x4', { feedId: feed.id, guid: null }));
      expect(await store.articles.count()).toBe(3);
    });

    it('finds a duplicate by canonical url, whichever side carries it', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('c'));
      const id = await store.articles.insert(
        articleFixture(outlet.id, 'c1', {
          url: 'https://c.example/a?utm_source=rss',
          canonicalUrl: 'https://c.example/a',
        }),
      );
      const base = { outletId: outlet.id, feedId: null, guid: null, contentHash: 'other' };
      expect(
        await store.articles.findDuplicate({ ...base, url: 'https://c.example/a', canonicalUrl: null }),
      ).toEqual({ id, by: 'url' });
      expect(
        await store.articles.findDuplicate({
          ...base,
          url: 'https://m.c.example/a',
          canonicalUrl: 'https://c.example/a',
        }),
      ).toEqual({ id, by: 'url' });
      expect(
        await store.articles.findDuplicate({
          ...base,
          url: 'https://c.example/a?utm_source=rss',
          canonicalUrl: null,
        }),
      ).toEqual({ id, by: 'url' });
      expect(
        await store.articles.findDuplicate({ ...base, url: 'https://c.example/b', canonicalUrl: null }),
      ).toBeNull();
    });

    it('finds a duplicate by content hash within the same outlet when urls differ', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('h'));
      const reprinter = await store.outlets.upsert(outletFixture('h-reprint'));
      const id = await store.articles.insert(articleFixture(outlet.id, 'h1', { contentHash: 'abc123' }));
      const k = {
        outletId: outlet.id,
        feedId: null,
        guid: null,
        url: 'https://elsewhere.example/x',
        canonicalUrl: null,
      };
      expect(await store.articles.findDuplicate({ ...k, contentHash: 'abc123' })).toEqual({ id, by: 'hash' });
      expect(await store.articles.findDuplicate({ ...k, contentHash: 'abc124' })).toBeNull();
      expect(await store.articles.findDuplicate({ ...k, contentHash: null })).toBeNull();
      // The same words from another outlet are a reprint: another perspective, not a duplicate.
      expect(
        await store.articles.findDuplicate({ ...k, outletId: reprinter.id, contentHash: 'abc123' }),
      ).toBeNull();
    });

    it('returns many articles with details in the order asked, skipping missing ids', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('many'));
      const a = await store.articles.insert(articleFixture(outlet.id, 'm1'));
      const b = await store.articles.insert(
        articleFixture(outlet.id, 'm2', { quotes: [quote('hello there', 5)] }),
      );
      const got = await store.articles.getMany([b, 999_999, a]);
      expect(got.map((x) => x.id)).toEqual([b, a]);
      expect(got[0]!.quotes).toHaveLength(1);
      expect(got[0]!.outlet.slug).toBe(outlet.slug);
    });

    it('writes nothing when one quote violates a constraint', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('tx'));
      const bad = { ...quote('second', 40), kind: 'shouted' } as unknown as Quote;
      const article = articleFixture(outlet.id, 'tx1', {
        mentions: [mention('country:zz', 'Zedland', 0)],
        quotes: [quote('first', 10), bad],
      });
      await expect(store.articles.insert(article)).rejects.toThrow();
      expect(await store.articles.count()).toBe(0);
      expect(await store.actors.get('country:zz')).toBeNull();
      expect(await store.search('article', { limit: 5, offset: 0 })).toEqual({ total: 0, results: [] });
      // The same article without the bad quote goes in cleanly afterwards.
      const id = await store.articles.insert({ ...article, quotes: [quote('first', 10)] });
      expect((await store.articles.get(id))?.quotes.map((q) => q.text)).toEqual(['first']);
    });

    it('drops NUL characters so the same text stores on every database', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('nul'));
      const id = await store.articles.insert(
        articleFixture(outlet.id, 'nul', {
          title: 'A\u0000B',
          bodyText: 'x\u0000y',
          quotes: [quote('q\u0000', 0)],
        }),
      );
      const got = await store.articles.get(id);
      expect([got?.title, got?.bodyText, got?.quotes[0]?.text]).toEqual(['AB', 'xy', 'q']);
    });

    it('returns a stored article with its outlet, image, tags, quotes and mentions', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('full'));
      const q = quote('We will respond', 5, { cueSpan: { start: 30, end: 34 }, speakerActorId: 'person:lw' });
      const id = await store.articles.insert(
        articleFixture(outlet.id, 'full', {
          tags: ['trade', 'Asia'],
          image: { url: 'https://full.example/i.jpg', caption: 'A port', credit: null },
          quotes: [q],
          mentions: [mention('country:cn', 'China', 50)],
          byline: 'Ana Ruiz',
        }),
      );
      const got = await store.articles.get(id);
      expect(got?.outlet).toEqual(outlet);
      expect(got?.tags).toEqual(['trade', 'Asia']);
      expect(got?.image).toEqual({ url: 'https://full.example/i.jpg', caption: 'A port', credit: null });
      expect(got?.quotes).toEqual([q]);
      expect(got?.mentions).toEqual([mention('country:cn', 'China', 50)]);
      expect(got?.byline).toBe('Ana Ruiz');
      expect(got?.storyId).toBeNull();
      expect(await store.articles.get(id + 100)).toBeNull();
      const plain = await store.articles.get(await store.articles.insert(articleFixture(outlet.id, 'plain')));
      expect(plain?.image).toBeNull();
    });

    it('round-trips every quote detail: content spans, cue class, the quoted outlet and its facts', async () => {
      const { store, reopen } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('qd'));
      const detailed = quote('the convoy had been stopped at the border', 10, {
        kind: 'mixed',
        speaker: 'CNN',
        speakerKind: 'outlet',
        contentSpans: [
          { start: 9, end: 30 },
          { start: 42, end: 52 },
        ],
        cueClass: 'evidence',
        outlet: 'CNN',
        outletActorId: 'outlet:cnn',
        outletOwnership: 'state-backed',
        outletCountry: 'US',
        outletGenre: 'broadcaster',
        speakerDescription: 'the US broadcaster',
        reportedBy: 'The qd Times',
        confidence: 0.875,
        shown: true,
      });
      const bare = quote('plain words', 80, { confidence: 0.25, shown: false });
      const empty = quote('no fragments', 120, { contentSpans: [], cueClass: null, outlet: null });
      const id = await store.articles.insert(
        articleFixture(outlet.id, 'qd', { quotes: [detailed, bare, empty] }),
      );
      const got = (await (await reopen()).articles.get(id))?.quotes;
      expect(got?.[0]).toStrictEqual(detailed);
      // Fields never set, or set to null, read back absent: older rows satisfy the type unchanged.
      expect(got?.[1]).toStrictEqual(bare);
      expect(got?.[2]).toStrictEqual({ ...quote('no fragments', 120), contentSpans: [] });
    });

    it('round-trips a speaker’s role and organisation; a quote given no role reads back without one', async () => {
      const { store, reopen } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('sr'));
      const spokesman = quote('closer is not the same as finished', 10, {
        speaker: 'Nasser Al-Kuwari',
        affiliation: 'Qatari Foreign Ministry',
        speakerRole: 'spokesman',
      });
      const plain = quote('we are still at the table', 80, { speakerRole: null });
      const id = await store.articles.insert(articleFixture(outlet.id, 'sr', { quotes: [spokesman, plain] }));
      const got = (await (await reopen()).articles.get(id))?.quotes;
      expect(got?.[0]).toStrictEqual(spokesman);
      expect(got?.[0]?.speakerRole).toBe('spokesman');
      expect(got?.[1]).toStrictEqual(quote('we are still at the table', 80));
    });

    it('lists a story’s articles oldest first with quotes and mentions in text order', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('ls'));
      const late = await store.articles.insert(
        articleFixture(outlet.id, 'late', {
          published: new Date('2024-05-02T00:00:00Z'),
          quotes: [quote('q-a', 0), quote('q-b', 20), quote('q-c', 40)],
          mentions: [
            mention('country:b', 'Bravo', 9),
            mention('country:a', 'Alpha', 3),
            mention('country:b', 'Bravo', 1),
          ],
        }),
      );
      const early = await store.articles.insert(
        articleFixture(outlet.id, 'early', { published: null, fetchedAt: new Date('2024-05-01T00:00:00Z') }),
      );
      await store.articles.insert(articleFixture(outlet.id, 'elsewhere'));
      const [storyId] = await store.stories.applyClustering([
        {
          id: null,
          headline: 'S',
          standfirst: null,
          firstPublished: new Date('2024-05-01T00:00:00Z'),
          lastPublished: new Date('2024-05-02T00:00:00Z'),
          articleCount: 2,
          outletCount: 1,
          relatedIds: [],
          articleIds: [late, early],
        },
      ]);
      const list = await store.articles.listByStory(storyId!);
      expect(list.map((a) => a.id)).toEqual([early, late]);
      expect(list[1]?.quotes.map((q) => q.text)).toEqual(['q-a', 'q-b', 'q-c']);
      expect(list[1]?.mentions.map((m) => [m.actorId, m.start])).toEqual([
        ['country:b', 9],
        ['country:a', 3],
        ['country:b', 1],
      ]);
      expect(list[0]?.quotes).toEqual([]);
      expect(list.every((a) => a.storyId === storyId && a.outlet.id === outlet.id)).toBe(true);
    });

    it('pages an outlet’s articles newest first', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('pg'));
      const other = await store.outlets.upsert(outletFixture('other'));
      const ids: number[] = [];
      for (let day = 1; day <= 5; day++) {
        const published = new Date(Date.UTC(2024, 4, day));
        ids.push(await store.articles.insert(articleFixture(outlet.id, `d${day}`, { published })));
      }
      await store.articles.insert(articleFixture(other.id, 'not-mine'));
      const page1 = await store.articles.listByOutlet(outlet.id, { limit: 2, offset: 0 });
      const page2 = await store.articles.listByOutlet(outlet.id, { limit: 2, offset: 2 });
      expect(page1.map((a) => a.id)).toEqual([ids[4], ids[3]]);
      expect(page2.map((a) => a.id)).toEqual([ids[2], ids[1]]);
      expect(page1[0]).toMatchObject({
        title: 'Headline d5',
        outletName: outlet.name,
        outletId: outlet.id,
        storyId: null,
      });
      expect(page1[0]?.published?.toISOString()).toBe('2024-05-05T00:00:00.000Z');
    });

    it('lists articles for clustering since a date, falling back to the fetch time', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('cl'));
      await store.articles.insert(
        articleFixture(outlet.id, 'old', { published: new Date('2024-01-01T00:00:00Z') }),
      );
      const undated = await store.articles.insert(
        articleFixture(outlet.id, 'undated', {
          published: null,
          fetchedAt: new Date('2024-05-03T00:00:00Z'),
          standfirst: 'Lead.',
          bodyText: 'Body.',
          mentions: [
            mention('country:x', 'Xland', 0),
            mention('country:y', 'Yland', 9),
            mention('country:x', 'Xland', 20),
          ],
        }),
      );
      const dated = await store.articles.insert(
        articleFixture(outlet.id, 'dated', { published: new Date('2024-05-02T00:00:00Z') }),
      );
      const got = await store.articles.listForClustering(new Date('2024-05-02T00:00:00Z'));
      expect(got.map((a) => a.id)).toEqual([dated, undated]);
      expect(got[1]).toEqual({
        id: undated,
        outletId: outlet.id,
        published: new Date('2024-05-03T00:00:00Z'),
        title: 'Headline undated',
        text: 'Lead.\n\nBody.',
        actorIds: ['country:x', 'country:y'],
        storyId: null,
      });
      expect(got[0]?.actorIds).toEqual([]);
    });
  });
});

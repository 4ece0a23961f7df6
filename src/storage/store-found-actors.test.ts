import { describe, expect, it } from 'vitest';
import type { Actor, ActorMention } from '../domain/index.js';
import { articleFixture, forEachDialect, outletFixture } from './test-harness.js';

const person = (over: Partial<Actor> = {}): Actor => ({
  id: 'person:nasser-al-kuwari',
  name: 'Nasser Al-Kuwari',
  kind: 'person',
  country: null,
  description: null,
  origin: 'text',
  role: null,
  organisation: null,
  organisationId: null,
  ...over,
});
const mention: ActorMention = {
  actorId: 'person:nasser-al-kuwari',
  name: 'Nasser Al-Kuwari',
  kind: 'person',
  surface: 'Nasser Al-Kuwari',
  start: 0,
  end: 16,
};

describe('storage: actors found in article text', () => {
  forEachDialect((fresh) => {
    it('keeps one row per normalised name across articles, filling a role a later article states', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('found'));
      await store.articles.insert(
        articleFixture(outlet.id, 'a', { mentions: [mention], foundActors: [person()] }),
      );
      const withRole = person({
        role: 'spokesperson',
        organisation: 'Qatari Foreign Ministry',
        organisationId: 'organisation:qatari-foreign-ministry',
        description: 'spokesperson, Qatari Foreign Ministry',
      });
      await store.articles.insert(
        articleFixture(outlet.id, 'b', { mentions: [mention], foundActors: [withRole] }),
      );
      // A third article stating another role does not overwrite the first one stated.
      await store.articles.insert(
        articleFixture(outlet.id, 'c', { mentions: [mention], foundActors: [person({ role: 'minister' })] }),
      );
      expect(await store.actors.get('person:nasser-al-kuwari')).toMatchObject({
        origin: 'text',
        role: 'spokesperson',
        organisation: 'Qatari Foreign Ministry',
        organisationId: 'organisation:qatari-foreign-ministry',
      });
      expect(await store.actors.articlesMentioning('person:nasser-al-kuwari', 10)).toHaveLength(3);
      expect((await store.actors.top(10)).filter((a) => a.name === 'Nasser Al-Kuwari')).toHaveLength(1);
    });

    it('makes a found actor the gazetteer’s when the gazetteer later lists the same id', async () => {
      const { store } = await fresh();
      const outlet = await store.outlets.upsert(outletFixture('found2'));
      await store.articles.insert(
        articleFixture(outlet.id, 'a', { mentions: [mention], foundActors: [person()] }),
      );
      await store.actors.upsertMany([
        {
          id: 'person:nasser-al-kuwari',
          name: 'Nasser Al-Kuwari',
          kind: 'person',
          country: 'QA',
          description: 'Spokesperson',
        },
      ]);
      const listed = await store.actors.get('person:nasser-al-kuwari');
      expect(listed).toMatchObject({ country: 'QA', description: 'Spokesperson' });
      expect(listed?.origin).toBeUndefined();
    });
  });
});

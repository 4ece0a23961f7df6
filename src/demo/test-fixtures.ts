import type { DemoArticle, DemoOutlet } from './types.js';

/** A small outlet for tests, in the given feed format and genre. */
export function fixtureOutlet(over: Partial<DemoOutlet> & Pick<DemoOutlet, 'slug'>): DemoOutlet {
  return {
    name: `Test ${over.slug}`,
    country: 'GB',
    language: 'en',
    ownership: 'private',
    genre: 'newspaper',
    feedFormat: 'rss',
    tagline: 'A test outlet',
    colour: '#336699',
    notes: 'Test fixture.',
    ...over,
  };
}

/** A short article for tests; every field can be overridden. */
export function fixtureArticle(
  over: Partial<DemoArticle> & Pick<DemoArticle, 'outlet' | 'slug'>,
): DemoArticle {
  return {
    story: 'test-story',
    title: `Title of ${over.slug}`,
    standfirst: 'A standfirst sentence.',
    byline: 'By Ana Ruiz',
    hoursAgo: 5,
    section: 'World',
    tags: ['Testing'],
    image: {
      alt: 'A harbour',
      caption: 'Cranes at dawn.',
      credit: 'Photo: Li Wei / Test',
      motif: 'harbour cranes',
    },
    paragraphs: ['First paragraph.', 'Second paragraph, with “a quote,” she said.', 'Third paragraph.'],
    ...over,
  };
}

/** Text that breaks markup unless escaped everywhere. */
export const HOSTILE_TEXT = `Tom & Jerry's <script>alert("x")</script> </script><!-- ]]> “curly” \u0007`;

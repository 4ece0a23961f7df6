import { type ComposedStory, type Perspective, shownToReaders } from '../domain/index.js';
import { linkUrl } from '../lib/html.js';
import { contentTokens } from '../lib/text-tokens.js';
import type { LetterImage, LetterItem, PerspectiveLine } from './letter-content.js';

const MAX_FACTS = 3;
const MAX_QUOTE_CHARS = 220;
const MAX_LINES = 4;

/** The pieces of a composed story a letter shows: headline, facts, a line per perspective, the image. */
export function letterItem(story: ComposedStory, siteUrl: string, note: string | null = null): LetterItem {
  const facts = distinctFacts(story.facts.map((f) => f.text)).slice(0, MAX_FACTS);
  return {
    storyId: story.story.id,
    headline: story.headline,
    standfirst: story.standfirst,
    url: storyUrl(siteUrl, story.story.id),
    // A story no two outlets agree on yet has no shared facts: its standfirst stands in for them.
    facts: facts.length > 0 ? facts : story.standfirst ? [story.standfirst] : [],
    perspectives: story.perspectives.slice(0, MAX_LINES).map(perspectiveLine),
    image: letterImage(story),
    note,
    outletCount: story.story.outletCount,
  };
}

/** The story page's absolute address. */
export function storyUrl(siteUrl: string, storyId: number): string {
  return `${siteUrl}/stories/${storyId}`;
}

function perspectiveLine(p: Perspective): PerspectiveLine {
  let quote: PerspectiveLine['quote'] = null;
  for (const o of p.outlets) {
    // Only attributions the quotes module stands behind, as on the site.
    const q = o.quotes.find((x) => shownToReaders(x) && x.speaker && readable(x.text));
    if (q?.speaker) {
      quote = { text: shorten(q.text.trim(), MAX_QUOTE_CHARS), speaker: q.speaker, outlet: o.outlet.name };
      break;
    }
  }
  return { label: p.label, outlets: p.outlets.map((o) => o.outlet.name), quote };
}

// A quote worth a line: four words or more, and no stray quote marks left inside by the extractor.
function readable(text: string): boolean {
  const t = text.trim();
  return t.split(/\s+/).length >= 4 && !/[“”"]/.test(t);
}

/**
 * Facts in order, without those that only repeat an earlier one: one outlet's "The proposal includes
 * a 45-day ceasefire" says nothing the longer sentence before it did not.
 */
export function distinctFacts(facts: readonly string[]): string[] {
  const kept: { text: string; words: Set<string> }[] = [];
  for (const text of facts) {
    const words = new Set(contentTokens(text));
    const repeats = kept.some((k) => {
      let shared = 0;
      for (const w of words) if (k.words.has(w)) shared++;
      return words.size > 0 && shared / words.size >= REPEAT_SHARE;
    });
    if (!repeats) kept.push({ text, words });
  }
  return kept.map((k) => k.text);
}

// A fact whose content words are at least this share of an earlier fact's repeats it.
const REPEAT_SHARE = 0.8;

function letterImage(story: ComposedStory): LetterImage | null {
  const img = story.image;
  const url = linkUrl(img?.url);
  // Mail clients fetch images from anywhere; only absolute http(s) addresses work there.
  if (!img || !url || url.startsWith('/')) return null;
  const credit = img.credit?.trim() || img.outletName;
  // Articles carry a caption, not alt text; the caption describes the picture, the headline at least its subject.
  return { url, alt: img.caption?.trim() || story.headline, credit };
}

/** Cut text to at most `max` characters at a word boundary, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

import { describe, expect, it } from 'vitest';
import { demoArticles } from '../../demo/content/index.js';
import { paragraphSpans } from '../text/paragraphs.js';
import { findQuoteSegments } from '../text/quote-segments.js';
import { tokenizeParagraph } from '../text/tokens.js';
import type { Token } from '../types.js';
import { CUE_READERS, type CueScan, placeOf } from './cues.js';

/** Sentences that give each reader a cue to read (headlines first: the headline readers need the first line). */
const SENTENCES = [
  'Mayor Ruiz to veto harbor budget',
  'Harbor union vows strike over pay',
  'Senator Bea Lomax Just Announced Her Pick For The Bench.',
  'The mayor reportedly plans to resign.',
  'As reported by the Harbor Herald, the vote was close.',
  'In the view of the council, the plan fails.',
  'In a Harbor Herald poll, most voters backed the plan.',
  'To many, the plan is a giveaway.',
  'The plan is popular, but to some, it is a giveaway.',
  'By most estimates, the port lost money.',
  'According to the council, the vote is off.',
  'Said Ellis: "We will not move."',
  'Promising that taxes would fall, the mayor left the stage.',
  'Asked whether she would run, Lomax smiled.',
  'The plan is popular, she said when asked whether it would pass.',
  "That's according to the port director.",
  'The plan, to his critics, is a giveaway, and by his own account a gamble.',
  "Rubio's claim that the port is broke was false.",
  'The mayor has made it clear that she will stay.',
  'The union took aim at the board on Monday.',
  'The council issued a statement saying the vote was fair.',
  'As the senator put it, the port is a mess.',
  'Lomax was quick to point out that the port is profitable.',
  'The governor has a word of warning: the port is broke.',
  'The mayor did not say whether she would run.',
];

/** Every token of `text`, paragraph by paragraph, as the extractor tokenises them. */
function tokensOf(text: string): Token[][] {
  const paragraphs = paragraphSpans(text);
  const segments = findQuoteSegments(text, paragraphs);
  return paragraphs.map((p, n) =>
    tokenizeParagraph(
      text,
      p,
      segments,
      segments.flatMap((s, i) => (s.paragraph === n ? [i] : [])),
    ),
  );
}

describe('cue readers', () => {
  it('read a cue only at a word they say they start on', () => {
    const texts = [...SENTENCES, ...demoArticles.map((a) => [a.title, ...a.paragraphs].join('\n\n'))];
    const fired = new Set<string>();
    const strays: string[] = [];
    for (const text of texts)
      for (const tokens of tokensOf(text))
        for (const firstLine of [true, false])
          for (const headline of [true, false]) {
            const scan: CueScan = { text, tokens, headline, firstLine };
            for (let i = 0; i < tokens.length; i++)
              for (const reader of CUE_READERS) {
                if (reader.on !== 'any' && reader.on !== placeOf(tokens[i]!, i)) continue;
                if (!reader.read(scan, i)) continue;
                fired.add(reader.name);
                if (!reader.startsOn.has(tokens[i]!.lower))
                  strays.push(`${reader.name} at "${tokens[i]!.text}"`);
              }
          }
    expect(strays).toEqual([]);
    // The check above means something only for readers that read a cue somewhere.
    expect(CUE_READERS.map((r) => r.name).filter((name) => !fired.has(name))).toEqual([]);
  });
});

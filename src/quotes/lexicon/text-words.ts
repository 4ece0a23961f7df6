/** Words and marks the text readers look for (quote segments, openings, noun phrases, nested speech). Grouped under the file that reads them; look here before writing a new list. */

// text/nested-speech.ts
/** The plainest verbs of saying: a named speaker's "said" is a claim of its own wherever it stands. */
export const PLAIN_SPEECH: ReadonlySet<string> = new Set([
  'say',
  'tell',
  'ask',
  'add',
  'note',
  'write',
  'report',
]);

// text/noun-phrase.ts
export const GENERIC_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'one',
  'another',
  'this',
  'his',
  'her',
  'their',
  'its',
  "'s",
  '’s',
]);

// text/opening-phrase.ts
/** Words that open an appositive after a name. */
export const APPOSITIVE_LEADS: ReadonlySet<string> = new Set([
  'a',
  'an',
  'the',
  'who',
  'whose',
  'which',
  'one',
  'another',
]);
/** Words that end an opening phrase of time: "Hours later, …", "Two weeks ago, …". */
export const TIME_ENDS: ReadonlySet<string> = new Set(['later', 'ago', 'earlier']);

// text/quote-adjacency.ts
/** Punctuation inside a closing mark that leaves the sentence open for its attribution ("…,” she said). */
export const OPEN_ENDINGS: ReadonlySet<string> = new Set([',', '!', '?', '—', '–', '-', '…']);

// text/sentences.ts
/** Words that open a sentence far more often than they continue a name: "… in the U.S. The plan …". */
export const STARTERS: ReadonlySet<string> = new Set(
  `The He She It They We I But And In A An This That These Those His Her Their Its Our On At For After Before When
  While If As So Yet There Still Now Then Meanwhile However Asked According Some Many Most Both Several`.split(
    /\s+/,
  ),
);

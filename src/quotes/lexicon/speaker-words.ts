/** Words the speaker readers look for: what opens, ends or may stand in a speaker phrase, polls, documents, outlets. Grouped under the file that reads them; look here before writing a new list. */

// speakers/document-subject.ts
/**
 * Words that open a post-modifier after the document noun ("poll of voters", "survey released Monday", "polls
 * there"): with one of them next, the document noun heads the subject ("the survey team found" has no finding).
 */
export const POST_MODIFIERS: ReadonlySet<string> = new Set(
  `of from by in on for at among conducted released published taken out commissioned carried last this there
  earlier`.split(/\s+/),
);

// speakers/floating-quantifier.ts
export const FLOATING: ReadonlySet<string> = new Set(['both', 'all']);

// speakers/poll-subject.ts
/** Shares of a surveyed group: "40 percent", "half", "a majority of", "a plurality". */
export const SHARES: ReadonlySet<string> = new Set(
  `percent pct half third thirds quarter quarters fifth fifths majority majorities plurality pluralities`.split(
    /\s+/,
  ),
);
/** Groups that polls report on, named bare as the subject ("Millennials support …", "Men under 35 back …"). */
export const POLL_GROUPS: ReadonlySet<string> = new Set(
  `voters respondents millennials men women adults americans independents republicans democrats conservatives
  liberals moderates evangelicals hispanics latinos whites blacks caucusgoers caucus-goers`.split(/\s+/),
);
/** Words that restrict a group by age after it: "men under 35", "adults aged 18 to 29", "voters over 65". */
export const AGE_WORDS: ReadonlySet<string> = new Set(
  'under over aged ages age to and older younger'.split(' '),
);
/** Cue classes a surveyed group answers with: "support", "favor", "view" (a poll reports stances and views). */
export const POLL_CLASSES: ReadonlySet<string> = new Set(['stance', 'thought']);
/** Words right after the verb that show it has no object here ("support among women", "view as", "back in"). */
export const NO_OBJECT: ReadonlySet<string> = new Set(
  'in among of from for with by on at as across over against to into about than back up out down off'.split(
    ' ',
  ),
);
export const NUMERALS: ReadonlySet<string> = new Set(
  'one two three four five six seven eight nine'.split(' '),
);

// speakers/possessor.ts
/** Words before "'s" that make it "is" or "has" ("it's", "that's the hope that …"). */
export const CONTRACTED: ReadonlySet<string> = new Set(
  'it he she that there what who where here let how why when'.split(' '),
);
/** Words that cannot open a possessor: conjunctions, sentence adverbs, prepositions ("Despite Mr. Trump's claim"). */
export const NOT_POSSESSOR: ReadonlySet<string> = new Set(
  `and but or so yet still also however meanwhile instead now then that despite in for with after before from by
  to of on at about against over under as like while when since because although though if amid`.split(/\s+/),
);

// speakers/source-span.ts
/** Determiners that stand alone as a subject of poll answers: "most said", "one in three said", "another says". */
export const QUANTIFIER_SUBJECTS: ReadonlySet<string> = new Set(
  'one two three four five six several some many most few both all another each others'.split(' '),
);
/** Prepositions before "which" that make it a setting of the clause, not its subject ("in which", "during which"). */
export const SETTING_RELATIVE: ReadonlySet<string> = new Set([
  'in',
  'on',
  'at',
  'during',
  'under',
  'by',
  'with',
  'for',
  'after',
  'before',
]);
/** Prepositions a subject never starts with: "…, with former Gov. O'Malley calling Trump a fascist". */
export const LEADING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'with',
  'without',
  'by',
  'from',
  'for',
  'to',
  'into',
  'of',
]);
/** Words that open an appositive ("including the Asbury Park Press", "clad in a red cape"). */
export const APPOSITIVE_WORDS: ReadonlySet<string> = new Set(
  'including like such clad both all each not now once also herself himself'.split(' '),
);
/** Words that open a setting between commas rather than an appositive. */
export const SETTING_OPENERS: ReadonlySet<string> = new Set(
  `in at on during after before speaking writing asked interviewed appearing responding addressing for however
  meanwhile too though instead also though moreover meantime furthermore similarly likewise nonetheless`.split(
    /\s+/,
  ),
);
export const BREAKS: ReadonlySet<string> = new Set([
  ';',
  ':',
  '—',
  '–',
  '--',
  '(',
  '[',
  '"',
  '“',
  '”',
  '?',
  '!',
  '.',
  '…',
]);
export const COMPARATIVES: ReadonlySet<string> = new Set(['more', 'less', 'fewer']);
/** Amount words after "more than": "half", "a third", "nine in 10", "40 percent". */
export const AMOUNTS: ReadonlySet<string> = new Set(
  'half a one two three four five six seven eight nine ten dozen hundred thousand million'.split(' '),
);

// speakers/speaker-guess.ts
export const DEFINITE: ReadonlySet<string> = new Set(['the', 'this', 'that', 'its', 'his', 'her', 'their']);
export const AFFILIATING: ReadonlySet<string> = new Set(['for', 'of', 'at', 'from', 'with']);
/** Prepositions that name who issued a document after it ("a study by Harvard", "a statement from the ministry"). */
export const ISSUING: ReadonlySet<string> = new Set(['by', 'from', 'of', 'at', 'in', 'for']);
/** Time words that end a phrase naming a source ("The Wrap's report today claims"). */
export const WHEN_WORDS: ReadonlySet<string> = new Set(['today', 'yesterday', 'tonight', 'tomorrow']);
/** Lower-case words inside an organisation's name between capitalised ones ("Refugees in Towns Project"). */
export const NAME_LINKS: ReadonlySet<string> = new Set(['in', 'for', 'on', 'against', 'without', 'and']);

// speakers/speaker-in-text.ts
/** Words of TITLES that name an office only before a role ("Home Secretary", "Trade Minister"): "Home Depot" is a name. */
export const TITLE_MODIFIERS: ReadonlySet<string> = new Set(
  'vice prime foreign defence defense finance trade state interior commerce economy health energy home supreme high special senior former acting then external affairs treasury first crown field'.split(
    ' ',
  ),
);

/** Words the attribution rules look for: where content and sources start and stop, settings, colon speech. Grouped under the file that reads them; look here before writing a new list. */

// rules/according-to.ts
export const STOPS: ReadonlySet<string> = new Set([',', ';', ':', '.', '!', '?', '—', '–', '(']);

// rules/colon-speech.ts
export const NOT_SPEAKERS: ReadonlySet<string> = new Set(
  `update note editor's editors correction warning watch read listen related source sources photo video
  live breaking analysis opinion exclusive background disclaimer q a latest daily result answer question
  byline email e-mail twitter facebook contributing contributors contributor name age city job stat look wow
  busted revealed leaked so notice boom bombshell`.split(/\s+/),
);
export const CLAUSE_BE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were']);
export const DOCUMENT_DETERMINERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'this',
  'that',
]);

// rules/content-bounds.ts
export const TRAILING: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', '—', '–', '-']);
/** Words that open what was told or asked, after the one told: "asked him whether …", "asked X about …". */
export const RECIPIENT_CLAUSE: ReadonlySet<string> = new Set([
  'whether',
  'if',
  'who',
  'what',
  'how',
  'why',
  'when',
  'where',
  'about',
  'which',
]);
export const CLAUSE_STOPS: ReadonlySet<string> = new Set(['which', 'while', 'although', 'whereas']);
/** Words that open a clause or phrase put before the main clause of what was said ("said that if …, he …"). */
export const FRONTED_OPENERS: ReadonlySet<string> = new Set(
  'while although though if since because when despite unless once whereas even after before'.split(' '),
);
/** Cue classes that, after "and", go on with what was said rather than add a new attribution. */
export const INNER_CLASSES: ReadonlySet<string> = new Set(['thought', 'intent', 'evidence']);
/** Intent verbs that are speech acts of their own ("and vowed to …", "and refused to …"). */
export const SPOKEN_INTENTS: ReadonlySet<string> = new Set(
  'vow pledge promise threaten refuse decline offer vote'.split(' '),
);

// rules/content-subjects.ts
export const NP_WORDS: ReadonlySet<string> = new Set(
  `the a an his her their its 's ’s of and other some many most more less than in about nearly almost half one
  two three four five six seven eight nine ten percent`.split(/\s+/),
);

// rules/nominal-content.ts
/** Auxiliaries and forms of "be": each verb group has one or more ("would be", "has not been"). */
export const AUX: ReadonlySet<string> = new Set(
  'is are was were be been being has have had would will could can may might should must does did do'.split(
    ' ',
  ),
);
/** Words that may introduce a second verb inside the "that"-clause ("… is playing and would be …"). */
export const CLAUSE_LINKS: ReadonlySet<string> = new Set(
  'and or but who which that if when because as whether than'.split(' '),
);

// rules/not-attribution.ts
export const SMALL_WORDS: ReadonlySet<string> = new Set(
  'a an the of and or for to in on at by with from as but nor'.split(' '),
);

// rules/reported-speech.ts
/** One-word answers that are content on their own ("75 percent said yes"). */
export const ANSWERS: ReadonlySet<string> = new Set(['yes', 'no', 'so']);
export const TRAILING_CLAUSE: ReadonlySet<string> = new Set([
  'as',
  'while',
  'before',
  'after',
  'during',
  'when',
  'though',
  'although',
]);
/** Words after a verb that make it a participle modifying the noun before the comma ("The bill, opposed by …"). */
export const PARTICIPLE_NEXT: ReadonlySet<string> = new Set(['by', 'as', 'to']);
export const AGENT_STOPS: ReadonlySet<string> = new Set(
  'for over in on at after as whether if that to because when while about since before during with'.split(
    ' ',
  ),
);

// rules/speaker-phrases.ts
export const PHRASE_END: ReadonlySet<string> = new Set(['.', ',', ';', ':', '!', '?', '—', '–', '(', ')']);
export const SETTING_AFTER: ReadonlySet<string> = new Set([
  'in',
  'at',
  'on',
  'during',
  'via',
  'after',
  'before',
  'from',
  'while',
  'to',
]);
export const INVERTED_OPENERS: ReadonlySet<string> = new Set([
  'the',
  'a',
  'an',
  'one',
  'another',
  'his',
  'her',
  'their',
  'its',
]);
/** Relative pronouns that open a clause describing the speaker ("a voter who …", "a shop that sells …"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'whose', 'that', 'which']);
/** Words that cannot be part of a title before a name: a clause goes on ("said today that …"). */
export const NOT_TITLE: ReadonlySet<string> = new Set(
  'that to and or but not also then now today yesterday tonight this these those it he she they we'.split(
    ' ',
  ),
);
/** Words that open a noun phrase describing the speaker whatever its head noun. */
export const NOUN_PHRASE_OPENERS: ReadonlySet<string> = new Set(['who', 'a', 'an', 'the', 'another']);
/** Prepositions ending in -ing, which go on describing the speaker ("…, during his term", "including …"). */
export const ING_PREPOSITIONS: ReadonlySet<string> = new Set(
  'during including regarding concerning according following excluding notwithstanding pending considering'.split(
    ' ',
  ),
);

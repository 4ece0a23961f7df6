/** Words the cue readers look for around a cue: senses that attribute nothing, light verbs, polls, headlines, viewpoints. Grouped under the file that reads them; look here before writing a new list. */

// cues/asked-cues.ts
/** Words before a bare "asked" that make it a question put to someone ("when asked whether"). */
export const WHEN_ASKED: ReadonlySet<string> = new Set([
  'when',
  'if',
  'after',
  'once',
  'before',
  'later',
  'and',
]);
/** Words after "asked" that open who asked or when, before the question itself. */
export const ASKED_SETTING: ReadonlySet<string> = new Set([
  'by',
  'at',
  'in',
  'on',
  'during',
  'last',
  'later',
  'again',
  'specifically',
]);
export const QUESTION_OPENERS: ReadonlySet<string> = new Set(
  'whether if who whom what which why how when where about'.split(' '),
);

// cues/cue-extent.ts
/** -ly words that are adjectives or nouns, not manner adverbs ("seemed unlikely."). */
export const NOT_MANNER: ReadonlySet<string> = new Set(
  `only early likely unlikely daily weekly monthly yearly family ally rally supply reply apply belly friendly costly
  lonely lovely ugly silly holy elderly deadly timely orderly`.split(/\s+/),
);

// cues/cue-phrases.ts
export const MAKE_FORMS: ReadonlySet<string> = new Set(['made', 'makes', 'make', 'making']);
export const LIGHT_VERBS: ReadonlySet<string> = new Set(
  'has had have offered issued gave sent delivered'.split(' '),
);
export const MESSAGE_NOUNS: ReadonlySet<string> = new Set(
  'warning message reminder plea prediction advice verdict caution'.split(' '),
);
export const MESSAGE_ADJECTIVES: ReadonlySet<string> = new Set(
  'stark blunt clear sharp simple grim strong stern final'.split(' '),
);
export const POLL_NOUNS: ReadonlySet<string> = new Set('poll polls survey surveys'.split(' '));
export const PLURAL_POLLS: ReadonlySet<string> = new Set(['polls', 'surveys']);
export const POLL_OPENERS: ReadonlySet<string> = new Set(
  'a an the this that its their his her our most many some several all recent latest one online'.split(' '),
);
export const POLL_MODIFIED: ReadonlySet<string> = new Set(
  'numbers results data watchers workers tax taxes question questions position positions standings ratings'.split(
    ' ',
  ),
);
/** Words that end a noun phrase before any poll word in it ("in an interview before the polls closed"). */
export const PHRASE_BREAKS: ReadonlySet<string> = new Set(
  'before after as and or to at for from that which who with since during until than while when where head'.split(
    ' ',
  ),
);
/** People nouns that a poll phrase restricts: "20 percent of voters in the poll said …". */
export const POLLED_GROUPS: ReadonlySet<string> = new Set(
  'voters people adults americans respondents republicans democrats independents residents those'.split(' '),
);
/** Poll nouns that report one poll when they follow "of" ("the average of state polls", "one of the polls"). */
export const POLL_HEADS_BEFORE: ReadonlySet<string> = new Set(['of']);
/** Words after plural polls that name who ran them ("in recent polls from Quinnipiac and Fox News"). */
export const POLL_MAKERS: ReadonlySet<string> = new Set(['from', 'by']);

// cues/cue-senses.ts
/** Prepositions after "appear" that make it "show up somewhere" ("appeared on CNN", "appeared before donors"). */
export const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(
  'on at before by in with alongside together onstage live via during inside'.split(' '),
);
/** Object pronouns that may sit between a verb and its particle ("ripping you off", "wrote them off"). */
export const PARTICLE_OBJECTS: ReadonlySet<string> = new Set('it them him her you me us'.split(' '));
/** Particles that still make another verb after such a pronoun ("backed her up" is support, "wrote it off" is not). */
export const SPLIT_PARTICLES: ReadonlySet<string> = new Set(['off', 'away']);
/** Words before a bare participle that make it an adjective: "270 pledged delegates", "the pledged delegates". */
export const ADJECTIVE_OPENERS: ReadonlySet<string> = new Set(
  'the a an its their his her our these those some all more any'.split(' '),
);
/** Words after "called X" that close a phone call rather than name X: "called Ruiz on Monday", "called her to …". */
export const CALL_ENDS: ReadonlySet<string> = new Set(
  `. ; to and after before on at from shortly back again late early last this yesterday today tonight monday
  tuesday wednesday thursday friday saturday sunday`.split(/\s+/),
);
/** Particles that make "call" a different verb: "called off the deal", "called into a show", "called in". */
export const CALL_PARTICLES: ReadonlySet<string> = new Set(['off', 'into', 'in', 'up', 'back', '.', ',']);
export const CALL_OBJECTS: ReadonlySet<string> = new Set('him her them me us you both'.split(' '));
/** Words after "declined" that measure a fall ("declined 40 percent", "declined to $281 million", "declined in …"). */
export const FALL_WORDS: ReadonlySet<string> = new Set(
  'by in from significantly sharply steadily slightly further dramatically'.split(' '),
);
/** Auxiliaries that open a relative clause's verb right after "that": "states that have voted …". */
export const RELATIVE_VERBS: ReadonlySet<string> = new Set(
  'have has had will would are is were was could can may might'.split(' '),
);
export const TIME_NOUNS: ReadonlySet<string> = new Set(
  'week month year time spring fall summer winter weekend'.split(' '),
);
/** Words that open a thing added, not a remark: "added another title to", "added 300,000 jobs". */
export const ADDED_THING_OPENERS: ReadonlySet<string> = new Set(
  'a an the another one more his her its their some several new around about nearly almost over'.split(' '),
);
/** Modals that make "want" a piece of advice: "Trump may want to check his numbers". */
export const ADVICE_MODALS: ReadonlySet<string> = new Set(['may', 'might']);
/** Words after "plan" that show no plan is reported: "a rally planned for Thursday", "401(k) plans in …". */
export const AFTER_PLAN_NOUN: ReadonlySet<string> = new Set([
  'for',
  'in',
  'at',
  'and',
  'or',
  'that',
  'which',
]);
/** Words before a bare "plans" that make it a noun: "her own plans to", "laid out plans to", "around plans to". */
export const BEFORE_PLAN_NOUN: ReadonlySet<string> = new Set(
  'own out back around about of for with on under new unveil announce'.split(' '),
);
/** What one seeks when running for it or asking for a service: "seek the nomination", "women who seek abortions". */
export const SOUGHT_OFFICES: ReadonlySet<string> = new Set(
  `nomination presidency house office reelection re-election term seat abortion abortions`.split(' '),
);
/** Words that may stand between "seek" and the office: "seek a fifth term", "seeking the White House". */
export const OFFICE_MODIFIERS: ReadonlySet<string> = new Set(
  'the a an his her their its another second third fourth fifth white public party'.split(' '),
);
/** Words of a race that make "challenge" running against someone: "challenging him in the primary". */
export const RACE_WORDS: ReadonlySet<string> = new Set(
  'primary primaries seat nomination reelection re-election election race ran run'.split(' '),
);
/** Things a person, an event or a document can offer that are no words: "offered a glimpse of", "offers a platform". */
export const OPENINGS: ReadonlySet<string> = new Set(
  'opportunity opportunities chance window glimpse preview contrast platform'.split(' '),
);

// cues/headline-cues.ts
/** Adverbs a headline keeps inside its verb group ("Just Announced", "Finally Endorses", "Is Now Calling"). */
export const HEADLINE_ADVERBS: ReadonlySet<string> = new Set(
  `just finally now also still already again actually really even quickly suddenly instantly openly publicly
  privately quietly fully formally officially directly flatly strongly sharply literally reportedly`.split(
    /\s+/,
  ),
);
export const HAVE_FORMS: ReadonlySet<string> = new Set(['has', 'have', 'had', 'hasn', 'haven', 'hadn']);
/** Words that cannot end the subject of a headline verb: the verb would be a noun after them. */
export const NOT_SUBJECT_END: ReadonlySet<string> = new Set(
  `of in on at for with by from to into about over under after before during against between among without
  within upon via than like as per amid and or but the a an his her their its my our your this that these those
  's ’s`.split(/\s+/),
);

// cues/hearsay.ts
/**
 * Adverbs that mark a clause as hearsay. "allegedly" is left out: it hedges a charge rather than reporting
 * what was said, and is seldom an attribution cue in news annotation.
 */
export const HEARSAY: ReadonlySet<string> = new Set(['reportedly', 'reputedly', 'purportedly']);

// cues/light-verb-cues.ts
export const GROUP_WORDS: ReadonlySet<string> = new Set(
  'not never also even again still just already now then once first later often always long n’t'.split(' '),
);
export const PUBLISH_VERBS: ReadonlySet<string> = new Set(
  'issued issues issue issuing released releases release releasing posted published sent wrote'.split(' '),
);
/** Published texts whose words are given by a verb of saying after them ("sent an email urging …"). */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set(
  'statement statements letter email memo report'.split(' '),
);
/** Time words that may stand between the statement and what it says ("a statement Tuesday evening saying"). */
export const STATEMENT_TIMES: ReadonlySet<string> = new Set(
  `monday tuesday wednesday thursday friday saturday sunday morning afternoon evening night today tonight
  yesterday earlier later late`.split(/\s+/),
);
export const BE_WORDS: ReadonlySet<string> = new Set("is are was were be been 're ’re".split(' '));
export const QUICK_ADVERBS: ReadonlySet<string> = new Set('also not always often very'.split(' '));

// cues/noun-cues.ts
/** Modifiers of time, order or kind ("his recent claim", "their financial support"): not part of the cue. */
export const PLAIN_MODIFIERS: ReadonlySet<string> = new Set(
  `own first latest new recent past previous repeated early earlier former current original general financial
  open last initial public private`.split(/\s+/),
);
/** Words that open a clause's subject right after "that" (a relative "that" is followed by its verb instead). */
export const SUBJECT_OPENERS: ReadonlySet<string> = new Set(
  'he she they it we i you there this these those if when because'.split(' '),
);
/** Words after which "in his view" opens a parenthetical ("…, which in his view has …"). */
export const PARENTHESIS_OPENERS: ReadonlySet<string> = new Set(['which', 'that', 'and', 'but', 'who']);

// cues/passive-cues.ts
/**
 * Words after a passive stance that give its reason, topic or aim ("was criticized for", "was challenged over",
 * "was urged to"): the stance is about its subject. "with" is left out: "was honored with an award" is an event.
 */
export const STANCE_REASONS: ReadonlySet<string> = new Set([
  'for',
  'over',
  'in',
  'on',
  'after',
  'to',
  'at',
  'from',
]);
/**
 * Views whose "as" annotators leave out of the cue ("is seen | as a threat", "was viewed | as a victory"; train 10
 * vs 6), unlike a name or label ("is known as", "was lambasted as").
 */
export const AS_IN_CONTENT: ReadonlySet<string> = new Set(['see', 'view']);

// cues/verb-context.ts
/** Finite verbs and auxiliaries that show a clause has begun ("finds Clinton would win", "felt it was"). */
export const CLAUSE_VERBS: ReadonlySet<string> = new Set(
  `would will could can should may might must is are was were has have had does did wouldn won couldn can
  shouldn isn aren wasn weren hasn haven hadn doesn didn`.split(/\s+/),
);
export const PARTICLES_AFTER: ReadonlySet<string> = new Set('up off out down back in on'.split(' '));
/** Marks a subject can end on: an appositive's comma, bracket or dash, and the sign of "42% said". */
export const SUBJECT_END_MARKS: ReadonlySet<string> = new Set([',', ')', '—', '–', '-', '%']);

// cues/viewpoint-cues.ts
/** Pronouns and quantifiers that stand alone for the holders of a view ("to them,", "to many,"). */
export const VIEW_HOLDERS: ReadonlySet<string> = new Set(
  'him her them me us many others some most'.split(' '),
);
/**
 * Capitalised words after a sentence-opening "To" that make a fixed phrase or an aim, not a person whose view
 * follows ("To date,", "To This end,", "To No one's surprise").
 */
export const NOT_HOLDERS: ReadonlySet<string> = new Set(
  'date wit that this these those no a an the his her their its our my your one what whatever'.split(' '),
);
/** Nouns of reckoning that "by" makes a source ("by one estimate", "By the county's tally"). */
export const RECKONINGS: ReadonlySet<string> = new Set(
  'measure measures estimate estimates tally count reckoning argument calculation calculations'.split(' '),
);
/** Verbs of reporting that "as … by X" turns into a source phrase ("As reported by the Herald, …"). */
export const AS_BY_VERBS: ReadonlySet<string> = new Set([
  'reported',
  'noted',
  'explained',
  'described',
  'detailed',
  'revealed',
]);

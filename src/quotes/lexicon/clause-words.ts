/**
 * Words that open, lead into or end a clause or phrase, each list named for the place the rules look for it.
 * Several of these overlap on purpose: "and" opens a clause before "in his view" but not before a subject.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Words that open a subordinate clause: the subject of the clause starts after them ("…, because the minister said"). */
export const SUBCLAUSE_OPENERS = set(
  `that because while although though if when whereas since unless until whether where so than but as after
  before once whom whose what how why`,
);

/** Conjunctions that open a clause of the writer's own ("…, though she noted …", "…, while Ruiz and Ortiz said …"). */
export const SUBORDINATORS = set('while whereas although though as when because after before');

/**
 * The narrower set for a saying nested in another attribution ("…, though she noted …", "…, after half said so"):
 * after these the saying is the writer's, not part of what the outer speaker said. With "because", "when" and
 * "before" added (as in SUBORDINATORS) PolNeAR dev comes out differently, so the two stay apart.
 */
export const NESTED_SPEECH_SUBORDINATORS = set('though although while whereas after as');

/** Words that open an introductory phrase rather than a subject ("After …", "While …", "Once …"). */
export const INTRO_LEADS = set(
  'after before while when as since although though if because despite amid following during upon once unless until',
);

/**
 * Words that open a sentence's introductory phrase, to be skipped on the way to its subject ("On Sunday, …",
 * "Asked about …, …", "According to …, …"): prepositions as well as the conjunctions of INTRO_LEADS.
 */
export const INTRO_PHRASE_OPENERS = set(
  `on in at during after before while when as since although though if because despite amid following
  with without for from by under over asked speaking according`,
);

/** Sentence adverbs and conjunctions stripped from the front of a subject ("But a source said", "Meanwhile, …"). */
export const FRONT_WORDS = set(
  `and but or so yet then still also however meanwhile instead indeed moreover furthermore now today later
  earlier separately privately publicly nonetheless nevertheless thus hence plus even`,
);

/**
 * Conjunctions and sentence adverbs skipped before a main clause's subject when a cue borrows it (", saying …").
 * Narrower than FRONT_WORDS (no "or", "today", "even" …): with those the PolNeAR output changes.
 */
export const MAIN_CLAUSE_LEADS = set(
  'but and so yet still however meanwhile instead indeed also then now later earlier separately thus nonetheless nevertheless',
);

/** Words that open the clause of what was said, so that a bare noun phrase after them is its subject ("said that …"). */
export const CONTENT_CLAUSE_OPENERS = set('that both whether');

/** Words before "in his view" after which the phrase opens the next clause rather than closing one. */
export const VIEW_CLAUSE_OPENERS = set('and but or which that who :');

/** Conjunctions after which a "to him," phrase opens a clause of its own ("but to others, he is …"). */
export const VIEWPOINT_CONJUNCTIONS = set('but because and yet so while though although');

/** Words that end a document's subject phrase ("a poll by X, which …", "the report (…)"). */
export const DOCUMENT_PHRASE_ENDS = set('that which who whom whose where when , ; : — – ( )');

/** Words that end a polled group's subject phrase: relatives, conjunctions and "to". */
export const POLL_PHRASE_ENDS = set(
  'that which who whom whose what where when while if because although though and or but as to',
);

/** Words that open a time after a participle ("released last week", "published this month"). */
export const TIME_PHRASE_OPENERS = set('last this next earlier yesterday today recently late early');

/** Days and times of day that open the writer's own clause after a comma ("…, Monday night."). */
export const DAY_TIMES = set(
  `monday tuesday wednesday thursday friday saturday sunday today yesterday tonight recently earlier later
  night morning afternoon evening`,
);

/** Nouns of "in the view of X", "in the words of X", "in the eyes of X": the source follows, as for "according to". */
export const VIEW_OF_NOUNS = set(
  'view views opinion words eyes estimation judgment judgement assessment mind telling',
);

/** Nouns of opinion in "in X's view": the possessor holds the opinion stated around the phrase. */
export const POSSESSED_VIEW_NOUNS = set('view opinion');

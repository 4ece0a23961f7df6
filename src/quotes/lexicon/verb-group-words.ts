/**
 * Words the verb-group cue reader (`cues/verb-group.ts`) weighs around a cue verb: what may stand inside the group
 * ("has also said"), what makes an -ing form a participle or a noun, and which words before a verb can be its
 * subject. Lower case; look words up by their lower-case form.
 */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Adverbs that sit inside a cue group ("has also said", "are now openly questioning"). */
export const GROUP_ADVERBS = set(
  `also later earlier previously again then reportedly repeatedly once now still already just even first long
  often frequently recently since subsequently initially originally ultimately finally further quickly promptly
  immediately openly publicly privately flatly strongly sharply explicitly firmly loudly widely generally largely
  increasingly basically essentially simply actually really specifically directly indirectly formally officially
  personally forcefully vigorously aggressively strenuously emphatically bluntly curtly angrily calmly quietly
  pointedly squarely clearly consistently continually constantly always never ever not n't yet twice sometimes
  seldom almost`,
);

/** -ly words that are not adverbs. */
export const NOT_ADVERBS = set(
  'only early family rally ally italy july supply reply apply belly daily weekly',
);

/** Focus and time adverbs right before the verb that belong to the cue too ("would only say", "soon noted"). */
export const PREVERB_ADVERBS = set('only soon');

/** Adverbial phrases by their last word, with the words before it ("in the past", "in fact", "in particular"). */
export const PHRASE_ADVERBS: ReadonlyMap<string, readonly string[]> = new Map([
  ['past', ['in', 'the']],
  ['fact', ['in']],
  ['particular', ['in']],
  ['effect', ['in']],
]);

/** Modal and do-support auxiliaries (and "to"): after them a cue verb takes its base form. */
export const MODALS = set(
  `did does do would will could can may might should must didn doesn don wouldn won couldn shouldn 'll 'd ’ll ’d
  ca wo to`,
);

/** Pronouns that take a plural verb ("they say", "who support"). */
export const PLURAL_PRONOUNS = set('i we you they who which that these those');

/** Words before an -ing cue that make it a participle clause (", saying …", "by arguing …", "but warning …"). */
export const ING_OPENERS = set(', and but by while after before when — – without ;');

/** Mass and collective nouns that take a plural verb ("most say", "the public want"). */
export const PLURAL_HEADS = set(
  `people media police public majority most many some others few both all percent children men women staff
  crowd folks voters republicans democrats`,
);

/** -ing words that are nouns in news copy. */
export const NOUN_ING = set(
  `meeting hearing ruling reading finding findings saying understanding warning offering posting briefing filing
  thinking feeling knowing building morning evening wedding funding spending polling voting timing`,
);

/** Conjunctions that join a second verb to its clause's subject ("… and called it a sham"). */
export const VERB_COORDINATORS = set('and but or then yet');

/** Pronoun objects after "called": a verb with a subject ("critics called it a sham"), never a name given. */
export const CALLED_PRONOUNS = set('him her it them himself herself themselves itself');

/** Cue words that can open a sentence before their speaker and a quote ("Said Ellis: “…”"). */
export const SAID_FIRST = set('said says added wrote asked explained noted');

/** Pronouns that point back to the previous sentence's claim ("That's according to …"). */
export const POINTERS = set('that this it');

/** The cue verbs of speech and thought, with every inflected form mapped back to its lemma. */

/** How a cue form is used. */
export type CueForm = 'finite' | 'base' | 'participle';

/** A cue word: its lemma, how it is used, and whether the word is often a noun ("reports", "claims"). */
export interface CueWord {
  lemma: string;
  form: CueForm;
  nounLike: boolean;
  /** A base form that also serves as the plural present ("analysts say"). */
  plainPresent: boolean;
}

const REGULAR = `say tell warn argue insist deny claim acknowledge believe add note stress accuse urge predict expect
  announce report write explain declare assert suggest confirm reveal admit complain caution vow pledge promise
  emphasise emphasize maintain contend reply conclude reiterate repeat estimate concede allege tweet testify observe
  remark forecast assure ask`;

const IRREGULAR: Record<string, { s: string; past: string[]; ing: string }> = {
  say: { s: 'says', past: ['said'], ing: 'saying' },
  tell: { s: 'tells', past: ['told'], ing: 'telling' },
  write: { s: 'writes', past: ['wrote', 'written'], ing: 'writing' },
  forecast: { s: 'forecasts', past: ['forecast'], ing: 'forecasting' },
  admit: { s: 'admits', past: ['admitted'], ing: 'admitting' },
};

/** Lemmas whose base form is a verb, not a noun: "analysts say", "they warn" count as cues without an auxiliary. */
const PLAIN_PRESENT = new Set(
  `say tell warn argue insist deny believe acknowledge predict expect explain declare
  assert suggest confirm reveal admit complain maintain contend concede allege accuse urge ask write announce`.split(
    /\s+/,
  ),
);

/** -s forms that are usually nouns in news copy; they count as cues only before "that" or a colon. */
const NOUN_LIKE = new Set(
  'reports claims notes stresses promises pledges vows estimates forecasts remarks replies tweets'.split(' '),
);

function regular(lemma: string): { s: string; past: string[]; ing: string } {
  const cy = /[^aeiou]y$/.test(lemma);
  const s = /(?:s|sh|ch|x|z)$/.test(lemma) ? `${lemma}es` : cy ? `${lemma.slice(0, -1)}ies` : `${lemma}s`;
  const past = lemma.endsWith('e') ? `${lemma}d` : cy ? `${lemma.slice(0, -1)}ied` : `${lemma}ed`;
  const ing = /[^e]e$/.test(lemma) ? `${lemma.slice(0, -1)}ing` : `${lemma}ing`;
  return { s, past: [past], ing };
}

function build(): Map<string, CueWord> {
  const map = new Map<string, CueWord>();
  for (const lemma of new Set(REGULAR.trim().split(/\s+/))) {
    const f = IRREGULAR[lemma] ?? regular(lemma);
    const plain = { lemma, nounLike: false, plainPresent: false };
    map.set(lemma, { ...plain, form: 'base', plainPresent: PLAIN_PRESENT.has(lemma) });
    map.set(f.s, { ...plain, form: 'finite', nounLike: NOUN_LIKE.has(f.s) });
    for (const p of f.past) map.set(p, { ...plain, form: 'finite' });
    map.set(f.ing, { ...plain, form: 'participle' });
  }
  return map;
}

/** Every cue form, lower case → its entry. */
export const CUE_WORDS: ReadonlyMap<string, CueWord> = build();

/** Auxiliaries after which a base form is a cue ("did not say", "will tell"). */
export const AUXILIARIES = new Set(
  'did does do would will could can may might should must didn doesn don wouldn won couldn shouldn has have had'.split(
    ' ',
  ),
);

/** Forms of "be": a past participle after them is passive ("is expected"), not a cue. */
export const BE_FORMS = new Set('is are was were be been being am'.split(' '));

/** The cue verbs with every inflected form mapped back to its lemma, class and particles. */
import type { CueClass } from '../../domain/quote.js';
import {
  CLAUSE_ONLY,
  CUE_CLASSES,
  PARTICLE_ONLY,
  PASSIVE_CUES,
  PHRASAL_CUES,
  QUOTE_ONLY,
  RAISING_PASSIVES,
  RAISING_VERBS,
} from './cue-verbs.js';

/** How a cue form is used: base ("say"), third person ("says"), past, past participle, or -ing. */
export type CueForm = 'base' | 's' | 'past' | 'participle' | 'ing';

/** A cue word: its lemma, form, class, and what else the reader must check. */
export interface CueWord {
  lemma: string;
  /** All forms this spelling stands for ("said" is past and participle). */
  forms: ReadonlySet<CueForm>;
  cueClass: CueClass;
  /** Often a noun ("calls", "claims", "support"): needs a clear subject before it. */
  nounLike: boolean;
  /** Particles that make or extend the cue ("for" in "called for"). */
  particles: readonly string[];
  /** A cue only with one of its particles. */
  particleOnly: boolean;
  /** "seem", "appear": the subject is content, not source. */
  raising: boolean;
  /** A cue only before a clause ("maintained that …"). */
  clauseOnly: boolean;
  /** A cue only next to a direct quote or a colon ("He continued, “…”"). */
  quoteOnly: boolean;
  /** Its passive still attributes ("is expected to", "was asked whether"). */
  passiveCue: boolean;
  /** Its passive raises the subject into the content ("X is expected to win"). */
  raisingPassive: boolean;
}

const IRREGULAR: Record<string, { past: string; participle: string }> = {
  say: { past: 'said', participle: 'said' },
  tell: { past: 'told', participle: 'told' },
  write: { past: 'wrote', participle: 'written' },
  think: { past: 'thought', participle: 'thought' },
  know: { past: 'knew', participle: 'known' },
  feel: { past: 'felt', participle: 'felt' },
  find: { past: 'found', participle: 'found' },
  see: { past: 'saw', participle: 'seen' },
  foresee: { past: 'foresaw', participle: 'foreseen' },
  hear: { past: 'heard', participle: 'heard' },
  read: { past: 'read', participle: 'read' },
  understand: { past: 'understood', participle: 'understood' },
  forecast: { past: 'forecast', participle: 'forecast' },
  swear: { past: 'swore', participle: 'sworn' },
  speak: { past: 'spoke', participle: 'spoken' },
  come: { past: 'came', participle: 'come' },
  go: { past: 'went', participle: 'gone' },
  lay: { past: 'laid', participle: 'laid' },
  shoot: { past: 'shot', participle: 'shot' },
  hit: { past: 'hit', participle: 'hit' },
  forbid: { past: 'forbade', participle: 'forbidden' },
  undertake: { past: 'undertook', participle: 'undertaken' },
  seek: { past: 'sought', participle: 'sought' },
  bet: { past: 'bet', participle: 'bet' },
  learn: { past: 'learned', participle: 'learned' },
  spell: { past: 'spelled', participle: 'spelled' },
  begin: { past: 'began', participle: 'begun' },
  cast: { past: 'cast', participle: 'cast' },
  show: { past: 'showed', participle: 'shown' },
  prove: { past: 'proved', participle: 'proven' },
  stand: { past: 'stood', participle: 'stood' },
  // Light verbs of the idioms in cue-idioms.ts ("took aim at", "made no secret of", "threw her support behind").
  take: { past: 'took', participle: 'taken' },
  make: { past: 'made', participle: 'made' },
  throw: { past: 'threw', participle: 'thrown' },
};

/** Lemmas that double their last consonant before -ed and -ing ("admitted", "planning"). */
const DOUBLING = new Set(
  `admit plan regret prefer refer rebut quip jab spar blog dub ban fret pan beg plot abhor confer defer deter
  infer omit permit commit submit equip chat slam scan extol patrol control compel propel repel excel rebel
  brag concur forbid hit shrug bet nod grin snap begin rip`.split(/\s+/),
);

/** -s forms (and base forms) that are more often nouns in news copy. */
const NOUN_LIKE = new Set(
  `call calls claim claims report reports support supports attack attacks question questions plan plans promise
  promises hope hopes view views fear fears doubt doubts concern concerns comment comments answer answers order
  orders demand demands request requests veto vetoes vote votes campaign campaigns post posts tweet tweets email
  emails text texts note notes estimate estimates forecast forecasts project projects pledge pledges vow vows
  praise back backs list lists detail details label labels brand brands term terms credit credits honor honors
  respect challenge challenges protest protests cheer cheers offer offers need needs wish wishes aim aims quote
  quotes echo echoes reference references address addresses outline outlines desire desires attempt attempts
  finding findings show shows read reads reply replies signal signals hint hints knock knocks dare dares
  pressure press lobby counter counters favor favors favour favours review reviews bet bets count counts
  release releases state states mention mentions process judge judges guess guesses muse object objects
  trash pan fault faults savage welcome hail celebrate contest contests dispute disputes text states votes
  campaigns contests remarks attacks emails insults thanks questions reviews honors charges advocates push pushes
  voice voices rule rules advocate champion champions embrace embraces stress suspect love`.split(/\s+/),
);

function sForm(lemma: string): string {
  if (/(?:s|sh|ch|x|z|o)$/.test(lemma)) return `${lemma}es`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ies`;
  return `${lemma}s`;
}

function edForm(lemma: string): string {
  if (lemma.endsWith('e')) return `${lemma}d`;
  if (/[^aeiou]y$/.test(lemma)) return `${lemma.slice(0, -1)}ied`;
  if (DOUBLING.has(lemma)) return `${lemma}${lemma.slice(-1)}ed`;
  return `${lemma}ed`;
}

function ingForm(lemma: string): string {
  if (/ie$/.test(lemma)) return `${lemma.slice(0, -2)}ying`;
  if (/[^eoy]e$/.test(lemma)) return `${lemma.slice(0, -1)}ing`;
  if (DOUBLING.has(lemma)) return `${lemma}${lemma.slice(-1)}ing`;
  return `${lemma}ing`;
}

/** Every spelling of a verb: base, -s, past, participle and -ing forms, irregular ones from the table above. */
export function verbForms(lemma: string): string[] {
  const irregular = IRREGULAR[lemma];
  return [
    lemma,
    sForm(lemma),
    irregular?.past ?? edForm(lemma),
    irregular?.participle ?? edForm(lemma),
    ingForm(lemma),
  ];
}

function build(): Map<string, CueWord> {
  const map = new Map<string, CueWord>();
  const add = (spelling: string, form: CueForm, lemma: string, cueClass: CueClass) => {
    const known = map.get(spelling);
    if (known) {
      if (known.lemma === lemma) (known.forms as Set<CueForm>).add(form);
      return;
    }
    map.set(spelling, {
      lemma,
      forms: new Set([form]),
      cueClass,
      nounLike: NOUN_LIKE.has(spelling),
      particles: PHRASAL_CUES[lemma] ?? [],
      particleOnly: PARTICLE_ONLY.has(lemma),
      raising: RAISING_VERBS.has(lemma),
      clauseOnly: CLAUSE_ONLY.has(lemma),
      quoteOnly: QUOTE_ONLY.has(lemma) && !CUE_CLASSES.speech.includes(lemma),
      passiveCue: PASSIVE_CUES.has(lemma),
      raisingPassive: RAISING_PASSIVES.has(lemma),
    });
  };
  const lemmas: [string, CueClass][] = [];
  for (const [cls, list] of Object.entries(CUE_CLASSES) as [CueClass, readonly string[]][]) {
    for (const l of list) lemmas.push([l, cls]);
  }
  for (const l of [...Object.keys(PHRASAL_CUES), ...RAISING_VERBS, ...QUOTE_ONLY]) lemmas.push([l, 'speech']);
  for (const [lemma, cls] of lemmas) {
    const cueClass = RAISING_VERBS.has(lemma) ? 'thought' : cls;
    const irregular = IRREGULAR[lemma];
    add(lemma, 'base', lemma, cueClass);
    add(sForm(lemma), 's', lemma, cueClass);
    add(irregular?.past ?? edForm(lemma), 'past', lemma, cueClass);
    add(irregular?.participle ?? edForm(lemma), 'participle', lemma, cueClass);
    add(ingForm(lemma), 'ing', lemma, cueClass);
  }
  return map;
}

/** Every cue form, lower case → its entry. */
export const CUE_WORDS: ReadonlyMap<string, CueWord> = build();

/** Auxiliaries and modals that may open a cue ("did not say", "will tell", "has argued"). */
export const AUXILIARIES: ReadonlySet<string> = new Set(
  `did does do would will could can may might should must has have had is are was were be been being am
  didn doesn don wouldn won couldn can shouldn hasn haven hadn isn aren wasn weren 's 've 'd 'll 're 'm ’s ’ve
  ’d ’ll ’re ’m ca wo`.split(/\s+/),
);

/** Forms of "be": a past participle after them is passive ("is expected"), not a cue. */
export const BE_FORMS: ReadonlySet<string> = new Set(
  "is are was were be been being am 're ’re isn aren wasn weren".split(' '),
);

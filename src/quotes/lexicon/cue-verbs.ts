/**
 * The verbs that attribute words, thoughts, stances, intentions or findings to a source, grouped by what they
 * attribute. Lemmas only; cue-lexicon.ts inflects them. Written from the attribution literature (PARC and
 * PolNeAR guidelines: statements, beliefs, intentions, support and opposition, findings) by hand.
 * Left out on purpose, for in news copy they rarely attribute (measured on PolNeAR train+dev, right at most 1 time
 * in 5): "contest" (mostly "contested primary"), "react to", "appeal to" (voters), "resolve", "beg" ("begs the
 * question"), "rant", "chime in", "ridicule", "forbid", "insult" (mostly the noun), and "unveil" and "celebrate"
 * (a plan, an ad, a birthday: things shown or marked, seldom a view; right about 1 time in 4). Also measured and
 * left out, right at most 2 times in 5 as cue verbs: "like" (mostly "would like", a preposition),
 * "contrast", "share", "publish", "focus on", "accept", "enjoy", "assume", "advise", "counsel", "trust", "hate",
 * "hammer", "seize on", "campaign for", "pitch", "scorn", "jeer", "depict", "nickname", "figure", "gather",
 * "sense", "grant", "flag", "brief", "venture"; and verbs of deeds that annotators mark only now and then
 * ("include", "sign", "name", "allow", "require", "file", "watch"), right at most 1 time in 3.
 */
import type { CueClass } from '../../domain/quote.js';

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Lemmas by the kind of thing they attribute. A lemma listed twice keeps its first class. */
export const CUE_CLASSES: Readonly<Record<CueClass, readonly string[]>> = {
  speech: words(`
    say tell warn argue insist deny claim acknowledge add note stress announce report write explain declare
    assert confirm admit complain caution maintain contend reply respond conclude reiterate repeat allege tweet
    retweet testify observe remark assure ask mention state retort counter joke quip boast brag lament bemoan
    speculate muse confess disclose inform remind proclaim express emphasize emphasise underscore highlight answer chant
    shout yell exclaim interject clarify concur post email text blog recount swear vouch opine
    grumble gripe plead affirm reaffirm attest dispute question concede reveal predict forecast
    estimate project suggest hint signal imply insinuate recall describe call label dub brand term characterize
    characterise portray liken  cite reference quote paraphrase echo invoke discuss address outline detail
    list pronounce voice articulate posit reassure rule frame cast
    foreshadow intimate theorize hypothesize conjecture gloat vent whine reassert compare
  `),
  thought: words(`
    believe think expect hope fear worry wonder doubt agree disagree realize realise recognize recognise feel know
    understand remember suspect  presume imagine anticipate reckon guess envision foresee consider 
    view deem judge  determine conclude learn  read see surmise interpret contemplate ponder mull
    perceive rue
  `),
  stance: words(`
    endorse criticize criticise praise defend support oppose back reject dismiss denounce condemn blast slam
    attack mock challenge applaud welcome hail blame accuse thank congratulate tout champion embrace favor
    favour prefer decry rebuke lambaste lambast assail deride disparage chide refute contradict rebut
    scold berate castigate excoriate chastise fault knock bash trash skewer savage pan lampoon belittle
    taunt admonish reprimand commend salute laud extol cheer recommend advocate urge encourage implore
    exhort  dare pressure press lobby demand request order instruct  veto approve propose
    apologize apologise regret deplore credit honor honour mourn trumpet herald resist protest ignore paint
    promote nominate identify push downplay relish rebuff disavow repudiate renounce
    love rip smear vilify demonize denigrate impugn eviscerate admire adore despise detest dislike resent
  `),
  intent: words(`
    want plan intend seek refuse decline vow pledge promise threaten  wish offer  undertake
     desire strive  endeavour endeavor vote decide persuade
  `),
  evidence: words(`
    show find indicate demonstrate prove reveal
  `),
};

/** Phrasal cues: a verb and the particle that makes or extends the cue ("called for", "pointed out"). */
export const PHRASAL_CUES: Readonly<Record<string, readonly string[]>> = {
  call: ['for', 'on', 'out', 'upon'],
  point: ['out', 'to'],
  refer: ['to'],
  talk: ['about', 'up'],
  speak: ['about', 'of', 'out'],
  rail: ['against', 'at', 'about'],
  push: ['for', 'back'],
  lash: ['out'],
  weigh: ['in'],
  fire: ['back'],
  shoot: ['back'],
  hit: ['back', 'out'],
  sound: ['off'],
  single: ['out'],
  worry: ['about'],
  care: ['about'],
  complain: ['about', 'of'],
  boast: ['about', 'of'],
  brag: ['about'],
  joke: ['about'],
  warn: ['against', 'of', 'about'],
  caution: ['against'],
  argue: ['for', 'against'],
  advocate: ['for'],
  vouch: ['for'],
  allude: ['to'],
  hint: ['at'],
  touch: ['on', 'upon'],
  comment: ['on'],
  reflect: ['on'],
  dwell: ['on'],
  insist: ['on'],
  lay: ['out'],
  spell: ['out'],
  open: ['up'],
  zero: ['in'],
  play: ['down', 'up'],
  brush: ['off', 'aside'],
  shrug: ['off'],
  walk: ['back'],
  double: ['down'],
  ask: ['about', 'for'],
  think: ['about', 'of'],
  agree: ['with', 'on'],
  disagree: ['with', 'on', 'about'],
  side: ['with'],
  vote: ['for', 'against'],
  apologize: ['for'],
  apologise: ['for'],
  cheer: ['for', 'on'],
  plead: ['for', 'with'],
  testify: ['about'],
  muse: ['about', 'on'],
  rave: ['about'],
  gush: ['about', 'over'],
  fret: ['about', 'over'],
  go: ['on'],
  tweet: ['about', 'out'],
  write: ['about', 'of'],
  blog: ['about'],
  post: ['about'],
  blast: ['out'],
  cry: ['out'],
  object: ['to'],
  reply: ['to'],
  respond: ['to'],
  admit: ['to'],
  confess: ['to'],
  count: ['on'],
  bet: ['on'],
  rule: ['out'],
  swipe: ['at'],
  renege: ['on'],
  backpedal: ['on'],
  agonize: ['over', 'about'],
  expand: ['on', 'upon'],
  spar: ['over', 'with', 'about'],
  quarrel: ['over', 'with', 'about'],
  sketch: ['out'],
  stand: ['by', 'with'],
  balk: ['at'],
  bristle: ['at'],
  acquiesce: ['to'],
  rip: ['into'],
  frown: ['on', 'upon'],
  sour: ['on'],
  grouse: ['about'],
  quibble: ['with', 'about', 'over'],
};

/** Verbs that are cues only with their particle ("point out", not "point"). */
export const PARTICLE_ONLY: ReadonlySet<string> = new Set(
  words(`point refer talk speak rail lash weigh fire shoot hit sound single care vouch allude touch comment
  reflect dwell  lay spell open zero play brush shrug walk double come side rave gush go
  cry object count bet vote balk
  swipe renege backpedal agonize expand spar quarrel sketch stand bristle acquiesce frown sour grouse quibble`),
);

/**
 * Manner and discourse verbs that attribute only next to a quote or colon ("He continued, “…”", "she smiled",
 * "“…,” Bolton charged", "she beamed"): how the words were said, or the tone of an accusation.
 */
export const QUOTE_ONLY: ReadonlySet<string> = new Set(
  words(`continue smile laugh chuckle sigh shrug nod grin snap quip recite conclude begin start finish
  charge bark boom beam fume thunder roar crow marvel scoff sniff snort huff groan mutter murmur bellow hiss
  growl whisper scream`),
);

/** Verbs that attribute only when a clause follows ("maintained that …", not "maintained a lead"). */
export const CLAUSE_ONLY: ReadonlySet<string> = new Set(words('maintain feel prove hold find'));

/**
 * Verbs that attribute only as "see X as …" or "see that …" ("voters see him as a threat", not "saw the film");
 * "cast" and "frame" likewise ("cast the tax as a gift", not "cast a ballot" or "framed the photo").
 */
export const AS_OR_CLAUSE: ReadonlySet<string> = new Set(words('see frame cast'));

/**
 * Verbs that raise their subject ("X seems to …", "It appears that …"): the subject belongs to the content and
 * the attribution has no source of its own.
 */
export const RAISING_VERBS: ReadonlySet<string> = new Set(words('seem appear'));

/** Verbs whose first object is the one told, not the content ("told reporters that …", "reminded him that …"). */
export const RECIPIENT_VERBS: ReadonlySet<string> = new Set(
  words(
    'tell inform assure reassure remind warn ask advise notify caution promise show teach convince persuade email text',
  ),
);

/** Verbs whose passive still attributes: "is expected to win", "was asked whether …" ("was told" does not). */
export const PASSIVE_CUES: ReadonlySet<string> = new Set(
  words('ask expect believe think say report rumor rumour see consider project predict know'),
);

/** Passives that raise their subject ("X is expected to win"): no source, the subject is content. */
export const RAISING_PASSIVES: ReadonlySet<string> = new Set(
  words('expect believe think say report rumor rumour see consider project predict know'),
);

/**
 * Cue lemmas that as often name a deed as words: "sought the nomination", "posted a photo", "addressed the
 * students", "nominated a judge", "decided to run". Each is too rare in news for a weight of its own, so the
 * confidence model reads them as one sense group (`confidence/evidence.ts`); they stay cues in `CUE_CLASSES`, for
 * with a clause ("decided that …") they attribute. Chosen by meaning, not by counts.
 */
export const DEED_CUES: ReadonlySet<string> = new Set(
  words(`seek decide post retweet address nominate approve veto vote order propose push promote identify offer
  undertake strive endeavour endeavor refuse decline embrace resist ignore lobby pressure press persuade rule
  cast frame list detail outline discuss invoke cite reference quote echo paint credit honor honour mourn salute
  thank congratulate welcome cheer champion trumpet herald tout back reject dismiss attack challenge
  renounce repudiate disavow rebuff request instruct plan`),
);

/** The plain verbs of saying and telling, whose content is almost always words reported. */
export const PLAIN_SPEECH_CUES: ReadonlySet<string> = new Set(
  words('say tell add state note explain write report reply respond answer ask remark reiterate repeat'),
);

/** Word lists the speaker and cue rules share. All lower case; look words up by their lower-case form. */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Conjunctions and clause openers that never open a speaker phrase ("unlike X", "and the minister"). */
export const CONNECTIVES = set(
  'and or but unlike like as if because since although though while whereas unless',
);

/** Articles. */
export const ARTICLES = set('a an the');

/** Coordinating conjunctions: a phrase that ends in one was cut off; one inside joins two speakers. */
export const COORDINATORS = set('and or but nor');

/** Head nouns a body's own name carries ("the ministry" is some "… Ministry"; "the company" may be "Apple"). */
export const NAMED_BODY_HEADS = set('ministry department embassy commission council court committee office');

/** Personal pronouns that can stand for a speaker. */
export const PRONOUNS = set('he she they it');

/** First and second person: words a speaker uses of themselves and their hearers, rare in a reporter's own clause. */
export const FIRST_SECOND_PERSON = set('i we you me us my our your');

/** Every personal pronoun, subject and object: none of them is a speaker a reader can be shown. */
export const PERSONAL_PRONOUNS = set('i we you he she it they me us him her them');

/** Determiners and quantifiers that may open a speaker noun phrase. */
export const DETERMINERS =
  set(`the a an this that these those its his her their our one two three four five six
  several some many most few other both all various numerous another each`);

/** Plural or mass nouns for a group of unnamed sources ("analysts", "state media"). */
export const GROUP_NOUNS =
  set(`analysts experts officials diplomats critics observers sources residents economists
  investors traders scientists researchers lawmakers legislators activists protesters witnesses people campaigners
  commentators media leaders ministers negotiators mediators delegates insiders opponents supporters organisers organizers
  executives bankers farmers workers voters locals doctors scholars academics strategists participants members
  representatives spokespeople advocates groups officers soldiers students teachers parents users citizens villagers
  survivors families relatives environmentalists unions allies partners neighbours neighbors governments countries
  nations states authorities`);

/** Nouns naming one person by role ("the spokesperson", "a senior official"). */
export const ROLE_NOUNS =
  set(`spokesperson spokesman spokeswoman minister secretary official ambassador envoy chief
  head director president chairman chairwoman chair adviser advisor analyst economist professor researcher lawmaker
  senator diplomat commander general leader governor mayor negotiator representative deputy premier chancellor king
  queen prince emperor strategist expert scholar fellow correspondent editor reporter journalist columnist author ceo
  founder executive manager officer member lawyer attorney judge prosecutor activist campaigner resident source witness
  farmer worker student teacher doctor scientist engineer trader investor banker owner partner candidate
  congressman congresswoman legislator delegate commissioner inspector aide insider coordinator`);

/** Lower-case modifiers allowed inside a speaker noun phrase before its head ("senior", "foreign", "state"). */
export const NP_MODIFIERS =
  set(`foreign former senior top chief deputy vice state security trade defence defense
  finance economy economic military political prime national regional local international independent government
  ministry party press news media commerce health energy environment interior justice agriculture industry education
  transport western eastern northern southern european asian african arab unnamed anonymous junior leading prominent
  veteran private outside opposition market diplomatic intelligence administration white house bank central
  presidential official public opposition-party ruling new longtime long-time retired acting interim
  prime-minister's outgoing incoming elected well-known influential independent-minded policy us-based`);

/** Nouns for a body that speaks as a whole ("the ministry said"). */
export const ORG_NOUNS =
  set(`ministry agency bank company firm embassy commission council department office alliance
  bloc organisation organization group court military army navy police party union fund regulator committee
  secretariat institute university foundation mission board corporation consortium association federation coalition
  junta campaign delegation body watchdog exchange airline bureau centre center service forces network parliament
  legislature congress senate assembly consulate central-bank`);

/** Nouns for a government as speaker (kind "government"). */
export const GOVERNMENT_NOUNS = set('government administration cabinet presidency regime kremlin executive');

/** Nouns for a news outlet as speaker. */
export const OUTLET_NOUNS =
  set(`newspaper broadcaster paper outlet channel website publication daily magazine tabloid
  wire newswire`);

/** Heads of "the paper", "the network", "the agency": they point back to an outlet named earlier. */
export const OUTLET_POINTERS: ReadonlySet<string> = new Set([
  ...OUTLET_NOUNS,
  'site',
  'network',
  'station',
  'agency',
]);

/** Documents that "say" things on behalf of whoever issued them. */
export const DOCUMENT_NOUNS =
  set(`statement report letter communique communiqué readout document filing editorial
  commentary article post survey study data figures statistics memo notice ruling release transcript announcement
  declaration resolution decree order poll polls survey surveys records documents studies research analysis
  estimates projections reports figures`);

/** Capitalised last words that make a name an organisation ("Foreign Ministry", "Central Bank"). */
export const ORG_HEADS =
  set(`ministry office council agency bank commission department embassy committee party
  organisation organization union group company corporation corp inc ltd institute university fund court parliament
  government army navy forces police administration authority association federation foundation board bureau service
  centre center secretariat assembly congress senate cabinet coalition alliance movement front league forum exchange
  airlines reserve treasury ministries consulate command guard project network`);

/** Capitalised last words that make a name an outlet ("Huaxia Herald", "Meridian Wire"). */
export const OUTLET_HEADS =
  set(`herald times post daily news journal gazette tribune telegraph wire broadcasting
  broadcaster television tv radio today review chronicle observer express mail monitor press newswire weekly mirror
  guardian independent economist bulletin dispatch courier sentinel standard inquirer reporter`);

/** Capitalised words that are titles or office words, not part of a personal name. */
export const TITLES =
  set(`president vice prime minister foreign secretary general chancellor premier mr mrs ms miss
  mx dr prof professor sen senator rep representative gov governor gen lt col colonel capt captain admiral adm sgt king
  queen prince princess crown sheikh emir emperor ambassador envoy mayor judge justice chairman chairwoman chair chief
  executive director deputy spokesperson spokesman spokeswoman commissioner speaker pope cardinal bishop rabbi imam sir
  dame lord lady defence defense finance trade state interior commerce economy health energy home supreme leader
  commander marshal field attorney high special senior former acting then external affairs treasury
  minister-president first superintendent`);

/** Courtesy titles among TITLES: they address a person ("Dr Omar Lakhani", "Sir Alan") but are not a role. */
export const HONORIFICS = set('mr mrs ms miss mx dr sir dame lord lady');

/** Lower-case particles that may sit inside a personal name ("Mohammed bin Salman", "Ursula von der Leyen"). */
export const NAME_PARTICLES = set('bin bint ibn al el de da di du van von der den la le dos das del y');

/** Prepositions that attach an affiliation inside a speaker phrase ("a spokesperson for the ministry"). */
export const NP_PREPOSITIONS = set('of for at from with in');

/** Adverbs and auxiliaries that may sit between a speaker and the cue ("he also said", "she has repeatedly warned"). */
export const BETWEEN_SPEAKER_AND_CUE =
  set(`also later earlier previously again then reportedly repeatedly once
  separately further has have had did does do would will could can may might should must not never n't t publicly
  privately openly firmly flatly strongly sharply explicitly recently however already often frequently long
  subsequently`);

/** Words right before a quote (or one word earlier) that mark it as a name or scare quote ("so-called “…”"). */
export const NAMING_VERBS =
  set(`so-called dubbed titled entitled headlined named nicknamed labelled labeled branded
  termed called`);

/** Nouns right before a quote that mark it as a title or term ("the slogan “…”", "the film “…”"). */
export const NAMING_NOUNS =
  set(`word term phrase slogan hashtag motto theme banner heading title book film movie song
  album programme program documentary campaign operation project initiative series show novel poem play column
  exhibition`);

/** Recipients and settings that may follow "told" or "said" before the content ("told reporters"). */
export const RECIPIENT_WORDS =
  set(`reporters journalists lawmakers parliament audience crowd conference news press
  briefing forum summit meeting agency newspaper broadcaster television radio channel interviewer students delegates
  supporters parliamentarians legislators senators committee panel hearing court jury investors analysts him them
  us me regular daily weekly joint televised written statement interview speech address session post
  video message call phone telephone sidelines event gathering rally visit trip website posting social platform
  state-run`);

/** Prepositions that open a setting phrase after a cue ("said in a statement", "said on Monday"). */
export const SETTING_PREPOSITIONS = set(
  'in at on during via after before late earlier later through from while',
);

/** Days and other setting words that are capitalised but not speakers. */
export const SETTING_NAMES =
  set(`monday tuesday wednesday thursday friday saturday sunday january february march
  april may june july august september october november december`);

/** Abbreviations whose full stop does not end a sentence. */
export const ABBREVIATIONS =
  set(`mr mrs ms dr prof st sen rep gov gen lt col capt sgt maj adm cmdr jr sr no nos vs
  etc inc ltd co corp jan feb mar apr jun jul aug sep sept oct nov dec mt ft pres rev hon dept univ approx est fig
  al e.g i.e`);

/** Relative pronouns that open a clause about the noun before them ("Lee, who …", "the report, which …"). */
export const RELATIVES = set('who which that');

/** Participles that mark a group as the one a poll asked ("voters surveyed", "the senators polled"). */
export const POLLED = set('surveyed polled interviewed questioned sampled participated contacted');

/** Adverbs and modals of a clause, never inside a phrase naming a speaker: "Andrew also spent…", "Gizmodo very". */
export const CLAUSE_ADVERBS = set(
  'also instead still somehow cannot never already even just ever actually really simply only very',
);

/** Irregular past participles: a speaker phrase opening with one is a predicate the source finder ran into ("done the calculations"). */
export const IRREGULAR_PARTICIPLES = set(
  'done seen gone taken given shown known made told found held put got gotten begun become come written spoken kept brought thought heard meant won lost paid sent spent',
);

/** Subordinators with "-ever": they open a clause, not a name ("Whatever Apple says…"). */
export const EVER_WORDS = set('whatever whoever whichever however whenever wherever');

/** Particles after a verb ("holds up", "backs down"): a plural-looking word before one is a verb. */
export const VERB_PARTICLES = set('up down out off back over away');

/** Negation words that may stand inside a cue ("did not say"). */
export const NEGATIONS = new Set(['not', 'never', "'t", '’t', "n't", 'n’t']);

/** Pronouns and demonstratives that can be the subject right before a cue verb. */
export const SUBJECT_PRONOUNS = new Set(
  'i we you they he she it who which that this these those one'.split(' '),
);

/** Possessive determiners. */
export const POSSESSIVES = new Set('his her their its my our your whose'.split(' '));

/** The possessive pronouns alone, without the relative "whose": "his claim", not "whose claim". */
export const POSSESSIVE_PRONOUNS: ReadonlySet<string> = new Set(
  [...POSSESSIVES].filter((w) => w !== 'whose'),
);

/** Prepositions and subordinators: a word after which no subject of a cue ends. */
export const PREPOSITIONS = new Set(
  `of in on at for with by from to into about over under after before during against between among without
  within upon via than like as per amid toward towards until unless because since although though whereas if
  when while whether`.split(/\s+/),
);

/** Number words and quantifiers that may open a subject. */
export const NUMBERS = new Set(
  'one two three four five six seven eight nine ten both all most many some few several another'.split(' '),
);

/** Object pronouns and wh-words that may follow a cue verb. */
export const OBJECT_PRONOUNS = new Set(
  'him her them it us me you himself herself themselves itself this these those what how why whether if'.split(
    ' ',
  ),
);

/** Subject pronouns that open a clause with no "that" ("records show he backed …"). */
export const CLAUSE_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** Personal pronouns in subject form: a content whose subject is one of them needs no more words. */
export const PERSONAL_SUBJECTS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you']);

/** Prepositions that may open a headline verb's object ("Calls On", "Talks About") only as its particle. */
export const HEADLINE_PARTICLES = new Set(
  `of in on at for with by from into about over under after before during against between among without within
  upon via than like as per amid`.split(/\s+/),
);

/** Prepositions that open a setting between commas ("…, through a records request, …"); "of" and "from" give a home instead ("59, of Ashton"). */
export const APPOSITIVE_SETTINGS = new Set(
  'with without by for to into in at on through via under over across against among amid within'.split(' '),
);

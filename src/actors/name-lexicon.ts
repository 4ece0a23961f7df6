/**
 * Word lists for finding people and organisations the gazetteer does not know. All lower case;
 * look words up by their lower-case form. Each list is defined here once.
 */

import { WORLD_GIVEN_NAMES } from './given-names.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** Courtesy titles written before a name ("Ms Persson", "Dr. Omar Lakhani"). */
export const HONORIFICS = set('mr mrs ms miss mx dr prof sir dame lord lady mme mlle herr');

/**
 * Office and rank words written before a name ("Interior Minister Wolfgang Peschorn"). They name a
 * role, never the person, so they are cut off the front of a name and kept as the role.
 */
export const TITLE_WORDS = set(`president vice prime minister secretary general chancellor premier governor
  senator sen rep gov representative qb rb wr lb cb dl ol dt congressman congresswoman ambassador envoy mayor judge justice chairman chairwoman
  chair chief executive director deputy spokesperson spokesman spokeswoman commissioner speaker pope cardinal bishop
  rabbi imam sheikh emir king queen prince princess crown emperor lt lieutenant col colonel capt captain major
  admiral adm gen sgt sergeant corporal marshal commander professor prof attorney ombudsman coach manager
  detective inspector officer superintendent constable agent editor correspondent anchor reporter founder
  co-founder ceo cfo coo chairperson president-elect minister-president treasurer auditor comptroller
  registrar provost dean principal councillor councilman councilwoman alderman sheriff prosecutor
  state-secretary mp mep foreign home interior defence defense finance trade state health justice energy
  economy commerce press public senior acting former then first special high supreme de-facto interim
  labour labor transport education environment agriculture culture security national
  assistant associate under permanent principal managing administrator`);

/** Title words that only qualify an office ("First", "Public", "National"): never the last word before a name. */
export const TITLE_MODIFIERS =
  set(`foreign home interior defence defense finance trade state health justice energy economy commerce
  press public senior acting former then first special high supreme de-facto interim labour labor transport
  education environment agriculture culture security national assistant associate under permanent principal
  managing vice deputy crown`);

/**
 * Role nouns that, written in lower case, describe a person ("a Qatari Foreign Ministry spokesman",
 * "Wikileaks editor-in-chief Kristinn Hrafnsson"). The capitalised word before one is an organisation.
 */
export const ROLE_NOUNS = set(`spokesperson spokesman spokeswoman minister secretary official ambassador envoy
  chief head director president chairman chairwoman chair adviser advisor analyst economist professor researcher
  lawmaker senator diplomat commander general leader governor mayor negotiator representative deputy premier
  chancellor strategist expert scholar fellow correspondent editor editor-in-chief reporter journalist columnist
  ceo founder co-founder cofounder executive manager officer lawyer attorney judge prosecutor activist campaigner
  coordinator specialist aide consultant engineer scientist physician doctor surgeon architect economist
  commissioner inspector ombudsman chairperson treasurer counsel cleric commentator producer presenter host
  anchor owner partner investor trader banker lecturer historian novelist author writer poet artist singer actor
  actress player striker midfielder defender goalkeeper coach captain manager boss chairman president-elect
  nominee candidate member employee staffer worker teacher student pilot officer sergeant soldier colonel
  lieutenant admiral captain marshal rapporteur mediator negotiator administrator ceo cfo coo vice-president
  vice-chairman head-of-state quarterback linebacker cornerback receiver rusher pitcher catcher winger`);

/** Lower-case words allowed between an appositive's article and its role noun ("a senior Israeli official"). */
export const ROLE_MODIFIERS =
  set(`former senior top chief deputy vice foreign state security trade defence defense
  finance economic military political prime national regional local international independent government press
  news media health energy interior justice home diplomatic intelligence longtime long-time retired acting interim
  outgoing incoming elected leading prominent veteran principal associate assistant special general executive
  managing founding then logistics humanitarian legal medical research policy communications digital technology
  science sports business political-risk chief-of-staff`);

/**
 * Capitalised last words that make a name an organisation ("Interior Ministry", "Full Fact" does not
 * need one: it is found by its context).
 */
export const ORG_HEADS =
  set(`ministry office council agency bank commission department embassy committee party
  organisation organization union group company corporation corp inc ltd llc plc co institute university college
  school fund court parliament government army navy forces police administration authority association federation
  foundation board bureau service centre center secretariat assembly congress senate cabinet coalition alliance
  movement front league forum exchange airline airlines airways reserve treasury ministries consulate command guard
  network programme program society trust club federation institution chamber tribunal prosecution prosecutors
  academy observatory laboratory laboratories hospital clinic brigade brigades regiment division corps unit
  commission conference council syndicate cartel holdings industries productions studios podcast technologies systems motors energy petroleum
  oil gas resources mining pharmaceuticals media studios records entertainment partners capital securities
  investments insurance bancorp trust fc staff limited robotics directorate`);

/** Capitalised last words that make a name a news outlet ("Gulf Crescent TV", "Meridian Wire"). */
export const OUTLET_HEADS =
  set(`herald times post daily news journal gazette tribune telegraph wire broadcasting
  broadcaster television tv radio chronicle observer express mail monitor press newswire weekly mirror register
  bulletin dispatch courier sentinel standard inquirer`);

/**
 * Capitalised heads that make a longer body of a name before them ("Federal Reserve Bank of New York",
 * "United Nations High Commissioner for Human Rights", "Moscow City Court"): the gazetteer name inside
 * is part of the longer one, not a mention of its own. Institutional heads only: "BBC News" stays the BBC.
 */
export const ABSORBING_HEADS = set(`bank commission commissioner department office agency council committee
  authority ministry board bureau institute foundation tribunal secretariat directorate administration court
  service fund exchange university`);

/**
 * Last words that end the name of a body or a thing, never a person's (surnames like "Banks" or
 * "Court" are left out): a run ending in one is not a person ("Human Services", "Sky Sports"), nor
 * is a company named after its founder ("Dick Clark Productions", "Big Machine Records"), a law
 * ("Democracy Act"), a landform ("Barossa Valley") or a state ("Federal Republic").
 */
export const NON_PERSON_TAILS = set(`services sports affairs rights project projects studies relations
  operations solutions systems technologies industries holdings airlines airways ministry department agency
  commission committee council institute university foundation association federation authority network
  programme program initiative productions records media group holdings entertainment studios pictures films
  partners ventures enterprises brands labs consultants events intelligence dental schools museum gallery
  collection airport dam award prize street avenue road boulevard finals cup championship championships
  games awards olympics tournament festival act acts bill treaty accord amendment valley river mountains island
  islands peninsula desert republic kingdom emirate sultanate duchy principality`);

/** Lower-case nouns after a name that make it an event's ("the Dreamforce conference"); each is also a place noun. */
export const EVENT_NOUNS = set('conference summit expo convention festival tournament');

/** Capitalised words before a country's name that make it part of a place's ("Inner Mongolia", "New Mexico"). */
export const PLACE_QUALIFIERS = set('new inner outer upper lower baja');

/** Words that make a capitalised name a building or a prison, not a body that acts ("Metropolitan Correctional Center", "Ryman Auditorium"). */
export const BUILDING_WORDS = set('correctional detention penitentiary auditorium stadium arena');

/** Words that may join the parts of an organisation's name ("Institute of Oriental Studies"). */
export const ORG_CONNECTORS = set('of for on the de du des der la el al');

/** Generational suffixes after a surname ("Patrick W. Carlineo Jr."): not part of the name's words (a regnal number, "Elizabeth II", is). */
export const NAME_SUFFIXES = set('jr sr');

/** Lower-case particles inside a personal name ("Mohammed bin Salman", "Ursula von der Leyen"). */
export const NAME_PARTICLES = set('bin bint ibn al el de da di du van von der den la le dos das del y abu');

/**
 * Short English words that end a hyphenated compound ("Braun-led", "Bush-era"): never the lower-case
 * second syllable of an East Asian given name ("Jong-un", "Jae-in", "Hau-yip").
 */
export const HYPHEN_TAILS = set('led era run age old new day way fed met set hit won bid ban off');

/** Capitalised words that are never a name on their own: months, weekdays, words of time, and business shorthands ("M&A", "R&D"). */
export const NOT_NAMES = set(`monday tuesday wednesday thursday friday saturday sunday january february march
  april may june july august september october november december feb apr jul aug sep sept oct nov dec today yesterday tomorrow tonight christmas
  easter ramadan eid god m&a r&d q&a b&w p&c p&l internet web covid-19 covid coronavirus earth moon sun mars jupiter venus saturn`);

/** Adjectives of a continent or a region's peoples: a description ("African campaigners"), never a body. */
export const REGION_ADJECTIVES = set(
  'african africans european europeans asian asians caribbean nordic baltic balkan scandinavian arab arabs',
);

/**
 * Adjectives and member nouns of parties, creeds and regions: part of a name ("Democratic Party"), never a
 * name on their own ("a Republican counsel", "the Democrats", "African").
 */
export const ADJECTIVE_NAMES: ReadonlySet<string> = new Set([
  ...REGION_ADJECTIVES,
  ...set(`west east north south western eastern northern southern republican republicans democratic democrat democrats communist communists socialist socialists
  liberal liberals progressive progressives conservative conservatives nazi nazis islamist islamists jihadist
  jihadists catholic catholics protestant protestants muslim muslims christian christians jewish sunni shia`),
]);

/**
 * Places that are not countries but are written like names: US states and large cities that are
 * not capitals (capitals are the gazetteer's). A run that is one of these is not a person. Not the
 * second word of a city that is also a given name ("San Diego": "Diego Schwartzman" is a person).
 */
export const PLACE_NAMES =
  set(`alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii
  idaho illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota
  mississippi missouri montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont
  virginia wisconsin wyoming carolina dakota hampshire jersey york brooklyn manhattan queens bronx hollywood
  chicago houston dallas miami atlanta boston seattle denver phoenix detroit philadelphia burbank
  angeles francisco vegas orleans toronto montreal vancouver sydney melbourne mumbai karachi lagos
  istanbul shanghai shenzhen guangzhou dubai geneva zurich frankfurt munich hamburg milan barcelona
  manchester liverpool birmingham glasgow edinburgh woking kong statehouse delhi punjab kashmir bengal
  kerala gujarat england scotland bavaria catalonia quebec ontario alberta gaza crimea donbas xinjiang tibet
  siberia chechnya yorkshire lancashire aberdeenshire`);

/** Words that make a place's name with a place word ("New York", "South Dakota", "Oklahoma City", "Greater Manchester"). */
export const PLACE_MODIFIERS =
  set(`new north south east west northern southern eastern western central upper lower
  greater city st saint san santa los las`);

/** A run that is a place's name: place words and place modifiers only, at least one place word. */
export function isPlaceName(words: readonly { lower: string }[]): boolean {
  return (
    words.some((w) => PLACE_NAMES.has(w.lower)) &&
    words.every((w) => PLACE_NAMES.has(w.lower) || PLACE_MODIFIERS.has(w.lower))
  );
}

/** Verbs of speech after a name ("Opelka said", "Hawk Sawyer testified"): a lone name before one is a speaker. */
export const SPEECH_VERBS =
  set(`said says told tells added adds claimed claims denied denies warned warns urged
  urges argued argues insisted insists stated states wrote writes tweeted tweets noted notes acknowledged
  acknowledges responded responds replied replies explained explains testified testifies asked asks recalled
  recalls conceded concedes admitted admits stressed stresses`);

/** Verbs after a name that make it the subject of speech or action ("Twitter pledged", "Mujahid said"). */
export const SUBJECT_VERBS: ReadonlySet<string> = new Set([
  ...SPEECH_VERBS,
  ...set(`announced announces pledged pledges welcomed welcomes confirmed confirms reported reports accused
  accuses called calls rejected rejects criticised criticized praised praises agreed agrees declined declines
  refused refuses vowed vows revealed reveals suggested suggests believes believed thinks thought estimated
  estimates predicted predicts signed signs launched launches filed files sued sues ruled rules decided decides
  approved approves banned bans ordered orders issued issues released releases published publishes hired hires
  fired fires bought buys sold sells acquired acquires plans planned wants wanted has had is was`),
]);

/** Pronouns that refer back to one person, never to a body ("Letitia James said … She added"). */
export const PERSONAL_PRONOUNS = set('he she him her his hers himself herself');

/** Verbs before a single capitalised word that make it a recipient organisation ("told Ruptly"). */
export const RECIPIENT_VERBS = set('told tells telling');

/** Work verbs before "for"/"at" that make what follows an employer ("works for Facebook"). */
export const WORK_VERBS = set('works worked working work joined joins');

/**
 * Lower-case nouns after a capitalised name that make it a place or a thing, not a person
 * ("Walter Reed hospital", "Belmarsh prison", "Zabul province").
 */
export const PLACE_NOUNS = set(`hospital prison jail airport province district region county state city town
  village street road avenue square bridge river valley mountain mountains island islands sea ocean lake bay
  border crossing camp base station stadium arena hotel building tower palace hall mosque church temple cathedral
  park area neighbourhood neighborhood port harbour harbor strait canal desert forest field fields plant facility
  centre center mall market university school campus embassy account accounts app platform case affair trial
  era doctrine model show series campaign summit talks war crisis conflict deal agreement accord act law plan
  policy reforms report prize award cup league season tour festival conference expo convention tournament`);

/**
 * Given names, about three thousand across the languages news copy names people in (the long tail in
 * `given-names.ts`): a run that starts with one is a person even without a title or a verb ("American
 * Kevin King and Australian Timothy Weeks", "Taylor Swift").
 */
export const GIVEN_NAMES: ReadonlySet<string> = new Set([
  ...WORLD_GIVEN_NAMES,
  ...set(`aaron abdul abdullah abdel abu adam adel adnan adrian ahmad ahmed aisha akira alan albert
  alberto alex alexander alexandra alexandre alexei alexey ali alice alicia alison amanda amir amit ana anas andrea
  andreas andrei andrew andrzej angela angelina anil ann anna anne annette anthony antonio anton arjun arnold
  arthur ashraf ayesha barbara barack ben benjamin bernard bernie bill bob boris brad brian bruce bruno carl carla
  carlos carol caroline catherine cesar charles charlotte chen cheng chris christian christina christine christopher
  claire claudia colin craig cristina dan daniel daniela david dean deborah dennis diana diego dmitri dmitry
  dominic donald dong doug douglas edward elena elizabeth emily emma emmanuel eric erik eva evo fatima felipe
  fernando francesco francis francisco frank fred frederick gabriel gary george georg gerhard giorgio giuseppe
  gordon greg gregory guillermo gustavo hamid hana hannah hans harold harry hassan heather heinz helen helmut
  henry hillary hiroshi hogan hossam hugh hussein ian igor ilya imran ingrid irina isaac ivan jack jacob jake james
  jamie jan jane janet jason javier jean jeff jennifer jeremy jerome jessica jim joan joe johann john jonathan
  jorge jose josé joseph juan judith julia julian julie justin kamal karim karen kate katherine kathy keir kenneth
  kevin khalid kim kirill kristinn kurt laura lauren lee leonid li liam linda lisa liu louis luca lucy luis maria
  marie marina mario mark marco martin mary matt matthew maria maurice max mehmet melissa michael michel michelle
  miguel mikhail mike mohamed mohammad mohammed mohammad muhammad nadia nancy naomi nasser natalia natasha
  nathan neil nicholas nick nicola nicolas nikolai nina noa noah nour olga oliver omar oscar pablo patrick paul
  pedro peter philip philippe pierre rachel rafael rahul raj ralph ramon raul rebecca richard rick robert roberto
  robin roger ronald ronny rosa ruth ryan sajid salman sam samantha samir samira samuel sandra sara sarah
  scott sean sergei sergey sergio shannon sharon simon sofia sophie stefan stephanie stephen steve steven susan
  tamara tanya tarek ted thomas tim timothy tom tony valentina valery vera victor victoria vikram viktor
  vincent vladimir volodymyr walter wang wei william wolfgang xavier yasmin yelena yousef youssef yuri yusuf zhang
  zabihullah ali-reza eva-marie jean-pierre jean-luc jean-claude anne-marie marie-claire hans-peter karl-heinz
  abdulaziz ahmet alejandro alessandro amal bashar benny binyamin brandon brett chuck clarence cory dale
  darren dave denis derek dick dimitri dinesh dirk dolores duncan dustin earl ed elijah ellen elon emilia
  enrique ernesto esther ethan eugene evan faisal farid farah fiona florian gavin gene gil gina glenn grace
  graham hakan hamza hans-georg harvey hector herbert hong howard hugo ibrahim ilhan ines irene isabel isabella
  jacques jaime jared jay jeffrey jenny jerry jesse jesus jill joanna jody joel jon josh joshua joyce
  jung kai kamala karl kay keith ken kenji khaled kristen kyle lars lawrence leila leon leonardo liz lorenzo
  lori luke lynn magnus malcolm manuel marcus margaret marek marta mathias matthias maxim megan mia micheal
  miles mitch mitt moses nadine narendra nathalie neil nelson nikita nikki norman olaf pamela pascal pavel
  penny phil rachid rami randy ray raymond reza ricardo rita rob rodrigo roman rose roy rudy russell sabine
  sally salim sanjay saul sebastian shaun sheila shinzo sirajuddin stanley stuart sunil sven tanja teresa
  terry theresa tiffany tina todd tomas travis troy ursula vanessa vivek wayne will xi yang yoshihide yvette
  zoe kristalina antony jens josep lloyd mitch nancy chuck ilya yulia alexei sviatlana juan-carlos
  marc nicole kathryn kathleen leo finley teddy reece declan seamus padraig ciaran niamh siobhan aoife saoirse
  sinead sebastien sébastien stephane stéphane segolene ségolène holger petra monika anke yumiko darnell
  deshawn terrell andre lamar jalen`),
]);

/**
 * Chinese and Korean family names, written first ("Liu Xiaming", "Kim Jong-un"): with a given name
 * after them in pinyin or in syllables, the family name is the first word, not the last.
 */
export const EAST_ASIAN_FAMILY_NAMES =
  set(`wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo zheng liang xie
  song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu ding ren shen
  yao jin fu xiong qin xi hou shi bai kong mao qiu duan lei hao long shao wan qian yan tan dai mo gu zou cui meng
  kim park choi jung kang cho yoon jang lim shin seo kwon hwang ahn yoo hong jeon ko moon son baek heo nam
  noh kwak cha joo woo ryu`);

/** Lower-case nouns for a kind of body: a capitalised name right after one is an organisation ("carrier SunExpress"). */
export const ORG_TYPE_NOUNS =
  set(`company firm group carrier airline website newspaper broadcaster agency charity
  organisation organization network channel outlet magazine startup start-up bank insurer retailer maker
  manufacturer giant publisher watchdog regulator union party platform service studio label brand chain operator
  provider developer lender fund think-tank thinktank tank institute agency daily tabloid station consultancy
  conglomerate militia movement coalition`);

/** Lower-case heads that complete a one-word name as an organisation ("Haqqani network"). */
export const LOWER_ORG_HEADS = set('network group movement militia brigade brigades');

/** Lower-case nouns after a one-word name that make it a platform that holds them ("the Twitter account"). */
export const PLATFORM_NOUNS = set('account accounts handle');

/** First words that open an organisation's name before "of" ("House of Representatives", "University of Kabul"). */
export const ORG_OPENERS =
  set(`ministry department university institute bank office house court council board school
  college academy museum league union federation association society church chamber order commonwealth bureau`);

/** Words before a place that make a capital the city, not the body it stands for ("in Brussels"). */
export const PLACE_PREPOSITIONS = set(
  'in to from at near outside across via inside around visit visited visiting',
);

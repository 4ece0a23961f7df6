/**
 * Runs of capitalised words and what each names. A run is read by the shapes below, in order; the
 * first that recognises it decides (and may decide it names nothing). A new shape of name is a new
 * entry in `RUN_SHAPES`.
 */
import { foundActorId } from '../actor-key.js';
import {
  ABSORBING_HEADS,
  HONORIFICS,
  LOWER_ORG_HEADS,
  NOT_NAMES,
  ORG_CONNECTORS,
  ORG_HEADS,
  ORG_OPENERS,
  OUTLET_HEADS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  TITLE_MODIFIERS,
  TITLE_WORDS,
} from '../name-lexicon.js';
import type { NameToken } from '../name-tokens.js';
import {
  affiliationAround,
  appositiveAfter,
  orgAppositiveAfter,
  orgContextBefore,
  personEvidence,
  pronounAfter,
  roleBefore,
} from './contexts.js';
import type { Entity, Reader } from './types.js';
import { MAX_NAME_WORDS, inflectedOpener, isAllCaps, isConnector, isGivenName } from './word-shapes.js';

/** One run: where it starts in the text, where its name words start, and its end (exclusive). */
export interface Run {
  /** The first capitalised word. */
  start: number;
  /** The first word after sentence-initial function and common words ("In", "The"). */
  s: number;
  /** The first word after gazetteer names in front ("White House", a country's adjective). */
  lead: number;
  end: number;
}

/** A shape of name: true when it recognised the run (whether or not it added an actor). */
export type RunShape = (r: Reader, run: Run) => boolean;

/** Read every run of capitalised words and decide what it names. */
export function readRuns(r: Reader): void {
  const { tokens, heading, gazetteerAt } = r.view;
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (!t.cap || heading[i] || gazetteerAt[i]?.kind === 'person') {
      i++;
      continue;
    }
    const end = r.view.runEnd(i);
    readRun(r, i, end);
    i = end;
  }
}

/** Trim the run's front, then let the first shape that recognises it decide. */
export function readRun(r: Reader, start: number, runEnd: number): void {
  let end = runEnd;
  const { view } = r;
  const { tokens } = view;
  let s = start;
  // Sentence-initial function words and common words are not part of a name ("In", "The", "Architects"),
  // but a given name inside a sentence is, even when it is also a common word ("… told the BBC, Will Moy").
  while (
    s < end &&
    (view.isCommonWord(tokens[s]!) || NOT_NAMES.has(tokens[s]!.lower) || inflectedOpener(tokens[s]!)) &&
    !(
      s === start &&
      s + 1 < end &&
      !tokens[s]!.opensSentence &&
      isGivenName(tokens[s]!) &&
      tokens[s + 1]!.cap
    )
  )
    s++;
  // A generational suffix ends a person's name but is not one of its words ("Carlineo Jr." is Carlineo).
  if (end - s > 2 && NAME_SUFFIXES.has(tokens[end - 1]!.lower)) end--;
  // Gazetteer names at the front (a country's adjective, "White House") are context, not the name.
  let lead = s;
  while (lead < end && view.gazetteerAt[lead]) lead++;
  if (lead >= end) return;
  if (!tokens.slice(lead, end).some((t) => t.cap || !isConnector(t))) return;
  // A name wholly inside quotation marks is the title of a work ("“Mary Poppins” and “Bambi”"), not an actor.
  if (/[“"]$/.test(tokens[start]!.gap) && /^[”"]/.test(view.text.slice(tokens[runEnd - 1]!.end))) return;
  const run = { start, s, lead, end };
  for (const shape of RUN_SHAPES) if (shape(r, run)) return;
}

/**
 * "Dr Omar Lakhani of the Royal Institute for Middle East Studies", "Professor Mikhail Grishin of
 * the Institute of Oriental Studies": titles, a name, then "of" and the organisation.
 */
export const personOfOrganisation: RunShape = ({ view, store }, { lead, end }) => {
  const { tokens } = view;
  let of = -1;
  for (let k = lead + 1; k < end && of < 0; k++) if (tokens[k]!.lower === 'of' && !tokens[k]!.cap) of = k;
  if (of < 0) return false;
  let nameStart = lead;
  while (
    nameStart < of &&
    (TITLE_WORDS.has(tokens[nameStart]!.lower) || HONORIFICS.has(tokens[nameStart]!.lower))
  )
    nameStart++;
  const titled =
    nameStart > lead &&
    (HONORIFICS.has(tokens[nameStart - 1]!.lower) || !TITLE_MODIFIERS.has(tokens[nameStart - 1]!.lower));
  const name = tokens.slice(nameStart, of);
  if (name.length === 0 || name.length > MAX_NAME_WORDS || !(titled || isGivenName(name[0]!))) return false;
  if (!name.every((t) => t.cap && !ORG_HEADS.has(t.lower) && !TITLE_WORDS.has(t.lower))) return false;
  let orgFrom = of + 1;
  if (tokens[orgFrom]?.lower === 'the') orgFrom++;
  const orgTokens = tokens.slice(orgFrom, end);
  const org = orgTokens.length > 0 ? store.addOrganisation(orgTokens) : null;
  const roleWords = tokens.slice(lead, nameStart).filter((t) => !HONORIFICS.has(t.lower));
  store.addPerson(view.slice(name), name, {
    role: roleWords.length ? view.slice(roleWords) : null,
    organisation: org?.name ?? null,
    organisationId: org ? foundActorId('organisation', org.name) : null,
  });
  return true;
};

/**
 * Title(s) then a name: "Emirates President Tim Clark", "Deputy Director of Public Prosecution
 * Eva-Marie Persson". A person; the titles are the role, words before the first title may be the
 * organisation.
 */
export const titledPerson: RunShape = (r, { start, s, lead, end }) => {
  const { view, store } = r;
  const { tokens } = view;
  // Split at the last title or organisation word: "Emirates President | Tim Clark".
  let split = -1;
  for (let k = lead; k < end; k++) {
    const t = tokens[k]!;
    if (
      TITLE_WORDS.has(t.lower) ||
      HONORIFICS.has(t.lower) ||
      ORG_HEADS.has(t.lower) ||
      OUTLET_HEADS.has(t.lower)
    )
      split = k;
  }
  const tail = tokens.slice(Math.max(split + 1, lead), end);
  const headPart = split >= lead ? tokens.slice(lead, split + 1) : [];
  if (headPart.length === 0 || tail.length === 0 || tail.length > MAX_NAME_WORDS || !tail.every((t) => t.cap))
    return false;
  const lastTitle = headPart[headPart.length - 1]!;
  const isOffice = (t: NameToken) =>
    HONORIFICS.has(t.lower) || (TITLE_WORDS.has(t.lower) && !TITLE_MODIFIERS.has(t.lower));
  // A body's name ends at its last body word before the office ("Indiana State Teachers Association |
  // President"): a title word inside it ("State") is the body's.
  let bodyEnd = -1;
  if (isOffice(lastTitle))
    for (let k = 0; k < headPart.length - 1; k++)
      if (
        (ORG_HEADS.has(headPart[k]!.lower) || OUTLET_HEADS.has(headPart[k]!.lower)) &&
        !TITLE_WORDS.has(headPart[k]!.lower)
      )
        bodyEnd = k;
  const firstTitle = headPart.findIndex(
    (t, k) => k > bodyEnd && (TITLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower)),
  );
  // "Deputy Director of Public Prosecution Eva-Marie Persson": an office, then the body it belongs to.
  const office = isOffice(lastTitle) || (ORG_HEADS.has(lastTitle.lower) && headPart.some(isOffice));
  if (firstTitle < 0 || !office || view.placeAfter(end) || tail.some((t) => ORG_HEADS.has(t.lower)))
    return false;
  const orgWords = headPart.slice(0, firstTitle);
  const roleWords = headPart.slice(firstTitle).filter((t) => !HONORIFICS.has(t.lower));
  let organisation: Entity | null = null;
  if (orgWords.length > 0) organisation = store.addOrganisation(orgWords);
  const leadMention = lead > s ? view.gazetteerAt[lead - 1] : null;
  const leadOrg = leadMention && leadMention.kind !== 'country' ? leadMention : null;
  const around =
    organisation || leadOrg ? null : (appositiveAfter(r, end) ?? affiliationAround(r, start, end));
  store.addPerson(view.slice(tail), tail, {
    role: roleWords.length ? view.slice(roleWords) : (around?.role ?? null),
    organisation: organisation?.name ?? leadOrg?.name ?? around?.organisation ?? null,
    organisationId: organisation
      ? foundActorId('organisation', organisation.name)
      : (leadOrg?.actorId ?? around?.organisationId ?? null),
  });
  return true;
};

/**
 * A name, then "of (the)" and a gazetteer organisation: "Sui-Lee Wee of the New York Times". A
 * person of that organisation, whatever came before ("according to …").
 */
export const personOfKnownOrganisation: RunShape = ({ view, store }, { lead, end }) => {
  const { tokens } = view;
  const name = tokens.slice(lead, end);
  const of = tokens[end];
  if (name.length < 2 || name.length > MAX_NAME_WORDS || of?.lower !== 'of' || of.gap !== ' ') return false;
  if (
    !name.every(
      (t) => t.cap && !TITLE_WORDS.has(t.lower) && !ORG_HEADS.has(t.lower) && !OUTLET_HEADS.has(t.lower),
    )
  )
    return false;
  let k = end + 1;
  if (tokens[k]?.lower === 'the') k++;
  const g = view.gazetteerAt[k];
  if (!g || g.kind === 'country' || g.kind === 'person' || tokens[k]!.gap !== ' ') return false;
  store.addPerson(view.slice(name), name, { role: null, organisation: g.name, organisationId: g.actorId });
  return true;
};

/**
 * Two or three name words, then "of" and a country that ends the run: where a player or a delegate
 * comes from ("Raven Klaasen of South Africa", "Yasutaka Uchiyama of Japan"). Not a body ("Bank of
 * Japan") nor a title ("President of Nigeria"): no body, title or state word in front.
 */
export const personOfCountry: RunShape = ({ view, store }, { lead, end }) => {
  const { tokens } = view;
  const of = lead + 2 < end && tokens[lead + 2]!.lower === 'of' ? lead + 2 : lead + 3;
  const ofToken = tokens[of];
  if (of >= end || ofToken?.lower !== 'of' || ofToken.cap) return false;
  const country = view.gazetteerAt[of + 1];
  if (
    country?.kind !== 'country' ||
    !tokens.slice(of + 1, end).every((t) => view.gazetteerAt[t.index] === country)
  )
    return false;
  const name = tokens.slice(lead, of);
  if (
    name.some(
      (t) =>
        !t.cap ||
        isAllCaps(t.text) ||
        view.lowerWords.has(t.lower) ||
        TITLE_WORDS.has(t.lower) ||
        HONORIFICS.has(t.lower) ||
        ORG_HEADS.has(t.lower) ||
        OUTLET_HEADS.has(t.lower),
    )
  )
    return false;
  return (
    store.addPerson(view.slice(name), name, { role: null, organisation: null, organisationId: null }) !== null
  );
};

/**
 * A title phrase that holds lower-case words, then a name that starts with a given name:
 * "Secretary of State Mike Pompeo", "Minister of Foreign Affairs Sergey Lavrov". The phrase is the role.
 */
export const titlePhrasePerson: RunShape = ({ view, store }, { lead, end }) => {
  const { tokens } = view;
  const first = tokens[lead]!;
  if (!TITLE_WORDS.has(first.lower) || TITLE_MODIFIERS.has(first.lower)) return false;
  let k = end - 1;
  while (k > lead && tokens[k - 1]!.cap && end - k < MAX_NAME_WORDS) k--;
  // The name starts at the first given name of the capitalised tail.
  while (k < end - 1 && !isGivenName(tokens[k]!)) k++;
  const name = tokens.slice(k, end);
  const role = tokens.slice(lead, k);
  if (k >= end - 1 || k - lead < 3 || !isGivenName(tokens[k]!)) return false;
  if (!role.some((t) => !t.cap) || name.some((t) => TITLE_WORDS.has(t.lower) || ORG_HEADS.has(t.lower)))
    return false;
  if (view.placeAfter(end)) return false;
  store.addPerson(view.slice(name), name, {
    role: view.slice(role),
    organisation: null,
    organisationId: null,
  });
  return true;
};

/**
 * An organisation by its last word ("Interior Ministry") or its opener ("House of
 * Representatives"); "Penelope Muse Abernathy of the University of North Carolina" is a person of
 * such an organisation.
 */
export const organisationByWords: RunShape = ({ view, store }, run) => {
  const { s, lead, end } = run;
  const { tokens } = view;
  const last = tokens[end - 1]!;
  const first = tokens[lead]!;
  const headed =
    ORG_HEADS.has(last.lower) ||
    OUTLET_HEADS.has(last.lower) ||
    innerHead(tokens, lead, end) >= 0 ||
    headOfCountry(view, lead, end);
  if (!headed && !(ORG_OPENERS.has(first.lower) && tokens[lead + 1]?.lower === 'of')) return false;
  // A country's adjective in front belongs to the name ("American University of Kabul").
  const countryLead = tokens.slice(s, lead).every((t) => view.gazetteerAt[t.index]?.kind === 'country');
  let from = headed || countryLead ? s : lead;
  // A capitalised function word right after "the" inside a sentence is part of a body's name ("The We Company").
  const inner = tokens[from - 1];
  if (
    headed &&
    from - 1 > run.start &&
    inner?.cap &&
    !inner.opensSentence &&
    tokens[from - 2]!.lower === 'the'
  )
    from--;
  let of = -1;
  for (let k = from + 1; k < end && of < 0; k++) if (tokens[k]!.lower === 'of') of = k;
  if (of > from + 1 && isGivenName(tokens[from]!) && of - from <= MAX_NAME_WORDS) {
    let orgFrom = of + 1;
    if (tokens[orgFrom]?.lower === 'the') orgFrom++;
    const orgTokens = tokens.slice(orgFrom, end);
    const e = orgTokens.length > 0 ? store.addOrganisation(orgTokens) : null;
    const person = tokens.slice(from, of);
    store.addPerson(view.slice(person), person, {
      role: null,
      organisation: e?.name ?? null,
      organisationId: e ? foundActorId('organisation', e.name) : null,
    });
    return true;
  }
  const orgTokens = tokens.slice(from, end);
  if (orgTokens.length >= 2 || !first.opensSentence) store.addOrganisation(orgTokens);
  return true;
};

/**
 * Where a body's head word inside the run takes "of" or "for" and a place or field after it
 * ("Federal Reserve Bank of New York", "High Commissioner for Human Rights"), or -1. Not the run's
 * first word, which "House of Representatives" and the openers cover; not after an "of" or before a
 * given name.
 */
function innerHead(tokens: readonly NameToken[], lead: number, end: number): number {
  for (let k = lead + 1; k < end - 2; k++) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    // An earlier "of" makes the front a person of the body ("Jane Doe of the Ohio Department of …").
    if (t.lower === 'of' && !t.cap) return -1;
    if (!t.cap || !ABSORBING_HEADS.has(t.lower) || next.cap || (next.lower !== 'of' && next.lower !== 'for'))
      continue;
    if (tokens.slice(k + 2, end).some((w) => isGivenName(w))) return -1;
    return k;
  }
  return -1;
}

/** A body word, "of" and a country to end the run: "Diplomatic Academy of Vietnam", "Bank of Japan". */
function headOfCountry(view: Reader['view'], lead: number, end: number): boolean {
  const { tokens } = view;
  for (let k = lead + 1; k < end - 2; k++) {
    if (!ORG_HEADS.has(tokens[k]!.lower) || tokens[k + 1]!.lower !== 'of' || tokens[k + 1]!.cap) continue;
    let c = k + 2;
    if (tokens[c]?.lower === 'the') c++;
    const country = view.gazetteerAt[c];
    return (
      country?.kind === 'country' && tokens.slice(c, end).every((t) => view.gazetteerAt[t.index] === country)
    );
  }
  return false;
}

/** One word and a lower-case organisation word after it ("Haqqani network"). */
export const organisationByLowerHead: RunShape = ({ view, store }, { lead, end }) => {
  const first = view.tokens[lead]!;
  const after = view.tokens[end];
  if (
    end - lead !== 1 ||
    !after ||
    after.cap ||
    !LOWER_ORG_HEADS.has(after.lower) ||
    after.gap !== ' ' ||
    view.isCommonWord(first)
  )
    return false;
  store.addOrganisation([first, after]);
  return true;
};

/**
 * Two to four name words decided by their context: an organisation's ("told …", ", the … company")
 * or a person's (a given name first, a role noun before, "said" before, a speech verb or an
 * appositive after). One word alone is decided by its context elsewhere.
 */
export const nameByContext: RunShape = (r, { start, lead, end }) => {
  const { view, store } = r;
  const { tokens } = view;
  const first = tokens[lead]!;
  const before = tokens[start - 1];
  const nameWords = tokens.slice(lead, end);
  if (nameWords.length < 2) return true;
  if (nameWords.length > MAX_NAME_WORDS + 1 || view.placeAfter(end)) return true;
  const orgContext = orgContextBefore(r, start) || (!isGivenName(first) && orgAppositiveAfter(r, end));
  if (orgContext) {
    store.addOrganisation(nameWords);
    return true;
  }
  const firstName = isGivenName(first);
  const role = roleBefore(r, start, end);
  // Read the appositive only when it is asked for: reading it may add its organisation.
  let appositiveRead: ReturnType<typeof appositiveAfter> | undefined;
  const appositive = () => {
    if (appositiveRead === undefined) appositiveRead = appositiveAfter(r, end);
    return appositiveRead;
  };
  // The article's evidence is read only for a run without a known given name: it is the costly question.
  let evidenceRead: boolean | undefined;
  const evidence = () => {
    evidenceRead ??= !firstName && personEvidence(r, lead, end);
    return evidenceRead;
  };
  const personContext =
    role !== null ||
    (before?.lower === 'said' && before.gap !== '' && !before.cap) ||
    view.subjectAfter(end) ||
    appositive() !== null ||
    evidence();
  // A title word right after a given name is a surname ("Kevin King"), elsewhere it is a title.
  const nameShaped =
    nameWords.length <= MAX_NAME_WORDS &&
    !nameWords.some(
      (t, k) =>
        (TITLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower)) && !(k > 0 && isGivenName(nameWords[k - 1]!)),
    ) &&
    nameWords.every((t) => !ORG_CONNECTORS.has(t.lower) || NAME_PARTICLES.has(t.lower));
  // Without a given name, a run that opens a sentence needs more than a verb after it ("Developer Valve said"):
  // a role, an appositive, or a personal pronoun referring back ("Letitia James said … She added").
  const strongContext =
    role !== null ||
    appositive() !== null ||
    evidence() ||
    // (A given name before the last word would start the name: "Employee Steve Castro" is not one.)
    (view.subjectAfter(end) &&
      !nameWords.some((t) => view.lowerWords.has(t.lower)) &&
      !nameWords.slice(0, -1).some(isGivenName) &&
      pronounAfter(r, end));
  const openerDoubt =
    first.opensSentence && !firstName && (view.lowerWords.has(first.lower) || !strongContext);
  if (nameShaped && (firstName || personContext) && !openerDoubt) {
    const app = appositive() ?? affiliationAround(r, start, end);
    store.addPerson(view.slice(nameWords), nameWords, {
      role: app?.role ?? role?.role ?? null,
      organisation: app?.organisation ?? role?.organisation ?? null,
      organisationId: app?.organisationId ?? role?.organisationId ?? null,
    });
  }
  return true;
};

/** The shapes of a run, tried in this order. */
export const RUN_SHAPES: readonly RunShape[] = [
  personOfOrganisation,
  titledPerson,
  titlePhrasePerson,
  personOfKnownOrganisation,
  personOfCountry,
  organisationByWords,
  organisationByLowerHead,
  nameByContext,
];

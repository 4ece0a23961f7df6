import type { ActorMention } from '../domain/actor.js';
import { STOP_WORDS } from '../lib/text-tokens.js';
import { foundActorId, nameKey } from './actor-key.js';
import {
  GIVEN_NAMES,
  HONORIFICS,
  LOWER_ORG_HEADS,
  NAME_PARTICLES,
  NOT_NAMES,
  ADJECTIVE_NAMES,
  ORG_CONNECTORS,
  ORG_HEADS,
  ORG_OPENERS,
  ORG_TYPE_NOUNS,
  OUTLET_HEADS,
  PLACE_NAMES,
  PLACE_NOUNS,
  RECIPIENT_VERBS,
  ROLE_MODIFIERS,
  ROLE_NOUNS,
  SUBJECT_VERBS,
  TITLE_MODIFIERS,
  TITLE_WORDS,
  WORK_VERBS,
} from './name-lexicon.js';
import { type NameToken, nameTokens } from './name-tokens.js';

/** A person or organisation found in the text, not from the gazetteer. */
export interface FoundActor {
  /** "person:<key>" or "organisation:<key>": the normalised full name, the same in every article. */
  id: string;
  name: string;
  kind: 'person' | 'organisation';
  /** The role the text gives ("spokesperson", "Interior Minister"), when it gives one. */
  role: string | null;
  /** The organisation the text ties the person to ("Qatari Foreign Ministry"), when it names one. */
  organisation: string | null;
  /** That organisation's actor id, found in text or from the gazetteer. */
  organisationId: string | null;
}

/** A speaker the quotes stage resolved: its words in the text are a strong hint of a name. */
export interface SpeakerHint {
  kind: 'person' | 'organisation';
  start: number;
  end: number;
}

/** What the text names beyond the gazetteer: the actors and every place each is named. */
export interface ActorsInText {
  actors: FoundActor[];
  /**
   * Mentions of the found actors only, in text order. One overlaps a gazetteer mention only where an
   * organisation's name holds a country's ("Swedish Prosecution Authority" and "Swedish").
   */
  mentions: ActorMention[];
}

/** Limits that bound the work on hostile input. */
export interface FindActorsOptions {
  speakers?: readonly SpeakerHint[];
  /** At most this many distinct actors are kept (first found first). */
  maxActors?: number;
  /** Words read at most (the rest of a huge text is left unread). */
  maxWords?: number;
}

const MAX_RUN = 14;
const MAX_NAME_WORDS = 4;

interface Entity {
  kind: 'person' | 'organisation';
  name: string;
  key: string;
  role: string | null;
  organisation: string | null;
  organisationId: string | null;
  /** Every way the text writes it (token lists, folded), longest first when matched. */
  surfaces: string[][];
  order: number;
}

/**
 * People and organisations named in `text` beyond the gazetteer mentions `known`: capitalised
 * name sequences read with their titles, honorifics, appositives and organisation words, variants
 * merged within the article ("Dmitry Kosyrev … Kosyrev", "Emirates Airline … Emirates").
 * Pure and linear in the text; bounded by `maxWords` and `maxActors`.
 */
export function findActorsInText(
  text: string,
  known: readonly ActorMention[],
  options: FindActorsOptions = {},
): ActorsInText {
  const tokens = nameTokens(text, options.maxWords ?? 400_000);
  const maxActors = options.maxActors ?? 500;
  const ctx = new Context(text, tokens, known, maxActors * 4);
  ctx.readRuns();
  ctx.readRoleAffiliations();
  ctx.readSingleWordOrganisations();
  for (const s of options.speakers ?? []) ctx.readSpeaker(s);
  return ctx.finish(maxActors);
}

/** The working state of one text. */
class Context {
  readonly gazetteerAt: (ActorMention | null)[];
  /** Lower-case forms of the words the text also writes in lower case: such a word is a common word. */
  readonly lowerWords = new Set<string>();
  /** How often each word is written capitalised inside a sentence. */
  readonly capitalisedCount = new Map<string, number>();
  /** Last words of names the text also follows with a place noun ("Walter Reed hospital"): places, not people. */
  readonly placeWords = new Set<string>();
  readonly heading: boolean[];
  readonly entities = new Map<string, Entity>();
  /** Last words of the people found so far. */
  private readonly surnames = new Set<string>();
  private order = 0;

  constructor(
    readonly text: string,
    readonly tokens: NameToken[],
    readonly known: readonly ActorMention[],
    /** Distinct names collected at most: the merging after reading is quadratic in them. */
    readonly maxEntities: number,
  ) {
    this.gazetteerAt = coverTokens(tokens, known);
    for (const t of tokens) {
      if (!t.cap) this.lowerWords.add(t.lower);
      else if (!t.opensSentence)
        this.capitalisedCount.set(t.lower, (this.capitalisedCount.get(t.lower) ?? 0) + 1);
    }
    for (let i = 1; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.cap && t.gap === ' ' && PLACE_NOUNS.has(t.lower) && tokens[i - 1]!.cap)
        this.placeWords.add(tokens[i - 1]!.lower);
    }
    this.heading = headingTokens(text, tokens);
  }

  private isCapWord(i: number): boolean {
    const t = this.tokens[i];
    return t?.cap === true && !NOT_NAMES.has(t.lower);
  }

  /** A capitalised word that is only a common word capitalised at a sentence start. */
  private isCommonWord(t: NameToken): boolean {
    return STOP_WORDS.has(t.lower) || (t.opensSentence && this.lowerWords.has(t.lower));
  }

  /** Read every run of capitalised words and decide what it names. */
  readRuns(): void {
    const { tokens } = this;
    let i = 0;
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (!t.cap || this.heading[i] || this.gazetteerAt[i]?.kind === 'person') {
        i++;
        continue;
      }
      const end = this.runEnd(i);
      this.readRun(i, end);
      i = end;
    }
  }

  /** The end (exclusive) of the run of name words starting at `i`. */
  private runEnd(i: number): number {
    const { tokens } = this;
    let j = i + 1;
    while (j < tokens.length && j - i < MAX_RUN) {
      const prev = tokens[j - 1]!;
      const t = tokens[j]!;
      // A possessive ends a name, unless an organisation word follows ("Westminster Magistrate's Court").
      if (prev.possessive && !(t.cap && ORG_HEADS.has(t.lower))) break;
      if (t.opensSentence && !/^\.\s$/.test(t.gap)) break;
      if (!/^(?: |\. )$/.test(t.gap)) break;
      if (t.gap === '. ' && !isInitial(prev)) break;
      if (this.isCapWord(j)) {
        // A gazetteer name other than a country inside a run ends it ("… told the BBC").
        const g = this.gazetteerAt[j];
        if (g && g.kind !== 'country' && this.gazetteerAt[j - 1] !== g) break;
        j++;
        continue;
      }
      // A lower-case connector joins two capitalised parts ("Joint Chiefs of Staff", "bin Salman").
      if ((ORG_CONNECTORS.has(t.lower) || NAME_PARTICLES.has(t.lower)) && !t.cap) {
        let k = j + 1;
        if (tokens[k]?.lower === 'the' && t.lower !== 'the') k++;
        const next = tokens[k];
        if (next && next.gap === ' ' && this.isCapWord(k) && !next.opensSentence) {
          j = k + 1;
          continue;
        }
      }
      break;
    }
    return j;
  }

  private readRun(start: number, end: number): void {
    const { tokens } = this;
    let s = start;
    // Sentence-initial function words and common words are not part of a name ("In", "The", "Architects").
    while (
      s < end &&
      (this.isCommonWord(tokens[s]!) || NOT_NAMES.has(tokens[s]!.lower) || inflectedOpener(tokens[s]!))
    )
      s++;
    // Gazetteer names at the front (a country's adjective, "White House") are context, not the name.
    let lead = s;
    while (lead < end && this.gazetteerAt[lead]) lead++;
    if (lead >= end) return;
    const words = tokens.slice(lead, end).filter((t) => t.cap || !isConnector(t));
    if (words.length === 0) return;

    if (this.readPersonOfOrganisation(lead, end)) return;

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
    const tailStart = split + 1;
    const tail = tokens.slice(Math.max(tailStart, lead), end);
    const headPart = split >= lead ? tokens.slice(lead, split + 1) : [];
    const after = tokens[end];
    const before = tokens[start - 1];

    if (headPart.length > 0 && tail.length > 0 && tail.length <= MAX_NAME_WORDS && tail.every((t) => t.cap)) {
      // Title(s) then a name: a person, the titles are the role; words before the first title may be the organisation.
      const firstTitle = headPart.findIndex((t) => TITLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower));
      const lastTitle = headPart[headPart.length - 1]!;
      const isOffice = (t: NameToken) =>
        HONORIFICS.has(t.lower) || (TITLE_WORDS.has(t.lower) && !TITLE_MODIFIERS.has(t.lower));
      // "Deputy Director of Public Prosecution Eva-Marie Persson": an office, then the body it belongs to.
      const office = isOffice(lastTitle) || (ORG_HEADS.has(lastTitle.lower) && headPart.some(isOffice));
      if (firstTitle >= 0 && office && !this.placeAfter(end) && !tail.some((t) => ORG_HEADS.has(t.lower))) {
        const orgWords = headPart.slice(0, firstTitle);
        const roleWords = headPart.slice(firstTitle).filter((t) => !HONORIFICS.has(t.lower));
        let organisation: Entity | null = null;
        if (orgWords.length > 0) organisation = this.addOrganisation(orgWords);
        const leadMention = lead > s ? this.gazetteerAt[lead - 1] : null;
        const leadOrg = leadMention && leadMention.kind !== 'country' ? leadMention : null;
        const around =
          organisation || leadOrg ? null : (this.appositiveAfter(end) ?? this.affiliationAround(start, end));
        this.addPerson(this.slice(tail), tail, {
          role: roleWords.length ? this.slice(roleWords) : (around?.role ?? null),
          organisation: organisation?.name ?? leadOrg?.name ?? around?.organisation ?? null,
          organisationId: organisation
            ? foundActorId('organisation', organisation.name)
            : (leadOrg?.actorId ?? around?.organisationId ?? null),
        });
        return;
      }
    }

    const last = tokens[end - 1]!;
    const first = tokens[lead]!;
    // An organisation by its last word ("Interior Ministry"), its opener ("House of Representatives"),
    // or a lower-case head after one word ("Haqqani network").
    if (
      ORG_HEADS.has(last.lower) ||
      OUTLET_HEADS.has(last.lower) ||
      (ORG_OPENERS.has(first.lower) && tokens[lead + 1]?.lower === 'of')
    ) {
      // A country's adjective in front belongs to the name ("American University of Kabul").
      const countryLead = tokens.slice(s, lead).every((t) => this.gazetteerAt[t.index]?.kind === 'country');
      const from = ORG_HEADS.has(last.lower) || OUTLET_HEADS.has(last.lower) || countryLead ? s : lead;
      // "Penelope Muse Abernathy of the University of North Carolina": a person of an organisation.
      let of = -1;
      for (let k = from + 1; k < end && of < 0; k++) if (tokens[k]!.lower === 'of') of = k;
      if (of > from + 1 && isGivenName(tokens[from]!) && of - from <= MAX_NAME_WORDS) {
        let orgFrom = of + 1;
        if (tokens[orgFrom]?.lower === 'the') orgFrom++;
        const orgTokens = tokens.slice(orgFrom, end);
        const e = orgTokens.length > 0 ? this.addOrganisation(orgTokens) : null;
        const person = tokens.slice(from, of);
        this.addPerson(this.slice(person), person, {
          role: null,
          organisation: e?.name ?? null,
          organisationId: e ? foundActorId('organisation', e.name) : null,
        });
        return;
      }
      const orgTokens = tokens.slice(from, end);
      if (orgTokens.length >= 2 || !first.opensSentence) this.addOrganisation(orgTokens);
      return;
    }
    if (
      end - lead === 1 &&
      after &&
      !after.cap &&
      LOWER_ORG_HEADS.has(after.lower) &&
      after.gap === ' ' &&
      !this.isCommonWord(first)
    ) {
      const orgTokens = [first, after];
      this.addOrganisation(orgTokens);
      return;
    }

    const nameWords = tokens.slice(lead, end);
    if (nameWords.length < 2) return; // one word: decided by its context elsewhere
    if (nameWords.length > MAX_NAME_WORDS + 1 || this.placeAfter(end)) return;
    const orgContext = this.orgContextBefore(start) || (!isGivenName(first) && this.orgAppositiveAfter(end));
    if (orgContext) {
      this.addOrganisation(nameWords);
      return;
    }
    const firstName = isGivenName(first);
    const personContext =
      this.roleBefore(start) ||
      (before?.lower === 'said' && before.gap !== '' && !before.cap) ||
      this.subjectAfter(end) ||
      this.appositiveAfter(end) !== null;
    const nameShaped =
      nameWords.length <= MAX_NAME_WORDS &&
      !nameWords.some((t) => TITLE_WORDS.has(t.lower) || HONORIFICS.has(t.lower)) &&
      nameWords.every((t) => !ORG_CONNECTORS.has(t.lower) || NAME_PARTICLES.has(t.lower));
    // Without a given name, a run that opens a sentence needs more than a verb after it ("Developer Valve said").
    const strongContext = this.roleBefore(start) !== null || this.appositiveAfter(end) !== null;
    const openerDoubt =
      first.opensSentence && !firstName && (this.lowerWords.has(first.lower) || !strongContext);
    if (nameShaped && (firstName || personContext) && !openerDoubt) {
      const app = this.appositiveAfter(end) ?? this.affiliationAround(start, end);
      const role = this.roleBefore(start);
      this.addPerson(this.slice(nameWords), nameWords, {
        role: app?.role ?? role?.role ?? null,
        organisation: app?.organisation ?? role?.organisation ?? null,
        organisationId: app?.organisationId ?? role?.organisationId ?? null,
      });
    }
  }

  /**
   * "Dr Omar Lakhani of the Royal Institute for Middle East Studies", "Professor Mikhail Grishin of
   * the Institute of Oriental Studies": titles, a name, then "of" and the organisation.
   */
  private readPersonOfOrganisation(lead: number, end: number): boolean {
    const { tokens } = this;
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
    const org = orgTokens.length > 0 ? this.addOrganisation(orgTokens) : null;
    const roleWords = tokens.slice(lead, nameStart).filter((t) => !HONORIFICS.has(t.lower));
    this.addPerson(this.slice(name), name, {
      role: roleWords.length ? this.slice(roleWords) : null,
      organisation: org?.name ?? null,
      organisationId: org ? foundActorId('organisation', org.name) : null,
    });
    return true;
  }

  /** A place or thing noun right after the run ("Walter Reed hospital"): the run is not a person. */
  private placeAfter(end: number): boolean {
    const t = this.tokens[end];
    return t !== undefined && !t.cap && t.gap === ' ' && PLACE_NOUNS.has(t.lower);
  }

  /** "told X", "according to X", "carrier X", "works for X": X is an organisation (when it is not a person's name). */
  private orgContextBefore(start: number): boolean {
    const b1 = this.tokens[start - 1];
    const b2 = this.tokens[start - 2];
    const b3 = this.tokens[start - 3];
    const first = this.tokens[start];
    if (!b1 || !first || b1.cap) return false;
    if (isGivenName(first)) return false;
    if (!/^ $/.test(first.gap)) return false;
    if (ORG_TYPE_NOUNS.has(b1.lower)) return true;
    if (RECIPIENT_VERBS.has(b1.lower)) return true;
    if (b1.lower === 'to' && b2?.lower === 'according') return true;
    if (
      (b1.lower === 'for' || b1.lower === 'at') &&
      b2 &&
      (WORK_VERBS.has(b2.lower) || ROLE_NOUNS.has(b2.lower))
    )
      return true;
    if (
      b1.lower === 'the' &&
      b2 &&
      (b2.lower === 'for' || b2.lower === 'at') &&
      b3 &&
      ROLE_NOUNS.has(b3.lower)
    )
      return true;
    return false;
  }

  /** A lower-case role noun right before the run ("spokesperson Nasser Al-Kuwari"), with the organisation before it. */
  private roleBefore(
    start: number,
  ): { role: string; organisation: string | null; organisationId: string | null } | null {
    const { tokens } = this;
    const b1 = tokens[start - 1];
    if (!b1 || b1.cap || !ROLE_NOUNS.has(b1.lower) || tokens[start]!.gap !== ' ') return null;
    let k = start - 2;
    const roleWords = [b1];
    while (k >= 0 && !tokens[k]!.cap && ROLE_MODIFIERS.has(tokens[k]!.lower) && tokens[k + 1]!.gap === ' ') {
      roleWords.unshift(tokens[k]!);
      k--;
    }
    const org = this.entityEndingAt(k, tokens[k + 1]?.gap === ' ');
    return { role: this.slice(roleWords), ...org };
  }

  /** The organisation (found or gazetteer) whose name ends at token `k`, when it is adjacent. */
  private entityEndingAt(
    k: number,
    adjacent: boolean,
  ): { organisation: string | null; organisationId: string | null } {
    const t = this.tokens[k];
    if (!t || !adjacent || !t.cap) return { organisation: null, organisationId: null };
    const g = this.gazetteerAt[k];
    if (g)
      return g.kind === 'country'
        ? { organisation: null, organisationId: null }
        : { organisation: g.name, organisationId: g.actorId };
    // Walk back over the capitalised run ending at k.
    let s = k;
    while (
      s > 0 &&
      this.tokens[s - 1]!.cap &&
      this.tokens[s]!.gap === ' ' &&
      !this.tokens[s]!.opensSentence &&
      k - s < MAX_RUN
    )
      s--;
    // A country's name or adjective stays part of the organisation's ("Qatari Foreign Ministry"); others do not.
    while (s < k && this.gazetteerAt[s] && this.gazetteerAt[s]!.kind !== 'country') s++;
    const words = this.tokens.slice(s, k + 1);
    if (words.length === 1 && this.isCommonWord(words[0]!))
      return { organisation: null, organisationId: null };
    const e = this.addOrganisation(words);
    return e
      ? { organisation: e.name, organisationId: foundActorId('organisation', e.name) }
      : { organisation: null, organisationId: null };
  }

  /**
   * An affiliation written around the name: "a spokesperson for the State Department, Matthew Lee",
   * "Writing for Sputnik, Dmitry Kosyrev", "Robert Kaplan, writing in The Wall Street Journal".
   */
  private affiliationAround(
    start: number,
    end: number,
  ): { role: string | null; organisation: string | null; organisationId: string | null } | null {
    const { tokens } = this;
    // After: ", writing in/for (the) Org"
    const w = tokens[end];
    if (
      w &&
      /^,\s+$/.test(w.gap) &&
      w.lower === 'writing' &&
      ['in', 'for'].includes(tokens[end + 1]?.lower ?? '')
    ) {
      let k = end + 2;
      if (tokens[k]?.lower === 'the' && !tokens[k]!.cap) k++;
      const org = this.organisationAt(k);
      if (org) return { role: null, ...org };
    }
    // Before: "<role> for/of/at (the) Org, Name" or "Writing for Org, Name"
    const first = tokens[start];
    if (!first || !/^,\s+$/.test(first.gap)) return null;
    let k = start - 1;
    const orgEnd = k;
    if (!tokens[k]?.cap) return null;
    while (
      k > 0 &&
      tokens[k - 1]!.cap &&
      !tokens[k]!.opensSentence &&
      tokens[k]!.gap === ' ' &&
      orgEnd - k < MAX_RUN
    )
      k--;
    let b = k - 1;
    if (tokens[b]?.lower === 'the') b--;
    const prep = tokens[b];
    const head = tokens[b - 1];
    if (!prep || !head || !['for', 'of', 'at', 'in'].includes(prep.lower)) return null;
    const org = this.organisationAt(k, orgEnd + 1);
    if (!org) return null;
    if (!head.cap && ROLE_NOUNS.has(head.lower)) return { role: head.text, ...org };
    if (head.lower === 'writing') return { role: null, ...org };
    return null;
  }

  /** The organisation (gazetteer or found) whose name starts at token `k`. */
  private organisationAt(k: number, end?: number): { organisation: string; organisationId: string } | null {
    const t = this.tokens[k];
    if (!t?.cap) return null;
    const g = this.gazetteerAt[k];
    if (g)
      return g.kind === 'country' || g.kind === 'person'
        ? null
        : { organisation: g.name, organisationId: g.actorId };
    const runEnd = end ?? this.runEnd(k);
    const words = this.tokens.slice(k, runEnd);
    if (words.length === 1 && isGivenName(words[0]!)) return null;
    const e = this.addOrganisation(words);
    const id = e ? foundActorId('organisation', e.name) : null;
    return e && id ? { organisation: e.name, organisationId: id } : null;
  }

  /** A speech or action verb right after the run ("Mujahid said"). */
  private subjectAfter(end: number): boolean {
    const t = this.tokens[end];
    return t !== undefined && !t.cap && t.gap === ' ' && SUBJECT_VERBS.has(t.lower);
  }

  /**
   * ", a Qatari Foreign Ministry spokesman" or ", chairman of the Joint Chiefs of Staff" after a
   * name: the role and the organisation.
   */
  private appositiveAfter(
    end: number,
  ): { role: string; organisation: string | null; organisationId: string | null } | null {
    const { tokens } = this;
    const first = tokens[end];
    if (!first || !/^,\s+$/.test(first.gap)) return null;
    let k = end;
    if (['a', 'an', 'the'].includes(first.lower)) k++;
    const orgStart = k;
    while (k < tokens.length && k - end < 8 && tokens[k]!.cap && tokens[k]!.gap.trim() === '') k++;
    const orgEnd = k;
    const roleStart = k;
    while (
      k < tokens.length &&
      k - end < 10 &&
      !tokens[k]!.cap &&
      (ROLE_MODIFIERS.has(tokens[k]!.lower) || ROLE_NOUNS.has(tokens[k]!.lower))
    )
      k++;
    // The role noun is the last word read; it must be one.
    const roleWords = tokens.slice(roleStart, k);
    if (roleWords.length === 0 || !ROLE_NOUNS.has(roleWords[roleWords.length - 1]!.lower)) return null;
    const role = this.slice(roleWords);
    if (orgEnd > orgStart) {
      const org = this.entityEndingAt(orgEnd - 1, true);
      return { role, ...org };
    }
    // "chairman of the Joint Chiefs of Staff", "a logistics coordinator for the World Food Programme"
    const prep = tokens[k];
    if (prep && (prep.lower === 'of' || prep.lower === 'for' || prep.lower === 'at') && prep.gap === ' ') {
      let m = k + 1;
      if (tokens[m]?.lower === 'the') m++;
      const s = m;
      const runEnd = tokens[s]?.cap ? this.runEnd(s) : s;
      if (runEnd > s) {
        const g = this.gazetteerAt[s];
        if (g && g.kind !== 'country') return { role, organisation: g.name, organisationId: g.actorId };
        const words = tokens.slice(s, runEnd);
        const e = this.addOrganisation(words);
        return {
          role,
          organisation: e?.name ?? null,
          organisationId: e ? foundActorId('organisation', e.name) : null,
        };
      }
    }
    return { role, organisation: null, organisationId: null };
  }

  /** Lower-case role nouns followed by "of/for/at (the) Name": the name is an organisation ("chairman of the Joint Chiefs of Staff"). */
  readRoleAffiliations(): void {
    const { tokens } = this;
    for (let i = 0; i + 1 < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.cap || !ROLE_NOUNS.has(t.lower) || this.heading[i]) continue;
      const prep = tokens[i + 1]!;
      if (!['of', 'for', 'at'].includes(prep.lower) || prep.gap !== ' ') continue;
      let s = i + 2;
      if (tokens[s]?.lower === 'the') s++;
      if (!this.isCapWord(s) || tokens[s]!.opensSentence || this.gazetteerAt[s]) continue;
      const end = this.runEnd(s);
      const words = tokens.slice(s, end);
      if (words.length === 1 && isGivenName(words[0]!)) continue;
      if (words.length >= 1 && !this.placeAfter(end)) this.addOrganisation(words);
    }
  }

  /** One capitalised word in an organisation's context: "the Taliban", "Taliban spokesman", "told Ruptly", "Boeing's". */
  readSingleWordOrganisations(): void {
    const { tokens } = this;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.cap || this.gazetteerAt[i] || this.heading[i]) continue;
      if (
        TITLE_WORDS.has(t.lower) ||
        HONORIFICS.has(t.lower) ||
        NOT_NAMES.has(t.lower) ||
        ADJECTIVE_NAMES.has(t.lower) ||
        STOP_WORDS.has(t.lower)
      )
        continue;
      if (this.lowerWords.has(t.lower) || isGivenName(t) || !nameLike(t)) continue;
      const prev = tokens[i - 1];
      const next = tokens[i + 1];
      // Only a word standing alone: the runs read the others.
      if (prev?.cap && t.gap === ' ' && !t.opensSentence) continue;
      if (next?.cap && next.gap === ' ') continue;
      const plural = /s$/.test(t.text) && !isAllCaps(t.text);
      let org = false;
      if (
        next &&
        !next.cap &&
        next.gap === ' ' &&
        (ROLE_NOUNS.has(next.lower) ||
          (ROLE_MODIFIERS.has(next.lower) && ROLE_NOUNS.has(tokens[i + 2]?.lower ?? '')))
      )
        org = !plural || !t.opensSentence;
      else if (!t.opensSentence && prev && !prev.cap && t.gap === ' ') {
        if (prev.lower === 'the' && !plural)
          org =
            (this.capitalisedCount.get(t.lower) ?? 0) >= 2 &&
            !(next && next.gap === ' ' && PLACE_NOUNS.has(next.lower));
        else if (this.orgContextBefore(i)) org = true;
        else if (!plural && this.subjectAfter(i + 1)) org = !this.isPersonSurname(t.lower);
      }
      if (!org && this.orgAppositiveAfter(i + 1)) org = true;
      if (org) this.addOrganisation([t]);
    }
  }

  /** ", the Russian state nuclear company" after a name: the name is an organisation. */
  private orgAppositiveAfter(end: number): boolean {
    const { tokens } = this;
    const first = tokens[end];
    if (!first || !/^,\s+$/.test(first.gap) || !['a', 'an', 'the'].includes(first.lower)) return false;
    for (let k = end + 1; k < tokens.length && k <= end + 6; k++) {
      const t = tokens[k]!;
      if (t.gap.trim() !== '') return false;
      if (!t.cap && ORG_TYPE_NOUNS.has(t.lower)) return true;
      if (!t.cap && (ROLE_NOUNS.has(t.lower) || SUBJECT_VERBS.has(t.lower))) return false;
    }
    return false;
  }

  /** A speaker the quotes stage resolved, when its words are a capitalised name. */
  readSpeaker(s: SpeakerHint): void {
    const { tokens } = this;
    const inside: number[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (t.start >= s.start && t.end <= s.end) inside.push(i);
      else if (t.start >= s.end) break;
    }
    if (inside.length === 0 || inside.length > MAX_NAME_WORDS) return;
    const words = inside.map((i) => tokens[i]!);
    if (inside.some((i) => this.gazetteerAt[i])) return;
    if (!words.every((t) => t.cap || NAME_PARTICLES.has(t.lower))) return;
    if (words.some((t) => TITLE_WORDS.has(t.lower) || STOP_WORDS.has(t.lower) || NOT_NAMES.has(t.lower)))
      return;
    if (words.length === 1 && (this.lowerWords.has(words[0]!.lower) || s.kind === 'person')) return;
    // The quotes stage calls outlets and shows people at times; only a given name first makes a person sure.
    if (s.kind === 'person' && !isGivenName(words[0]!)) return;
    if (s.kind === 'organisation' && !ORG_HEADS.has(words[words.length - 1]!.lower)) return;
    if (s.kind === 'person')
      this.addPerson(this.slice(words), words, { role: null, organisation: null, organisationId: null });
    else this.addOrganisation(words);
  }

  private isPersonSurname(lower: string): boolean {
    return this.surnames.has(lower);
  }

  private slice(words: readonly NameToken[]): string {
    return this.text.slice(words[0]!.start, words[words.length - 1]!.end);
  }

  private addPerson(
    name: string,
    words: readonly NameToken[],
    details: { role: string | null; organisation: string | null; organisationId: string | null },
  ): Entity | null {
    if (
      words.some(
        (w) =>
          this.gazetteerAt[w.index] ||
          PLACE_NAMES.has(w.lower) ||
          NOT_NAMES.has(w.lower) ||
          ADJECTIVE_NAMES.has(w.lower),
      )
    )
      return null;
    if (
      this.placeWords.has(words[words.length - 1]!.lower) ||
      !words.every((w) => nameLike(w) || NAME_PARTICLES.has(w.lower))
    )
      return null;
    const surface = words.map((w) => w.lower);
    const key = nameKey(name);
    if (!key) return null;
    let e = this.entities.get(`person:${key}`);
    if (!e) {
      if (this.entities.size >= this.maxEntities) return null;
      e = {
        kind: 'person',
        name,
        key,
        role: null,
        organisation: null,
        organisationId: null,
        surfaces: [surface],
        order: this.order++,
      };
      this.entities.set(`person:${key}`, e);
      this.surnames.add(surface[surface.length - 1]!);
    }
    e.role ??= details.role;
    e.organisation ??= details.organisation;
    e.organisationId ??= details.organisationId;
    return e;
  }

  private addOrganisation(all: readonly NameToken[]): Entity | null {
    let from = 0;
    while (
      from < all.length - 1 &&
      (TITLE_WORDS.has(all[from]!.lower) ||
        ROLE_NOUNS.has(all[from]!.lower) ||
        all[from]!.lower === 'the' ||
        (from > 0 && ORG_CONNECTORS.has(all[from]!.lower) && !all[from]!.cap))
    )
      from++;
    // Keep a title word that is the organisation's own first word ("National Security Council" after "Former").
    while (
      from > 0 &&
      !ORG_CONNECTORS.has(all[from - 1]!.lower) &&
      TITLE_MODIFIERS.has(all[from - 1]!.lower) &&
      all[from - 1]!.lower !== 'former' &&
      all[from - 1]!.lower !== 'then'
    )
      from--;
    const words = all.slice(from);
    if (
      words.length === 0 ||
      !words[0]!.cap ||
      words.some((w) => PLACE_NAMES.has(w.lower) && words.length === 1)
    )
      return null;
    if (
      words.length === 1 &&
      (!nameLike(words[0]!) || NOT_NAMES.has(words[0]!.lower) || ADJECTIVE_NAMES.has(words[0]!.lower))
    )
      return null;
    const trimmed = this.slice(words);
    const surface = words.filter((w, k) => !(k === 0 && w.lower === 'the')).map((w) => w.lower);
    if (surface.length === 0) return null;
    const key = nameKey(trimmed);
    const bare =
      surface.length === 1 &&
      (TITLE_WORDS.has(surface[0]!) ||
        STOP_WORDS.has(surface[0]!) ||
        ORG_HEADS.has(surface[0]!) ||
        OUTLET_HEADS.has(surface[0]!));
    if (!key || bare) return null;
    const id = `organisation:${key}`;
    let e = this.entities.get(id);
    if (!e) {
      if (this.entities.size >= this.maxEntities) return null;
      e = {
        kind: 'organisation',
        name: trimmed,
        key,
        role: null,
        organisation: null,
        organisationId: null,
        surfaces: [surface],
        order: this.order++,
      };
      this.entities.set(id, e);
    }
    return e;
  }

  /** Merge variants, then mark every place each actor is named. */
  finish(maxActors: number): ActorsInText {
    const people = [...this.entities.values()].filter((e) => e.kind === 'person');
    const orgs = [...this.entities.values()].filter((e) => e.kind === 'organisation');
    // A one-word person ("Ms Persson", "Vice President Pence") is the full name ending in that word, when one does.
    for (const p of people) {
      if (p.surfaces[0]!.length !== 1) continue;
      const full = people.filter(
        (q) =>
          q !== p &&
          q.surfaces[0]!.length > 1 &&
          q.surfaces[0]![q.surfaces[0]!.length - 1] === p.surfaces[0]![0],
      );
      if (full.length === 1) this.mergeInto(p, full[0]!);
    }
    // A person's name must not also stand as an organisation ("told Gupta"): the person wins.
    for (const o of orgs) {
      if (!this.entities.has(`organisation:${o.key}`)) continue;
      const words = o.surfaces[0]!;
      const clash = people.some(
        (p) =>
          this.entities.has(`person:${p.key}`) &&
          p.surfaces.some(
            (s) => s.join(' ') === words.join(' ') || (words.length === 1 && s.includes(words[0]!)),
          ),
      );
      if (clash) this.entities.delete(`organisation:${o.key}`);
    }
    // An organisation named by the start of a longer one ("Emirates" … "Emirates Airline") is the longer one.
    for (const o of orgs) {
      if (!this.entities.has(`organisation:${o.key}`)) continue;
      const s = o.surfaces[0]!;
      const longer = orgs.filter(
        (q) =>
          q !== o &&
          this.entities.has(`organisation:${q.key}`) &&
          q.surfaces[0]!.length > s.length &&
          s.every((w, k) => q.surfaces[0]![k] === w),
      );
      if (longer.length === 1) this.mergeInto(o, longer[0]!);
    }
    // An organisation's initials are that organisation ("NSC" for "National Security Council").
    const byInitials = new Map<string, Entity | null>();
    for (const o of this.entities.values()) {
      if (o.kind !== 'organisation') continue;
      const initials = o.surfaces[0]!.filter((w) => !ORG_CONNECTORS.has(w))
        .map((w) => w.charAt(0))
        .join('');
      if (initials.length >= 2 && o.surfaces[0]!.length >= 2)
        byInitials.set(initials, byInitials.has(initials) ? null : o);
    }
    for (const t of this.tokens) {
      if (!isAllCaps(t.text) || t.text.length > 6 || this.gazetteerAt[t.index]) continue;
      const o = byInitials.get(t.lower);
      if (!o || o.surfaces.some((s) => s.length === 1 && s[0] === t.lower)) continue;
      const alone = this.entities.get(`organisation:${nameKey(t.text)}`);
      if (alone && alone !== o) this.mergeInto(alone, o);
      else o.surfaces.push([t.lower]);
    }
    // Each person's surname alone is also that person, when no other person has it.
    const surnames = new Map<string, Entity | null>();
    for (const e of this.entities.values()) {
      if (e.kind !== 'person') continue;
      const s = e.surfaces[0]!;
      if (s.length < 2) continue;
      const last = s[s.length - 1]!;
      surnames.set(last, surnames.has(last) && surnames.get(last) !== e ? null : e);
    }
    for (const [last, e] of surnames)
      if (e && !e.surfaces.some((s) => s.length === 1 && s[0] === last)) e.surfaces.push([last]);

    const kept = [...this.entities.values()].sort((a, b) => a.order - b.order).slice(0, maxActors);
    return this.mark(kept);
  }

  private mergeInto(from: Entity, into: Entity): void {
    if (from.kind === 'organisation') {
      // People tied to the shorter name are tied to the one it merged into.
      const fromId = `organisation:${from.key}`;
      for (const e of this.entities.values()) {
        if (e.organisationId !== fromId) continue;
        e.organisation = into.name;
        e.organisationId = `organisation:${into.key}`;
      }
    }
    for (const s of from.surfaces)
      if (!into.surfaces.some((t) => t.join(' ') === s.join(' '))) into.surfaces.push(s);
    into.role ??= from.role;
    into.organisation ??= from.organisation;
    into.organisationId ??= from.organisationId;
    this.entities.delete(`${from.kind}:${from.key}`);
  }

  private mark(kept: Entity[]): ActorsInText {
    const { tokens } = this;
    const byFirst = new Map<string, { e: Entity; words: string[] }[]>();
    for (const e of kept) {
      for (const s of e.surfaces) {
        const list = byFirst.get(s[0]!) ?? [];
        list.push({ e, words: s });
        byFirst.set(s[0]!, list);
      }
    }
    for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
    const mentions: ActorMention[] = [];
    const used = new Set<Entity>();
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      if (!t.cap || (this.gazetteerAt[i] && this.gazetteerAt[i]!.kind !== 'country')) continue;
      const candidates = byFirst.get(t.lower);
      if (!candidates) continue;
      for (const c of candidates) {
        const n = c.words.length;
        if (!this.matchesAt(i, c.words)) continue;
        if (this.gazetteerAt[i] && (c.e.kind !== 'organisation' || n === 1)) continue;
        // A lone surname that opens a sentence and is also a common word ("Price rose") is not the person.
        if (n === 1 && t.opensSentence && this.lowerWords.has(t.lower)) break;
        const last = tokens[i + n - 1]!;
        mentions.push({
          actorId: `${c.e.kind}:${c.e.key}`,
          name: c.e.name,
          kind: c.e.kind,
          surface: this.text.slice(t.start, last.end),
          start: t.start,
          end: last.end,
        });
        used.add(c.e);
        i += n - 1;
        break;
      }
    }
    const actors: FoundActor[] = kept
      .filter((e) => used.has(e))
      .map((e) => ({
        id: `${e.kind}:${e.key}`,
        name: e.name,
        kind: e.kind,
        role: e.role,
        organisation: e.organisation,
        organisationId:
          e.organisationId &&
          (e.organisationId.startsWith('organisation:')
            ? this.entities.has(e.organisationId)
              ? e.organisationId
              : null
            : e.organisationId),
      }));
    return { actors, mentions };
  }

  private matchesAt(i: number, words: string[]): boolean {
    for (let k = 0; k < words.length; k++) {
      const t = this.tokens[i + k];
      if (
        !t ||
        t.lower !== words[k] ||
        (k > 0 && this.gazetteerAt[i + k] && this.gazetteerAt[i + k]?.kind !== 'country')
      )
        return false;
      if (k > 0 && !/^(?: |\. )$/.test(t.gap)) return false;
      if (k < words.length - 1 && t.possessive && !ORG_HEADS.has(words[k + 1]!)) return false;
    }
    // The match must not be the front of a longer capitalised name ("King" in "King Charles").
    const next = this.tokens[i + words.length];
    if (
      words.length === 1 &&
      next?.cap &&
      next.gap === ' ' &&
      !this.gazetteerAt[i + words.length] &&
      !this.tokens[i + words.length - 1]!.possessive
    )
      return false;
    return true;
  }
}

/** A sentence-opening verb or adverb form ("Ousted WeWork …", "Speaking Monday"): not a name's first word. */
function inflectedOpener(t: NameToken): boolean {
  return t.opensSentence && /(?:ed|ing|ly)$/.test(t.lower) && !GIVEN_NAMES.has(t.lower);
}

/** A word that can be a name on its own: two letters or more, not "Braun-owned", not a place. */
function nameLike(t: NameToken): boolean {
  if (t.text.length < 2 || PLACE_NAMES.has(t.lower)) return false;
  const parts = t.text.split('-');
  return parts.every((p) => /^\p{Lu}/u.test(p) || NAME_PARTICLES.has(p));
}

function isConnector(t: NameToken): boolean {
  return ORG_CONNECTORS.has(t.lower) || NAME_PARTICLES.has(t.lower);
}

function isInitial(t: NameToken): boolean {
  return (
    /^\p{Lu}$/u.test(t.text) ||
    HONORIFICS.has(t.lower) ||
    ['lt', 'col', 'gen', 'sen', 'rep', 'gov', 'capt', 'sgt', 'adm', 'st'].includes(t.lower)
  );
}

function isGivenName(t: NameToken): boolean {
  return GIVEN_NAMES.has(t.lower) || GIVEN_NAMES.has(t.lower.split('-')[0]!);
}

function isAllCaps(word: string): boolean {
  return word.length >= 2 && word === word.toUpperCase() && /\p{Lu}/u.test(word);
}

/** For each token, the gazetteer mention that covers it (mentions and tokens are both in text order). */
function coverTokens(
  tokens: readonly NameToken[],
  mentions: readonly ActorMention[],
): (ActorMention | null)[] {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  const out: (ActorMention | null)[] = new Array(tokens.length).fill(null);
  let m = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    while (m < sorted.length && sorted[m]!.end <= t.start) m++;
    const cur = sorted[m];
    if (cur && cur.start < t.end && t.start < cur.end) out[i] = cur;
  }
  return out;
}

/**
 * Tokens on title-case heading lines that do not end like a sentence ("One Chapter Over, Another
 * Barely Begun"): every word is capitalised there, so names are not looked for; names found
 * elsewhere are still marked.
 */
function headingTokens(text: string, tokens: readonly NameToken[]): boolean[] {
  const out: boolean[] = new Array(tokens.length).fill(false);
  let i = 0;
  let lineStart = 0;
  while (lineStart <= text.length && i < tokens.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const first = i;
    while (i < tokens.length && tokens[i]!.start < lineEnd) i++;
    const line = text.slice(lineStart, lineEnd).trim();
    const words = i - first;
    let caps = 0;
    for (let k = first; k < i; k++) if (tokens[k]!.cap) caps++;
    const titleCase = words >= 3 && caps / words > 0.7;
    if (words > 0 && words <= 12 && titleCase && !/[.!?"”’:)]$/.test(line))
      for (let k = first; k < i; k++) out[k] = true;
    lineStart = lineEnd + 1;
  }
  return out;
}

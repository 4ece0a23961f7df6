import type { ActorKind, ActorMention } from '../../domain/actor.js';
import type { OutletGenre, Ownership } from '../../domain/outlet.js';
import type { SpeakerKind, Span } from '../../domain/quote.js';
import { definedAcronyms } from '../text/acronyms.js';
import { firstIndexAfter } from '../../lib/sorted.js';
import { NAME_PARTICLES, OUTLET_POINTERS } from '../lexicon/lexicon.js';
import { FullNames } from './full-names.js';
import { nameBesideRole, nameClosingAffiliation, postedName } from './names-in-roles.js';
import type { SpeakerGuess, SpeakerRole } from '../types.js';

/** A speaker after pronouns, "the ministry" and bare surnames are resolved against what came before. */
export interface ResolvedSpeaker {
  speaker: string | null;
  kind: SpeakerKind | null;
  actorId: string | null;
  affiliation: string | null;
  /** The role the text gives the speaker ("spokesman"), here or where the person was named before. */
  role?: SpeakerRole | null;
  /** The speaker's words in the text; null when the speaker is carried over from an earlier attribution. */
  source: Span | null;
  /** The outlet the words come through, when the speaker is or names one. */
  outlet?: string | null;
  outletActorId?: string | null;
  outletOwnership?: Ownership | null;
  outletCountry?: string | null;
  outletGenre?: OutletGenre | null;
  /** Words describing the speaker ("Kremlin-backed website"). */
  description?: string | null;
}

interface Known {
  /** Set for speakers (not mere mentions): "the minister" prefers someone who spoke. */
  spoke?: boolean;
  name: string;
  actorId: string | null;
  affiliation: string | null;
  role?: SpeakerRole | null;
  kind: SpeakerKind;
  paragraph: number;
  /** Lower-case words the text or the gazetteer used for them ("foreign minister", "broadcaster"). */
  words?: string;
  /** The words of the name and of `words`, split once when a head noun is first looked up. */
  heads?: { name: readonly string[]; words: readonly string[]; personWords: readonly string[] };
}

/** What the context keeps of a resolved speaker, named (as `name`, of `kind`) in paragraph `paragraph`. */
function knownOf(name: string, kind: SpeakerKind, r: ResolvedSpeaker, paragraph: number): Known {
  return { name, actorId: r.actorId, affiliation: r.affiliation, role: r.role ?? null, kind, paragraph };
}

/** A known speaker's name and description words, split once: anaphors look them up again and again. */
function headsOf(k: Known): NonNullable<Known['heads']> {
  k.heads ??= {
    name: k.name.toLowerCase().split(/\s+/),
    words: (k.words ?? '').split(/\s+/),
    personWords: (k.words ?? '').split(/[\s-]+/),
  };
  return k.heads;
}

const KIND_OF_ACTOR: Record<ActorKind, SpeakerKind> = {
  person: 'person',
  country: 'government',
  outlet: 'outlet',
  organisation: 'organisation',
  bloc: 'organisation',
};

const MAX_LOOKBACK = 50;
const MAX_PEOPLE = 24;
/** Genre words of a gazetteer description and the nouns copy uses for them ("wire" → "the agency"). */
const GENRE_NOUNS: Record<string, string> = {
  wire: 'agency news',
  newspaper: 'paper daily',
  broadcaster: 'channel network station',
  online: 'website site outlet',
};

const describedWords = new Map<string, string>();

/** A gazetteer description with the nouns that may point back to it (kept per description: the gazetteer's are few). */
function describeWords(description: string | null): string {
  const key = description ?? '';
  let words = describedWords.get(key);
  if (words === undefined) {
    words = describeAnew(key);
    if (describedWords.size > 10_000) describedWords.clear();
    describedWords.set(key, words);
  }
  return words;
}

function describeAnew(description: string): string {
  const d = description.toLowerCase();
  const extra = d.split(/\s+/).map((w) => GENRE_NOUNS[w] ?? '');
  return `${d} ${extra.join(' ')}`.trim();
}
const fold = (s: string) => s.toLowerCase().replace(/^the\s+/, '');

/**
 * What the article has named so far, in reading order: the people and organisations a later "he", "the ministry"
 * or bare surname points back to. Feed it mentions and speakers as the text is read.
 */
export class SpeakerContext {
  private readonly mentions: ActorMention[];
  private nextMention = 0;
  private lastPerson: Known | null = null;
  private lastMentionedPerson: Known | null = null;
  private lastGroup: Known | null = null;
  private lastSpeaker: Known | null = null;
  private readonly organisations: Known[] = [];
  private readonly people: Known[] = [];
  private readonly byNamePart = new Map<string, Known>();
  private readonly outletName: string | null;
  private readonly roleOf: (actorId: string) => string | null;
  private readonly acronyms: Map<string, string>;
  /** Bare surnames' full names, as the article wrote them. */
  private readonly fullNames: FullNames;

  constructor(
    private readonly text: string,
    mentions: readonly ActorMention[],
    outletName?: string,
    roleOf?: (actorId: string) => string | null,
  ) {
    this.mentions = [...mentions].sort((a, b) => a.start - b.start);
    this.outletName = outletName ? fold(outletName) : null;
    this.roleOf = roleOf ?? (() => null);
    this.acronyms = definedAcronyms(text);
    this.fullNames = new FullNames(text);
  }

  /** Take in the gazetteer mentions that start before `offset`. */
  readUpTo(offset: number, paragraph: number): void {
    while (this.nextMention < this.mentions.length && this.mentions[this.nextMention]!.start < offset) {
      const m = this.mentions[this.nextMention++]!;
      const known: Known = {
        name: m.name,
        actorId: m.actorId,
        affiliation: null,
        kind: KIND_OF_ACTOR[m.kind],
        paragraph,
        words: describeWords(this.roleOf(m.actorId)),
      };
      if (m.kind === 'person') {
        this.lastMentionedPerson = known;
        this.rememberNameParts(known);
        this.addPerson(known);
      } else if (m.kind !== 'country') {
        this.addOrganisation(known);
      }
    }
  }

  /** The speaker of the latest attribution, if it was in this paragraph or the one before. */
  recentSpeaker(paragraph: number): ResolvedSpeaker | null {
    const k = this.lastSpeaker;
    if (!k || k.paragraph < paragraph - 1) return null;
    return {
      speaker: k.name,
      kind: k.kind,
      actorId: k.actorId,
      affiliation: k.affiliation,
      role: k.role ?? null,
      source: null,
    };
  }

  /** Resolve a speaker phrase without remembering it. */
  peek(guess: SpeakerGuess): ResolvedSpeaker {
    return this.lookup(guess, null);
  }

  /** Make a carried-over speaker the latest one again (a quote that continues them). */
  carryOver(r: ResolvedSpeaker, paragraph: number): void {
    if (!r.speaker || !r.kind) return;
    this.lastSpeaker = knownOf(r.speaker, r.kind, r, paragraph);
  }

  /** Resolve a speaker phrase and remember the result for later references. */
  resolve(guess: SpeakerGuess, paragraph: number, cueLemma: string | null): ResolvedSpeaker {
    const resolved = this.lookup(guess, cueLemma);
    this.remember(resolved, guess, paragraph);
    return resolved;
  }

  /** Remember a person or organisation named as a sentence's subject, without attributing anything to it. */
  noteSubject(guess: SpeakerGuess, paragraph: number): void {
    if (guess.anaphor) return;
    const r = this.lookup(guess, null);
    if (!r.speaker || !r.kind) return;
    if (r.kind === 'person' && !r.actorId && !/\s/.test(r.speaker)) return;
    const known = knownOf(r.speaker, r.kind, r, paragraph);
    if (r.kind === 'person') {
      this.lastPerson = known;
      this.rememberNameParts(known);
    } else if (r.kind === 'organisation' || r.kind === 'outlet') {
      this.addOrganisation(known);
    }
  }

  private lookup(guess: SpeakerGuess, cueLemma: string | null): ResolvedSpeaker {
    const base = { source: guess.source, affiliation: guess.affiliation, role: guess.role ?? null };
    const named = nameBesideRole(this.text, guess);
    if (named) return Object.assign({}, base, { speaker: named, kind: 'person' as const, actorId: null });
    if (guess.anaphor) return Object.assign({}, base, this.antecedent(guess));
    const posted = postedName(this.text, guess, this.mentions);
    if (posted) return this.lookup(posted, cueLemma);
    const split = nameClosingAffiliation(guess);
    if (split) return Object.assign({}, base, split, { actorId: null });
    let mention = this.mentionAt(guess.nameSpan);
    // "China's ambassador": the country only qualifies the role; the speaker is a person, not a government.
    if (mention?.kind === 'country' && guess.kind === 'person' && mention.end < guess.nameSpan.end)
      mention = null;
    if (mention) {
      const kind = guess.kind === 'group' ? 'group' : KIND_OF_ACTOR[mention.kind];
      const fromName = mention.kind === 'person' ? this.byNamePart.get(fold(mention.name)) : undefined;
      // A body is named as the text names it ("the Kremlin"), but whole: a guess cut at a possessive ("Daily" of
      // "People's Daily") takes the mention's words.
      const surface = this.text.slice(mention.start, mention.end);
      const cut = mention.start < guess.nameSpan.start && surface.endsWith(guess.name);
      const name = mention.kind === 'person' ? mention.name : cut ? surface : guess.name;
      return Object.assign({}, base, {
        speaker: name,
        kind,
        actorId: mention.actorId,
        affiliation: guess.affiliation ?? fromName?.affiliation ?? null,
        role: base.role ?? fromName?.role ?? null,
      });
    }
    if (this.outletName && fold(guess.name) === this.outletName) {
      return Object.assign({}, base, { speaker: guess.name, kind: 'outlet' as const, actorId: null });
    }
    if (guess.kind === null || guess.kind === 'person') {
      const known = this.byNamePart.get(fold(guess.name));
      if (known && known.name !== guess.name && !/\s/.test(guess.name)) {
        return Object.assign({}, base, {
          speaker: known.name,
          kind: 'person' as const,
          actorId: known.actorId,
          affiliation: guess.affiliation ?? known.affiliation,
          role: base.role ?? known.role ?? null,
        });
      }
    }
    // "…adviser Fiona Hill. … said Hill": a surname whose full name the article wrote earlier, though not as a speaker.
    const full = guess.kind === null || guess.kind === 'person' ? this.fullNames.before(guess) : null;
    if (full) return Object.assign({}, base, { speaker: full, kind: 'person' as const, actorId: null });
    // "the Pacific Maritime Council (PMC)" earlier, "PMC said" now.
    const expanded = this.acronyms.get(guess.name);
    if (expanded)
      return Object.assign({}, base, {
        speaker: expanded,
        kind: guess.kind ?? 'organisation',
        actorId: null,
      });
    let kind: SpeakerKind = guess.kind ?? 'person';
    if (guess.kind === null && /^[\p{Lu}\d]{2,}$/u.test(guess.name)) kind = 'organisation';
    if (guess.kind === null && (cueLemma === 'report' || cueLemma === 'write') && !/\s/.test(guess.name))
      kind = 'outlet';
    return Object.assign({}, base, { speaker: guess.name, kind, actorId: null });
  }

  private antecedent(
    guess: SpeakerGuess,
  ): Omit<ResolvedSpeaker, 'source' | 'affiliation'> & { affiliation: string | null } {
    const empty = (kind: SpeakerKind) => ({
      speaker: null,
      kind,
      actorId: null,
      affiliation: guess.affiliation,
    });
    // "One study in 50 adults showed": the study speaks, not the latest body the article named.
    if (guess.standsAlone)
      return { speaker: guess.name, kind: 'organisation', actorId: null, affiliation: null };
    if (guess.anaphor === 'organisation') {
      const org = this.findOrganisation(guess.head);
      if (!org)
        return {
          speaker: guess.head ? guess.name.replace(/^the\s+/i, '') : null,
          kind: guess.kind ?? 'organisation',
          actorId: null,
          affiliation: guess.affiliation,
        };
      return {
        speaker: org.name,
        kind: org.kind,
        actorId: org.actorId,
        affiliation: guess.affiliation ?? org.affiliation,
      };
    }
    if (guess.anaphor === 'group-or-person' && this.lastGroup && this.lastSpeaker === this.lastGroup) {
      const g = this.lastGroup;
      return { speaker: g.name, kind: 'group', actorId: g.actorId, affiliation: g.affiliation };
    }
    const person =
      (guess.head ? this.findPerson(guess.head) : null) ?? this.lastPerson ?? this.lastMentionedPerson;
    // "The mayor said …" with no mayor named before: the role is all we know, and it is worth keeping.
    if (!person && guess.head)
      return Object.assign({}, empty('person'), {
        speaker: guess.name.replace(/^(?:the|this|that)\s+/i, ''),
      });
    if (!person) return empty('person');
    return {
      speaker: person.name,
      kind: 'person',
      actorId: person.actorId,
      affiliation: guess.affiliation ?? person.affiliation,
      role: person.role ?? null,
    };
  }

  /**
   * The latest organisation whose name or description holds the head noun ("ministry" → "Foreign Ministry");
   * for "the paper", "the broadcaster" the latest outlet; else the latest organisation.
   */
  private findOrganisation(head: string | null): Known | null {
    // Only look back a bounded distance: the referent of "the ministry" is never far away.
    const stop = Math.max(0, this.organisations.length - MAX_LOOKBACK);
    if (head) {
      for (let i = this.organisations.length - 1; i >= stop; i--) {
        const o = this.organisations[i]!;
        const h = headsOf(o);
        if (h.name.includes(head) || h.words.includes(head)) return o;
      }
      if (OUTLET_POINTERS.has(head)) {
        for (let i = this.organisations.length - 1; i >= stop; i--) {
          if (this.organisations[i]!.kind === 'outlet') return this.organisations[i]!;
        }
      }
    }
    return this.organisations[this.organisations.length - 1] ?? null;
  }

  /** The latest person described with the head noun ("the minister" → "Foreign Minister Wang Yi"). */
  private findPerson(head: string): Known | null {
    let mentioned: Known | null = null;
    for (let i = this.people.length - 1; i >= 0; i--) {
      const p = this.people[i]!;
      if (!headsOf(p).personWords.includes(head)) continue;
      if (p.spoke) return p;
      mentioned = mentioned ?? p;
    }
    return mentioned;
  }

  private addPerson(known: Known): void {
    this.people.push(known);
    if (this.people.length > 2 * MAX_PEOPLE) this.people.splice(0, MAX_PEOPLE);
  }

  private remember(r: ResolvedSpeaker, guess: SpeakerGuess, paragraph: number): void {
    if (!r.speaker || !r.kind) return;
    const said = guess.anaphor ? '' : this.text.slice(guess.source.start, guess.source.end).toLowerCase();
    const role = r.actorId ? describeWords(this.roleOf(r.actorId)) : '';
    const known: Known = {
      name: r.speaker,
      actorId: r.actorId,
      affiliation: r.affiliation,
      role: r.role ?? null,
      kind: r.kind,
      paragraph,
      words: `${said} ${role}`,
      spoke: true,
    };
    this.lastSpeaker = known;
    if (r.kind === 'person') {
      this.lastPerson = known;
      this.rememberNameParts(known);
      if (!guess.anaphor) this.addPerson(known);
    } else if (r.kind === 'group') {
      this.lastGroup = known;
    } else if (r.kind === 'organisation' || r.kind === 'outlet') {
      if (!guess.anaphor) this.addOrganisation(known);
    }
    if (r.affiliation) {
      this.addOrganisation({
        name: r.affiliation,
        actorId: null,
        affiliation: null,
        kind: 'organisation',
        paragraph,
      });
    }
  }

  private addOrganisation(known: Known): void {
    this.organisations.push(known);
    if (this.organisations.length > 4 * MAX_LOOKBACK) this.organisations.splice(0, 2 * MAX_LOOKBACK);
  }

  private rememberNameParts(known: Known): void {
    this.byNamePart.set(fold(known.name), known);
    const parts = known.name.split(/\s+/).filter((p) => !NAME_PARTICLES.has(p.toLowerCase()));
    if (parts.length < 2) return;
    for (const p of parts) this.byNamePart.set(p.toLowerCase(), known);
  }

  /** The mention overlapping a span (the one with the largest overlap), by binary search. */
  private mentionAt(span: Span): ActorMention | null {
    const ms = this.mentions;
    const lo = firstIndexAfter(ms, (m) => m.start < span.end);
    let best: ActorMention | null = null;
    let bestOverlap = 0;
    for (let i = lo - 1; i >= 0 && lo - i <= 8; i--) {
      const m = ms[i]!;
      const overlap = Math.min(m.end, span.end) - Math.max(m.start, span.start);
      if (overlap > bestOverlap) {
        best = m;
        bestOverlap = overlap;
      }
    }
    return best;
  }
}

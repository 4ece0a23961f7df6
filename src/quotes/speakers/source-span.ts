/**
 * The source of an attribution as written before its cue: the subject noun phrase with its titles, modifiers,
 * appositives and relative clauses ("Seth McKee, a political scientist at Texas Tech University,"), a pronoun
 * alone, or a relative pronoun standing for the phrase before it. Bounded: a source is at most MAX_SOURCE tokens.
 */
import { AUXILIARIES, CUE_WORDS } from '../lexicon/cue-lexicon.js';
import {
  APPOSITIVE_SETTINGS,
  DETERMINERS,
  PERSONAL_SUBJECTS as PERSONAL,
  RELATIVES,
  ROLE_NOUNS,
} from '../lexicon/lexicon.js';
import type { PhraseRange } from '../text/noun-phrase.js';
import { quotedAppositiveStart } from './quoted-appositive.js';
import type { Token } from '../types.js';
import { FRONT_WORDS, INTRO_LEADS, SUBCLAUSE_OPENERS } from '../lexicon/clause-words.js';
import {
  AMOUNTS,
  APPOSITIVE_WORDS,
  BREAKS,
  COMPARATIVES,
  LEADING_PREPOSITIONS,
  QUANTIFIER_SUBJECTS,
  SETTING_OPENERS,
  SETTING_RELATIVE,
} from '../lexicon/speaker-words.js';

/** Is this phrase itself an appositive after an earlier comma ("35", "the daughter of …", "founder of …")? */
function stacked(tokens: Token[], p: PhraseRange): boolean {
  if (tokens[p.from - 1]?.text !== ',') return false;
  const t = tokens[p.from]!;
  return (
    /^\d/.test(t.text) ||
    PARTY_TAG.test(t.text) ||
    (!t.cap && (DETERMINERS.has(t.lower) || ROLE_NOUNS.has(t.lower) || /-old$/.test(t.lower)))
  );
}

/**
 * "After winning the primary, Gov. Al Ruiz said": a participle phrase that opens the sentence or follows an
 * introductory word is a setting; the name after its comma is the subject. ("Lee, facing a challenge, …" is not:
 * there the participle describes the name before it.)
 */
function opening(tokens: Token[], core: PhraseRange): boolean {
  const lead = tokens[core.from]!;
  const before = tokens[core.from - 1];
  const participle = !lead.cap && /ing$/.test(lead.lower) && lead.lower.length > 4;
  return participle && (core.from === 0 || (!!before?.word && INTRO_LEADS.has(before.lower)));
}

/** A source found before a cue. Token indices are inclusive. */
export interface SourceSpan {
  /** The whole source as annotated: the phrase, an appositive and its closing comma. */
  range: PhraseRange;
  /** The noun phrase that names the speaker (the antecedent for a relative pronoun). */
  core: PhraseRange;
  /** The appositive or relative clause after the core, when there is one. */
  appositive: PhraseRange | null;
  /** The source is "who" / "which" / "that" standing for the core. */
  relative: boolean;
}

const MAX_SOURCE = 30;
const MAX_APPOSITIVE = 25;

const isBreak = (t: Token): boolean => t.seg >= 0 || (!t.word && BREAKS.has(t.text) && t.text !== '.');

/** A verb of a clause (an auxiliary or a finite cue), which a subject never contains. */
function isClauseVerb(t: Token): boolean {
  if (!t.word || t.cap) return false;
  if (AUXILIARIES.has(t.lower) && t.lower !== "'s" && t.lower !== '’s') return true;
  const cue = CUE_WORDS.get(t.lower);
  return (
    !!cue && (cue.forms.has('past') || cue.forms.has('s')) && !cue.nounLike && !cue.forms.has('participle')
  );
}

/** A party and state tag after a name: "R-S.C.", "D-Calif.". */
const PARTY_TAG = /^[RDI]-[A-Z][A-Za-z.]*$/;

/** Does a phrase end in a name (a capitalised word, or a bracketed tag after one) and start with a capital? */
function nameEnds(tokens: Token[], p: PhraseRange): boolean {
  const last = tokens[p.to]!;
  return tokens[p.from]!.cap && (last.cap || last.text === ')' || PARTY_TAG.test(last.text));
}

/** A lower-case word that can open a descriptive appositive ("national director of …", "longtime aide"). */
function plainWord(t: Token | undefined): boolean {
  if (!t || t.seg >= 0 || !t.word || t.cap) return false;
  return !(
    SUBCLAUSE_OPENERS.has(t.lower) ||
    isClauseVerb(t) ||
    PERSONAL.has(t.lower) ||
    t.lower === 'and' ||
    t.lower === 'or'
  );
}

/** Does a stretch read like an appositive or relative clause ("a spokesman for …", "who …", "35")? */
function appositiveOpener(t: Token | undefined): boolean {
  if (!t || t.seg >= 0) return false;
  if (RELATIVES.has(t.lower) || t.lower === 'whose') return true;
  return (
    t.cap ||
    /^\d/.test(t.text) ||
    APPOSITIVE_WORDS.has(t.lower) ||
    (/(?:ed|ing)$/.test(t.lower) && t.lower.length > 4) ||
    (DETERMINERS.has(t.lower) && !RELATIVES.has(t.lower)) ||
    ROLE_NOUNS.has(t.lower) ||
    t.lower === 'former' ||
    t.lower === 'then' ||
    /^(?:his|her|their|its)$/.test(t.lower)
  );
}

/**
 * The plain noun phrase (no commas) that ends at token `end`: back to the start of the clause, a break or a
 * clause word. Leading conjunctions and sentence adverbs are dropped. Null when nothing name-like is left.
 */
function subjectPhraseBefore(tokens: Token[], end: number): PhraseRange | null {
  // "Marco Rubio, R-Fla., …": the stop after a party tag belongs to the tag.
  if (tokens[end]?.text === '.' && PARTY_TAG.test(tokens[end - 1]?.text ?? '')) end--;
  const last = tokens[end];
  // "42% say …": a percentage is a share of respondents, like "42 percent".
  const percent = last?.text === '%' && /^\d/.test(tokens[end - 1]?.text ?? '');
  if (!last || last.seg >= 0 || !(last.word || last.text === ')' || percent)) return null;
  if (
    last.word &&
    DETERMINERS.has(last.lower) &&
    !PERSONAL.has(last.lower) &&
    !QUANTIFIER_SUBJECTS.has(last.lower)
  )
    return null;
  if (last.word && PERSONAL.has(last.lower)) return { from: end, to: end };
  if (last.word && !last.cap && (SUBCLAUSE_OPENERS.has(last.lower) || isClauseVerb(last))) return null;
  let from = end;
  let depth = 0;
  for (let k = end; k >= 0 && end - k < MAX_SOURCE; k--) {
    const t = tokens[k]!;
    if (t.text === ')' && t.seg < 0) depth++;
    else if (t.text === '(' && t.seg < 0 && depth > 0) {
      depth--;
      from = k;
      continue;
    }
    if (depth > 0) {
      from = k;
      continue;
    }
    if (isBreak(t) || t.text === ',') break;
    if (comparedAmount(tokens, k)) {
      // "More than half of voters said": "than" here compares an amount and opens no clause.
      from = --k;
      continue;
    }
    // "he and Mr. Allen said": a pronoun joined to the named one by "and" is part of the subject.
    const joined = PERSONAL.has(t.lower) && tokens[k + 1]?.lower === 'and' && from === k + 1 && k + 1 < end;
    if (
      t.word &&
      !t.cap &&
      !joined &&
      (SUBCLAUSE_OPENERS.has(t.lower) || isClauseVerb(t) || PERSONAL.has(t.lower))
    )
      break;
    // A capitalised clause word opens the sentence: "While the donor …", "Did the foundation …".
    if (t.word && t.cap && k === 0 && (SUBCLAUSE_OPENERS.has(t.lower) || AUXILIARIES.has(t.lower))) break;
    if (t.word && !t.cap && t.lower === 'and' && tokens[k - 1]?.text === ',') break;
    // "an electorate in which 67 percent of voters say": after "in which" the clause's own subject begins.
    if (t.lower === 'which' && k < end && SETTING_RELATIVE.has(tokens[k - 1]?.lower ?? '')) break;
    from = k;
  }
  if (depth > 0) return null;
  while (
    from <= end &&
    (FRONT_WORDS.has(tokens[from]!.lower) ||
      LEADING_PREPOSITIONS.has(tokens[from]!.lower) ||
      // "…, which an inquiry said was careless": the relative pronoun is the object; the subject follows it.
      (from < end && RELATIVES.has(tokens[from]!.lower) && opensNounPhrase(tokens[from + 1]!)) ||
      !tokens[from]!.word)
  ) {
    if (tokens[from]!.text === '(') break;
    from++;
  }
  if (from > end) return null;
  return { from, to: end };
}

/** Does this word start a noun phrase ("the bank", "Mr. Clarke", "many in the party", "40 percent")? */
function opensNounPhrase(t: Token): boolean {
  if (!t.word) return false;
  return (
    t.cap ||
    /^\d/.test(t.text) ||
    QUANTIFIER_SUBJECTS.has(t.lower) ||
    (DETERMINERS.has(t.lower) && !PERSONAL.has(t.lower))
  );
}

/** Is token k the "than" of "more than / fewer than" before an amount? */
function comparedAmount(tokens: Token[], k: number): boolean {
  const next = tokens[k + 1];
  return (
    tokens[k]!.lower === 'than' &&
    COMPARATIVES.has(tokens[k - 1]?.lower ?? '') &&
    !!next &&
    (AMOUNTS.has(next.lower) || /^\d/.test(next.text))
  );
}

/** The source that ends right before the cue group starting at token `cueFirst`, or null. */
export function sourceBefore(tokens: Token[], cueFirst: number): SourceSpan | null {
  const j = cueFirst - 1;
  const t = tokens[j];
  if (!t) return null;
  if (t.seg >= 0) {
    // "Lee, the hacker known as “Guccifer,” stated": the appositive's comma sits inside the quote.
    const c = quotedAppositiveStart(tokens, j);
    return c !== null && descriptive(tokens, c + 1, j) ? withAppositive(tokens, j) : null;
  }
  if (t.word && RELATIVES.has(t.lower)) {
    const k = tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
    const antecedent = withoutLeadingVerb(tokens, subjectPhraseBefore(tokens, k));
    const self = { from: j, to: j };
    return { range: self, core: antecedent ?? self, appositive: null, relative: true };
  }
  if (t.text === ',') return withAppositive(tokens, j);
  if (t.text === '—' || t.text === '–' || t.text === '-') return withDashAppositive(tokens, j);
  const core = subjectPhraseBefore(tokens, j);
  if (!core) return null;
  return { range: core, core, appositive: null, relative: false };
}

/**
 * "…,” said a witness who told …": the antecedent of "who" is the phrase after the inverted cue, not the cue
 * ("said" can be a participle, so the phrase walk does not stop at it).
 */
function withoutLeadingVerb(tokens: Token[], p: PhraseRange | null): PhraseRange | null {
  if (!p) return null;
  let from = p.from;
  while (from < p.to && !tokens[from]!.cap && CUE_WORDS.get(tokens[from]!.lower)?.forms.has('past')) from++;
  return from === p.from ? p : { from, to: p.to };
}

/** "X, a spokesman for Y, said": find the comma that opens the appositive and the phrase before it. */
function withAppositive(tokens: Token[], comma: number): SourceSpan | null {
  let depth = 0;
  for (let c = comma - 1; c >= 0 && comma - c <= MAX_APPOSITIVE; c--) {
    const t = tokens[c]!;
    // A short title in quotes may sit in an appositive ("star of television's “Scandal,”").
    if (t.seg >= 0) {
      if (comma - c > 12) return null;
      continue;
    }
    if (t.text === ')') depth++;
    else if (t.text === '(') depth--;
    if (depth !== 0 || t.text !== ',') {
      if (depth === 0 && (t.text === ';' || t.text === ':')) return null;
      continue;
    }
    const opener = tokens[c + 1];
    const core = subjectPhraseBefore(tokens, c - 1);
    if (!core) return longAppositive(tokens, comma);
    // "Corey Lewandowski, in a statement on Thursday, said": a setting between commas is not part of the source.
    if (opener && !opener.cap && SETTING_OPENERS.has(opener.lower)) {
      // "Marco Rubio, R-Fla., appearing on …": the name is before the party tag.
      const named = PARTY_TAG.test(tokens[core.from]!.text)
        ? subjectPhraseBefore(tokens, core.from - 2)
        : null;
      if (named)
        return { range: { from: named.from, to: c - 1 }, core: named, appositive: core, relative: false };
      return { range: core, core, appositive: null, relative: false };
    }
    if (!appositiveOpener(opener) && !(nameEnds(tokens, core) && plainWord(opener)))
      return longAppositive(tokens, comma);
    const lead = tokens[core.from]!;
    if (
      INTRO_LEADS.has(lead.lower) ||
      (lead.cap && /ing$/.test(lead.lower) && core.from === 0) ||
      opening(tokens, core)
    ) {
      // "Making her way around the diner, Clinton and her husband thanked …": an opening phrase, not a name.
      const subject = { from: c + 1, to: comma - 1 };
      return { range: subject, core: subject, appositive: null, relative: false };
    }
    let name = core;
    // "Clinton, 35, the daughter of …, said": step back over appositives until a name starts the phrase.
    for (let hops = 0; hops < 3 && stacked(tokens, name); hops++) {
      const earlier = subjectPhraseBefore(tokens, name.from - 2);
      // "In a statement to the paper, her adviser, Jo Sun, said": the earlier phrase is a setting, not a name.
      if (
        !earlier ||
        INTRO_LEADS.has(tokens[earlier.from]!.lower) ||
        APPOSITIVE_SETTINGS.has(tokens[earlier.from]!.lower)
      )
        break;
      name = earlier;
    }
    const appositive = { from: name === core ? c + 1 : core.from, to: comma - 1 };
    return { range: { from: name.from, to: comma }, core: name, appositive, relative: false };
  }
  const long = longAppositive(tokens, comma);
  if (long) return long;
  // "Sen. Jack Reed (D-R.I.), said …": a stray comma after a name that opens the sentence.
  const whole = subjectPhraseBefore(tokens, comma - 1);
  if (whole && whole.from === 0 && nameEnds(tokens, whole) && tokens[comma - 1]!.text === ')') {
    return { range: whole, core: whole, appositive: null, relative: false };
  }
  return null;
}

const MAX_LONG_APPOSITIVE = 40;
/** Words a quoted title inside an appositive may have ("a contestant on “The Farm,” who …"). */
const MAX_QUOTED_TITLE = 8;

/**
 * "Ann Roe, a farmer from Jackson, Miss., attending the fair, said": an appositive with commas of its own, when
 * the nearest comma does not close the speaker's name. Only a name or determiner phrase that opens the sentence
 * is taken, and the stretch after its comma must read as an appositive.
 */
function longAppositive(tokens: Token[], comma: number): SourceSpan | null {
  let quoted = 0;
  let depth = 0;
  for (let c = comma - 1; c > 0 && comma - c <= MAX_LONG_APPOSITIVE; c--) {
    const t = tokens[c]!;
    if (t.seg >= 0) {
      if (++quoted > MAX_QUOTED_TITLE) return null;
      continue;
    }
    if (t.text === ')') depth++;
    else if (t.text === '(') depth--;
    if (depth > 0 || t.text === '(') continue;
    if (depth < 0 || isBreak(t)) return null;
    if (t.text !== ',') continue;
    const core = subjectPhraseBefore(tokens, c - 1);
    if (!core || !opensSentence(tokens, core.from)) continue;
    const opener = tokens[c + 1];
    const lead = tokens[core.from]!;
    if (!(nameEnds(tokens, core) || (DETERMINERS.has(lead.lower) && !PERSONAL.has(lead.lower)))) return null;
    if (!appositiveOpener(opener) && !(nameEnds(tokens, core) && plainWord(opener))) return null;
    if (!opener || SETTING_OPENERS.has(opener.lower) || !descriptive(tokens, c + 1, comma)) return null;
    return {
      range: { from: core.from, to: comma },
      core,
      appositive: { from: c + 1, to: comma - 1 },
      relative: false,
    };
  }
  return null;
}

/**
 * Do the comma-separated stretches from..to only describe (no clause verb, unless a relative pronoun opens its
 * clause: "who is a member of …"; no setting)? "…, obtained by a group, shows the name" is a sentence going on.
 */
function descriptive(tokens: Token[], from: number, to: number): boolean {
  let relative = false;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (t.seg >= 0) continue;
    if (t.text === ',') {
      relative = false;
      // "…, through a records request shows …": a setting between commas belongs to the clause, not the speaker.
      const next = tokens[k + 1];
      if (next && !next.cap && (SETTING_OPENERS.has(next.lower) || APPOSITIVE_SETTINGS.has(next.lower)))
        return false;
    } else if (RELATIVES.has(t.lower) || t.lower === 'whose' || t.lower === 'whom') relative = true;
    else if (isClauseVerb(t) && !relative) return false;
  }
  return true;
}

/** Is there nothing before token `from` but sentence adverbs, conjunctions and opening punctuation? */
function opensSentence(tokens: Token[], from: number): boolean {
  for (let k = 0; k < from; k++) {
    const t = tokens[k]!;
    if (t.seg >= 0 || t.text === ',' || (t.word && !FRONT_WORDS.has(t.lower))) return false;
  }
  return true;
}

/**
 * "Jason Sims — a teacher from Mount Pleasant — says": an appositive between dashes. Typed copy spells the
 * dash as a spaced hyphen or a double one ("Sims -- a teacher -- says"); the opening dash matches the closing.
 */
function withDashAppositive(tokens: Token[], dash: number): SourceSpan | null {
  const mark = tokens[dash]!.text;
  const double = mark === '-' && tokens[dash - 1]?.text === '-';
  for (let c = dash - (double ? 2 : 1); c >= 0 && dash - c <= MAX_APPOSITIVE; c--) {
    const t = tokens[c]!;
    if (t.seg >= 0 || t.text === ';' || t.text === ':') return null;
    if (t.text !== mark) continue;
    // The opening dash is as wide as the closing one: "--" opens "--", a lone hyphen opens a lone hyphen.
    if (double !== (tokens[c - 1]?.text === '-')) return null;
    const before = c - (double ? 2 : 1);
    const opener = tokens[c + 1];
    // "Murphy — after a knock on wood — told me": a setting between dashes is not part of the source.
    if (opener && !opener.cap && SETTING_OPENERS.has(opener.lower)) {
      const named = subjectPhraseBefore(tokens, before);
      return named ? { range: named, core: named, appositive: null, relative: false } : null;
    }
    if (!appositiveOpener(opener)) return null;
    const core = subjectPhraseBefore(tokens, before);
    if (!core) return null;
    return {
      range: { from: core.from, to: dash },
      core,
      appositive: { from: c + 1, to: dash - (double ? 2 : 1) },
      relative: false,
    };
  }
  return null;
}

import { findDate, MONTH_NAMES } from './dates.js';

// Bylines that name no person: house bylines, desks and wire services.
const NO_PERSON =
  /^(?:(?:our |the )?(?:staff|staffs|staff reporters?|staff writers?|editorial (?:staff|team|board)|editors?|the editors|news ?desk|web ?desk|digital desk|online desk|desk|newsroom|admin|administrator|editorial|team|agencies|agency|wire|wires|wire services?|news services?|correspondents?|special correspondent|our correspondent|guest|anonymous|unknown)|reuters|afp|ap|associated press|agence france-presse|press association|pa|dpa|efe|ansa|xinhua|tass|bloomberg)$/i;

const ROLE_WORDS =
  /\b(?:correspondent|editor|reporter|writer|contributor|columnist|journalist|producer|analyst|staff|chief|senior|bureau|critic|photographer|intern)\b/i;

const LEAD_IN =
  /^(?:(?:view |see )?all (?:posts|articles|stories) by|(?:more )?(?:posts|articles|stories) by|read more (?:about|from)|more (?:about|from)|about the authors?|about|by|from|(?:written|authored|words|text|story|recipe|reporting|report|posted|published|post|article|posts|photos and text) by|contributors?|author(?:s|ed by)?)\s*[:\-–]?\s*(?=\S)/i;
// "ByJane Doe": a lead-in run into the name by markup that put no space between them.
const GLUED_LEAD_IN = /^(?:written\s*|authored\s*)?by(?=\p{Lu}\p{Ll})/u;
const ROLE_AFTER_NAME =
  /^((?:\p{Lu}[\p{L}.'’-]*\s+){1,3}\p{Lu}[\p{L}.'’-]*)\s+(?:(?:senior|chief|lead|head|former|staff|guest|contributing|managing|executive|associate|deputy|founder|co-founder|editor|director|reporter|writer|correspondent|contributor|columnist|expert|analyst|consultant|specialist|manager|producer|photographer|reviewer|journalist|author|gardener|winemaker|tech|science|health|business|sports|travel|features)\b).*$/iu;
// Parts of a byline that name someone other than the writer.
const NOT_THE_WRITER =
  /^(?:(?:medically |expert |fact[- ]?)?(?:reviewed|checked|edited|verified|illustrated|photographed)(?: and [a-z-]+)? by|photos? by|images? by|illustrations? by|reviewer|editor:|fact checker)/i;
// A date, a read time or an "Updated" note run into the name: "Scott MattonMarch 2", "Ana Ruiz 4 min read".
const MONTH_START = new RegExp(
  `(?:(?<=\\p{Ll})|\\s+)(?:${MONTH_NAMES.filter((m) => /^[a-z]+$/.test(m))
    .sort((a, b) => b.length - a.length)
    .map((m) => m[0]!.toUpperCase() + m.slice(1))
    .join('|')})\\.?\\s*\\d.*$`,
  'u',
);
const NOTE_START =
  /(?:(?<=\p{Ll})|\s+)(?:Updated|Last updated|Last|Published|Posted|Reviewed|Fact checked|Read more)\b.*$/u;

// "By" in other languages. These are also name particles ("Von Trapp", "Di Stefano"), so they
// count as a lead-in only when at least two words follow.
const FOREIGN_LEAD_IN = /^(?:par|von|por|door|di|av|af)\s+(?=\S+\s+\S)/i;

function stripDecoration(raw: string, scope: BylineScope): string {
  let s = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  s = s.replace(/\S+@\S+\.\S+/g, ' '); // e-mail addresses
  s = s.replace(/(^|\s)@\w+/g, ' '); // social handles
  s = s.replace(GLUED_LEAD_IN, '').replace(LEAD_IN, '').replace(LEAD_IN, '').replace(FOREIGN_LEAD_IN, '');
  // Cut at separators that usually start a date, a read time or a location.
  s = s.split(/\s+[|•·●⋅]\s+|\s+[—–-]\s+|\s*\|\s*/)[0] ?? '';
  s = s.replace(MONTH_START, '').replace(NOTE_START, '');
  // Digits never belong to a name: "Chris Carroll30 Sep 2022", "Ana Ruiz 2026-11-23".
  s = s.replace(/\s*\d.*$/u, '');
  // "Jane Doe, Reuters" / "Jane Doe, Science Correspondent": drop the affiliation or role after a comma.
  const parts = s.split(/\s*,\s*/);
  while (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    if (ROLE_WORDS.test(last) || NO_PERSON.test(last) || findDate(last) || /\d/.test(last)) parts.pop();
    else break;
  }
  s = parts.join(', ');
  // "Rasmus Berg Founder and Lead Reviewer": a role printed after the name, without a comma.
  // A group's name keeps its last word: "Coastline Daily Staff" is not a person called "Coastline Daily".
  if (scope === 'people') s = s.replace(ROLE_AFTER_NAME, '$1');
  // "Jane Doe in Port Saro": a dateline location after the name.
  s = s.replace(/\s+in\s+[A-Z][\p{L}'-]*(?:\s+[A-Z][\p{L}'-]*){0,3}$/u, '');
  s = s.replace(/\s+(?:on|updated|published|posted)\b.*$/i, '');
  return s.replace(/^[\s,;:.\-–—]+|[\s,;:\-–—]+$/g, '').trim();
}

// Lower-case words a name may hold: particles of surnames and the "and" between names.
const NAME_PARTICLES = new Set(
  'van von der den de del della di da das dos do du la le ten ter zu af av bin ibn al el y e and of'.split(
    ' ',
  ),
);
// Words printed where a name was expected: form labels, headings and placeholders.
const NOT_A_NAME =
  /^(?:name|your name|author|authors|the author|by|written by|posted by|authored by|published|updated|posted|guide|admin|administrator|editor|editorial|undefined|null|none|unknown|anonymous|guest|user|share|follow|comments?|reply|bio|full bio|profile|contact|get in touch|read more|more|home|blog|news|menu|search|subscribe|sign in|log in|about|team|staff)$/i;

// Words of page furniture, never of a name: "Recent Posts", "Terms and Conditions", "Expert Reviewer".
const FURNITURE_WORDS =
  /\b(?:posts?|articles?|terms|conditions|privacy|policy|cookies?|faculty|webmaster|program|programme|reviewer|sponsored|newsletter|subscribe|comments?|categories|tags?|archives?|menu|home|login|register)\b/i;
const CALENDAR_WORDS = new Set([
  ...MONTH_NAMES,
  ...'mon monday tue tues tuesday wed wednesday thu thur thurs thursday fri friday sat saturday sun sunday today yesterday'.split(
    ' ',
  ),
]);

// Words that make a name an organisation's: "Cleveland Clinic", "Clemson News", "Acme Inc".
const ORGANISATION_WORDS =
  /\b(?:inc|llc|ltd|gmbh|corp|corporation|company|co|group|clinic|hospital|foundation|institute|university|college|school|association|society|council|network|forum|news|media|press|magazine|journal|times|today|daily|weekly|official|services|solutions|agency|studios?|labs?|partners|consulting|construction|editorial|editors)\b\.?$|\b(?:foundation|university|institute|association|council)\b/i;
// A role in first place is a job title, not a name: "Head of Marketing", "Senior Editor".
const ROLE_FIRST =
  /^(?:head|chief|senior|lead|founder|co-founder|director|editor|manager|president|ceo|cto|vp|vice|principal|associate|assistant|expert|author|writer|reporter|contributor|team)\b/i;

/** True when the text reads as a person's name rather than a handle, a label or a phrase. */
export function looksLikeName(name: string): boolean {
  if (NOT_A_NAME.test(name) || name.length > 80 || FURNITURE_WORDS.test(name)) return false;
  if (ORGANISATION_WORDS.test(name) || ROLE_FIRST.test(name) || /\bby$/i.test(name)) return false;
  // One word in capitals is an acronym ("CDC", "NB"), not a person.
  if (/^[\p{Lu}\d.&-]+$/u.test(name)) return false;
  if (CALENDAR_WORDS.has(name.toLowerCase().replace(/\.$/, ''))) return false;
  // Letters, spaces and the marks names carry (Jr., O'Neil, Smith-Jones, Ana (Ani) Ruiz).
  if (!/^[\p{L}\p{M}][\p{L}\p{M} .'’()-]*$/u.test(name)) return false;
  const words = name.split(' ');
  if (words.length > 7) return false;
  // A single lower-case or dotted token is a user name ("jdoe", "jane.doe", "jane-doe-2").
  if (words.length === 1 && (/^[\p{Ll}]/u.test(name) || /[.-]\p{L}/u.test(name.replace(/\.$/, ''))))
    return false;
  // Words that are not capitalised, other than particles, make a phrase ("Insights from", "Get in touch").
  const cased = /[\p{Lu}\p{Ll}]/u.test(name);
  if (cased && words.some((w) => /^\p{Ll}/u.test(w) && !NAME_PARTICLES.has(w))) return false;
  return !cased || words.some((w) => /^\p{Lu}/u.test(w));
}

/** True when two names are one: case, spacing, punctuation and a leading "The" aside. */
export function sameName(a: string, b: string): boolean {
  const norm = (x: string) =>
    x
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const na = norm(a);
  const nb = norm(b);
  return na !== '' && (na === nb || (nb.length > 3 && na.includes(nb) && /staff|team|desk/i.test(a)));
}

// Lower-case words a group's name may hold: "the Lavazza Team", "The Currency editors".
const GROUP_LOWER_WORDS = new Set([
  ...NAME_PARTICLES,
  ...'the for at on team staff editors editorial desk newsroom'.split(' '),
]);

// Words that say only "someone here wrote it": a byline of these names no one, not even a group.
const HOUSE_WORDS =
  /^(?:(?:our|the)\s+)?(?:staff|staffs|staff (?:reporters?|writers?|reports?)|(?:special )?correspondents?|team|admin|administrator|anonymous|guest|unknown|user|editor|wires?|agenc(?:y|ies))$/i;

/**
 * True when the text reads as the name of a team, desk or organisation a page states as its
 * author ("The Upwork Team", "News Desk", "Help Net Security"): capitalised words, a few lower-case
 * function words. A bare "Staff", "Team" or "Admin", a user name, a phrase or a label is not one.
 */
export function looksLikeGroup(name: string): boolean {
  if (NOT_A_NAME.test(name) || name.length > 60 || FURNITURE_WORDS.test(name)) return false;
  if (HOUSE_WORDS.test(name)) return false;
  if (CALENDAR_WORDS.has(name.toLowerCase().replace(/\.$/, ''))) return false;
  if (/^(?!team\b)/i.test(name) && ROLE_FIRST.test(name)) return false;
  if (!/^[\p{L}\p{M}][\p{L}\p{M} .'’&()-]*$/u.test(name)) return false;
  const words = name.split(' ');
  if (words.length > 6) return false;
  // One word in capitals is a dateline, a credit or an initialism ("RAJSHAHI", "REUTERS", "PMJS").
  if (words.length === 1 && !/\p{Ll}/u.test(name)) return false;
  // One token with a dot, dash or inner capital-less run is a handle or a domain ("jane.doe", "q-admin").
  if (words.length === 1 && (/^\p{Ll}/u.test(name) || /[.-]\p{L}/u.test(name))) return false;
  return (
    words.some((w) => /^\p{Lu}/u.test(w)) &&
    words.every((w) => /^[\p{Lu}&(]/u.test(w) || GROUP_LOWER_WORDS.has(w.toLowerCase()))
  );
}

/**
 * Who a byline may name: `people` only (the default), or also `groups` — a team, desk or
 * organisation, the outlet included — which a page's byline states when no person wrote it.
 */
export type BylineScope = 'people' | 'groups';

/**
 * Clean one author name from a byline: strip "By", roles, dates and locations. Null when what is
 * left names no person ("Staff", a desk, a wire service, or one of `outletNames`); with scope
 * `groups`, a named team, desk or organisation is kept and only bare house words are refused.
 */
export function cleanAuthor(
  raw: string | null | undefined,
  outletNames: readonly string[] = [],
  scope: BylineScope = 'people',
): string | null {
  if (!raw) return null;
  if (/^https?:\/\//i.test(raw.trim())) return null;
  // A byline read from markup may come as parts ("Jane Doe | Tech Reporter", "Dec. 19, 2025 · Jane
  // Doe"); the first that names someone is the writer, unless it names a reviewer or a photographer.
  for (const part of raw.slice(0, 300).split(/\s+[|•·●⋅]\s+/)) {
    if (NOT_THE_WRITER.test(part.trim())) continue;
    const s = stripDecoration(part.replace(/&amp;/g, '&'), scope);
    if (s === '' || !/\p{L}/u.test(s)) continue;
    if (scope === 'groups') {
      if (looksLikeGroup(s)) return s;
      continue;
    }
    if (NO_PERSON.test(s) || /\bstaff\b/i.test(s) || /^(?:the\s+)?[\p{L}\s]*\bteam$/iu.test(s)) return null;
    if (outletNames.some((name) => name && sameName(s, name))) return null;
    if (!s.split(/\s*(?:,|\band\b|&)\s*/).some(looksLikeName)) continue;
    return s;
  }
  return null;
}

/** Join names for display: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string | null {
  const unique: string[] = [];
  for (const name of names) {
    if (!unique.some((u) => u.toLowerCase() === name.toLowerCase())) unique.push(name);
  }
  if (unique.length === 0) return null;
  if (unique.length === 1) return unique[0]!;
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

/** Clean a byline that may hold several names ("By A, B and C"); null when no person is named. */
export function cleanByline(
  raw: string | null | undefined,
  outletNames: readonly string[] = [],
  scope: BylineScope = 'people',
): string | null {
  if (!raw) return null;
  // A group's name is one name even with "and" in it ("Wellness and Prevention").
  if (scope === 'groups') return cleanAuthor(raw, outletNames, scope);
  const one = cleanAuthor(raw, outletNames);
  if (!one) return null;
  const names = one.split(/\s*(?:,|\band\b|&)\s*/i).map((n) => cleanAuthor(n, outletNames));
  // When the first part names no one, the rest is a phrase ("Head of Marketing and Development").
  if (names[0] === null) return null;
  return joinNames(names.filter((n): n is string => n !== null));
}

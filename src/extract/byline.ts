import { findDate } from './dates.js';

// Bylines that name no person: house bylines, desks and wire services.
const NO_PERSON =
  /^(?:(?:our |the )?(?:staff|staffs|staff reporters?|staff writers?|editorial (?:staff|team|board)|editors?|the editors|news ?desk|web ?desk|digital desk|online desk|desk|newsroom|admin|administrator|editorial|team|agencies|agency|wire|wires|wire services?|news services?|correspondents?|special correspondent|our correspondent|guest|anonymous|unknown)|reuters|afp|ap|associated press|agence france-presse|press association|pa|dpa|efe|ansa|xinhua|tass|bloomberg)$/i;

const ROLE_WORDS =
  /\b(?:correspondent|editor|reporter|writer|contributor|columnist|journalist|producer|analyst|staff|chief|senior|bureau|critic|photographer|intern)\b/i;

const LEAD_IN =
  /^(?:by|from|written by|words by|text by|story by|reporting by|report by|posted by|published by|author|authors)\s*[:\-–]?\s+/i;
// "By" in other languages. These are also name particles ("Von Trapp", "Di Stefano"), so they
// count as a lead-in only when at least two words follow.
const FOREIGN_LEAD_IN = /^(?:par|von|por|door|di|av|af)\s+(?=\S+\s+\S)/i;

function stripDecoration(raw: string): string {
  let s = raw.replace(/[\s\u00a0]+/g, ' ').trim();
  s = s.replace(/\S+@\S+\.\S+/g, ' '); // e-mail addresses
  s = s.replace(/(^|\s)@\w+/g, ' '); // social handles
  s = s.replace(LEAD_IN, '').replace(FOREIGN_LEAD_IN, '');
  // Cut at separators that usually start a date, a read time or a location.
  s = s.split(/\s+[|•·]\s+|\s+[—–]\s+|\s*\|\s*/)[0] ?? '';
  // "Jane Doe, Reuters" / "Jane Doe, Science Correspondent": drop the affiliation or role after a comma.
  const parts = s.split(/\s*,\s*/);
  while (parts.length > 1) {
    const last = parts[parts.length - 1]!;
    if (ROLE_WORDS.test(last) || NO_PERSON.test(last) || findDate(last) || /\d/.test(last)) parts.pop();
    else break;
  }
  s = parts.join(', ');
  // "Jane Doe in Port Saro": a dateline location after the name.
  s = s.replace(/\s+in\s+[A-Z][\p{L}'-]*(?:\s+[A-Z][\p{L}'-]*){0,3}$/u, '');
  s = s.replace(/\s+(?:on|updated|published|posted)\b.*$/i, '');
  return s.replace(/^[\s,;:.\-–—]+|[\s,;:.\-–—]+$/g, '').trim();
}

function sameName(a: string, b: string): boolean {
  const norm = (x: string) =>
    x
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}\p{N}]+/gu, '');
  const na = norm(a);
  const nb = norm(b);
  return na !== '' && (na === nb || (nb.length > 3 && na.includes(nb) && /staff|team|desk/i.test(a)));
}

/**
 * Clean one author name from a byline: strip "By", roles, dates and locations. Null when what is
 * left names no person ("Staff", a desk, a wire service, or one of `outletNames`).
 */
export function cleanAuthor(
  raw: string | null | undefined,
  outletNames: readonly string[] = [],
): string | null {
  if (!raw) return null;
  if (/^https?:\/\//i.test(raw.trim())) return null;
  const s = stripDecoration(raw.slice(0, 300));
  if (s === '' || s.length > 120 || !/\p{L}/u.test(s)) return null;
  if (NO_PERSON.test(s) || /\bstaff\b/i.test(s)) return null;
  if (outletNames.some((name) => name && sameName(s, name))) return null;
  if (s.split(' ').length > 12) return null;
  return s;
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
): string | null {
  if (!raw) return null;
  const one = cleanAuthor(raw, outletNames);
  if (!one) return null;
  const names = one
    .split(/\s*(?:,|\band\b|&)\s*/i)
    .map((n) => cleanAuthor(n, outletNames))
    .filter((n): n is string => n !== null);
  return joinNames(names);
}

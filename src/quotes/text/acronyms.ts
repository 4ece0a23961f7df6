/**
 * Acronyms a text defines for itself: "the Pacific Maritime Council (PMC)". A later "PMC said" then names the
 * council. One regular-expression pass over the text; an acronym counts only if its letters are the initials
 * of the capitalised words before it.
 */

const DEFINITION =
  /((?:[A-Z][\p{L}’'&.-]*\s+(?:(?:of|for|and|the|on|de|du|des|in)\s+)*){0,8}[A-Z][\p{L}’'&.-]*)\s+\((\p{Lu}[\p{Lu}\p{Ll}&]{1,9})\)/gu;

/** What every definition ends with; most texts have none, and the search for the name before it is costly. */
const ACRONYM_IN_BRACKETS = /\(\p{Lu}[\p{Lu}\p{Ll}&]{1,9}\)/u;

/** Map of acronym → the name it stands for, from "Full Name (ACR)" definitions in the text. */
export function definedAcronyms(text: string): Map<string, string> {
  const out = new Map<string, string>();
  if (!ACRONYM_IN_BRACKETS.test(text)) return out;
  for (const m of text.matchAll(DEFINITION)) {
    const acronym = m[2]!;
    const words = m[1]!.split(/\s+/);
    const letters = acronym.replace(/[^\p{Lu}]/gu, '');
    // Take the shortest tail of the phrase whose capitalised initials spell the acronym.
    for (let k = words.length - 1; k >= 0; k--) {
      const tail = words.slice(k);
      const initials = tail
        .filter((w) => /^\p{Lu}/u.test(w))
        .map((w) => w.charAt(0))
        .join('');
      if (initials === letters) {
        out.set(acronym, tail.join(' '));
        break;
      }
      if (initials.length > letters.length) break;
    }
  }
  return out;
}

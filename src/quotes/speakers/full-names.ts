/**
 * A bare surname's full name, as the article wrote it earlier with its given names ("…adviser Fiona Hill. … said
 * Hill" → Fiona Hill; "Kate York", never "New York"). One instance per article: the places each surname is written
 * are found once.
 */
import { GIVEN_NAMES } from '../../actors/name-lexicon.js';
import type { SpeakerGuess } from '../types.js';

/** A one-word name that may be a surname (a capital, then lower-case letters), and a generational suffix. */
const SURNAME = /^(\p{Lu}\p{Ll}[\p{Ll}'’-]*)(\s+(?:Jr|Sr)\.?)?$/u;
/** Most places one surname's full name is looked for in an article. */
const MAX_FULL_NAMES = 50;
/** A given name (and a middle initial) right before a surname: "Kate ", "Victor N. ". */
const GIVEN_BEFORE = /(?<![\p{L}'’-])((?:\p{Lu}[\p{Ll}'’-]+[ \u00a0]+){1,3})(?:\p{Lu}\.[ \u00a0]+)?$/u;

/** The given names that end a run of capitalised words ("Secretary Kate " → "Kate "), or "" when the last is none. */
function givenNames(words: string): string {
  const parts = words.match(/\S+\s+/g) ?? [];
  let k = parts.length;
  while (k > 0 && GIVEN_NAMES.has(parts[k - 1]!.trim().toLowerCase())) k--;
  return parts.slice(k).join('');
}

export class FullNames {
  /** For each surname asked about, where the article writes it after a given name. */
  private readonly bySurname = new Map<string, { at: number; name: string }[]>();

  constructor(private readonly text: string) {}

  /**
   * The full name of a speaker written as a surname alone, from the last place before it that the article wrote
   * the surname after a given name, or null. "Kennedy Jr." keeps its suffix ("James P. Kennedy Jr.").
   */
  before(guess: SpeakerGuess): string | null {
    const surname = SURNAME.exec(guess.name);
    if (!surname) return null;
    const full = this.lastBefore(surname[1]!, guess.nameSpan.end);
    return full ? full + (surname[2] ?? '') : null;
  }

  private lastBefore(surname: string, before: number): string | null {
    let found = this.bySurname.get(surname);
    if (!found) {
      found = [];
      // Each place the surname is written, then the words before it: a scan for the name is native code.
      for (let at = this.text.indexOf(surname); at >= 0; at = this.text.indexOf(surname, at + 1)) {
        if (/[\p{L}]/u.test(this.text.charAt(at + surname.length))) continue;
        const words = this.text.slice(Math.max(0, at - 60), at);
        const m = GIVEN_BEFORE.exec(words);
        const given = m ? givenNames(m[1]!) : '';
        if (m && given) {
          // "Dr. Owen John Dempsey": every given name, not only the one next to the surname.
          const name = words.slice(words.length - m[0].length + m[1]!.length - given.length);
          found.push({ at: at - name.length, name: name + surname });
        }
        if (found.length >= MAX_FULL_NAMES) break;
      }
      this.bySurname.set(surname, found);
    }
    let name: string | null = null;
    for (const f of found) if (f.at < before) name = f.name;
    return name;
  }
}

/**
 * The normalised key of an actor found in text: one person or organisation across articles, so
 * "Dmitry Kosyrev" in two articles is one row. The database enforces it as the actor id.
 */

// Accents come off Latin letters only: in Cyrillic "й" is a letter of its own, not an accented "и".
const LATIN_MARKS = /(\p{Script=Latin})\p{M}+/gu;
const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/gu;

/** Fold a name to its key: accents off, lower case, words joined by "-", a leading "the" dropped. */
export function nameKey(name: string): string {
  const folded = name
    .normalize('NFKD')
    .replace(LATIN_MARKS, '$1')
    .normalize('NFC')
    .toLowerCase()
    .replace(NOT_WORD, '-');
  return folded
    .replace(/^-+|-+$/g, '')
    .replace(/^the-/, '')
    .slice(0, 120)
    .replace(/-+$/, '');
}

/** The actor id of a person or organisation found in text ("person:dmitry-kosyrev"); null when nothing is left of the name. */
export function foundActorId(kind: 'person' | 'organisation', name: string): string | null {
  const key = nameKey(name);
  return key ? `${kind}:${key}` : null;
}

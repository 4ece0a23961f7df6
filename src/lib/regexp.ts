/** Text to match literally inside a regular expression: every character with a meaning there is escaped. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A pattern for `text` as whole words: no letter or digit touches it on either side ("Depot" not in "Depots"). `tail`
 * is added after it (a lookahead, say).
 */
export function wholeWords(text: string, flags = '', tail = ''): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])${tail}`, `u${flags}`);
}

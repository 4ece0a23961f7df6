// Abbreviations whose full stop does not end a sentence (lower case, without the dot).
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'st',
  'sr',
  'jr',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'gov',
  'sen',
  'rep',
  'rev',
  'no',
  'vs',
  'etc',
  'inc',
  'ltd',
  'co',
  'corp',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'dept',
  'u.s',
  'u.k',
  'u.n',
  'e.g',
  'i.e',
]);

// A sentence ends at . ! ? (and any closing quotes or brackets) before white space and a capital,
// digit or opening quote.
const BOUNDARY = /([.!?…]+["'”’»)\]]*)\s+(?=["'“‘«(]?[\p{Lu}\p{N}])/gu;

/** Split plain text (paragraphs separated by blank lines) into trimmed sentences, in order. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n\s*\n/)) {
    const flat = paragraph.replace(/\s+/g, ' ').trim();
    if (flat === '') continue;
    let start = 0;
    for (const m of flat.matchAll(BOUNDARY)) {
      const end = m.index + m[1]!.length;
      if (endsWithAbbreviation(flat.slice(start, end))) continue;
      out.push(flat.slice(start, end).trim());
      start = m.index + m[0].length;
    }
    const rest = flat.slice(start).trim();
    if (rest !== '') out.push(rest);
  }
  return out;
}

function endsWithAbbreviation(sentence: string): boolean {
  const m = /(?:^|[\s(])([\p{L}.]+)\.$/u.exec(sentence);
  if (m === null) return false;
  const word = m[1]!.toLowerCase();
  // A single capital ("J. Smith") is an initial, not the end of a sentence.
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(m[1]!);
}

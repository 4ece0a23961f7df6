import { isStopWord } from '../lib/text-tokens.js';

// Lower-case words allowed inside a name ("Bank of England", "Abu al-Baghdadi").
const JOINERS = new Set(['of', 'de', 'del', 'la', 'al', 'van', 'von', 'bin', 'da']);
// Sentence openers and calendar words that are capitalised without naming anyone.
const NOT_NAMES = new Set([
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'january',
  'february',
  'march',
  'april',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'new',
  'but',
  'in',
]);
// Titles before a name: "President Joe Biden" and "Joe Biden" are one person.
const TITLES = new Set([
  'president',
  'former',
  'prime',
  'minister',
  'secretary',
  'senator',
  'sen',
  'rep',
  'gov',
  'governor',
  'general',
  'gen',
  'chancellor',
  'king',
  'queen',
  'pope',
  'judge',
  'mayor',
  'vice',
  'chairman',
  'ceo',
]);
const MAX_NAMES = 40;

/**
 * Capitalised-name sequences of a text, lower-cased ("Joe Biden", "Bank of England" → "joe biden",
 * "bank of england"), plus each multi-word name's last word ("biden"), since later mentions
 * usually drop the first name. A lone capitalised word opening a sentence counts only when it is
 * not a stop word, so "The" and "But" never become names. At most 40 distinct names.
 */
export function capitalisedNames(text: string): string[] {
  const out = new Set<string>();
  const words = text.split(/\s+/);
  let run: string[] = [];
  let sentenceStart = true;
  const flush = () => {
    while (run.length > 0 && JOINERS.has(run.at(-1)!)) run.pop();
    while (run.length > 1 && TITLES.has(run[0]!)) run.shift();
    if (run.length > 1) {
      out.add(run.join(' '));
      // "Xi Jinping of China" also names "Jinping" and "China" on their own.
      let part: string[] = [];
      for (const w of [...run, 'of']) {
        if (JOINERS.has(w)) {
          if (part.length > 0) out.add(part.at(-1)!);
          part = [];
        } else part.push(w);
      }
    } else if (run.length === 1 && !isStopWord(run[0]!) && !NOT_NAMES.has(run[0]!)) out.add(run[0]!);
    run = [];
  };
  for (const raw of words) {
    if (out.size >= MAX_NAMES) break;
    const c0 = raw.charCodeAt(0);
    // Most words start with a lower-case ASCII letter or a digit: settle them without the regular expressions.
    if ((c0 >= 97 && c0 <= 122) || (c0 >= 48 && c0 <= 57)) {
      const last = raw.charCodeAt(raw.length - 1);
      if (run.length > 0 && JOINERS.has(raw)) run.push(raw);
      else flush();
      sentenceStart = last === 46 || last === 33 || last === 63;
      if (sentenceStart) flush();
      continue;
    }
    const word = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}.]+$/gu, '').replace(/['’]s$/u, '');
    const endsSentence = /[.!?]["'”’)]*$/u.test(raw) && !/^(?:\p{Lu}\.)+$/u.test(word);
    const bare = word.replace(/\.$/, '');
    if (
      bare.length > 1 &&
      /^\p{Lu}/u.test(bare) &&
      !(sentenceStart && run.length === 0 && isStopWord(bare.toLowerCase()))
    ) {
      run.push(bare.toLowerCase());
    } else if (run.length > 0 && JOINERS.has(bare)) run.push(bare);
    else flush();
    if (endsSentence) flush();
    sentenceStart = endsSentence || raw === '';
  }
  flush();
  return [...out].slice(0, MAX_NAMES);
}

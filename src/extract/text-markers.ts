import { cleanByline } from './byline.js';
import { AGENCIES, cleanCredit, splitCaptionCredit } from './credit.js';
import { findDate, MONTH_NAMES } from './dates.js';
import { isAltDescription } from './text-chrome.js';
import { wordCount } from './text-lines.js';

const BY_LEAD = /^(?:by|words by|written by|text by|story by|words and pictures by|reporting by)\s+\S/i;
// "By" in other languages, followed by a capitalised name: "Par Claire Martin", "Von Jan Roth".
const FOREIGN_BY =
  /^(?:[Pp]ar|[Vv]on|[Pp]or|[Dd]oor|[Dd]i|[Aa]v|[Aa]f)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}$/u;
// Blog post lines: "Posted on March 2, 2026 by Jenna Park".
const POSTED_BY = /^(?:posted|published|written)\b.*?\bby\s+(\p{Lu}.*)$/iu;

/**
 * A byline line: "By Jane Doe", "By Jane Doe | 27 November 2026", "Words by Jane Doe",
 * "Par Claire Martin", "Posted on March 2, 2026 by Jenna Park".
 */
export function readBylineLine(line: string): { byline: string | null; date: Date | null } | null {
  if (wordCount(line) > 18) return null;
  if (BY_LEAD.test(line) || FOREIGN_BY.test(line)) return { byline: cleanByline(line), date: findDate(line) };
  const posted = POSTED_BY.exec(line);
  const date = posted ? findDate(line) : null;
  if (posted && date) return { byline: cleanByline(posted[1]), date };
  return null;
}

const FILLER_WORDS = [
  ...'published updated last first modified posted on at date mon tue wed thu fri sat sun monday tuesday wednesday thursday friday saturday sunday gmt utc bst cet cest est edt pst pdt am pm a.m. p.m. min mins minute minutes read'.split(
    ' ',
  ),
  // French, German, Spanish, Italian, Portuguese and Dutch: "Publié le … à", "Veröffentlicht am … Uhr".
  ...'publié publiée mis à jour le la lundi mardi mercredi jeudi vendredi samedi dimanche veröffentlicht aktualisiert am um uhr publicado actualizado el de a las pubblicato aggiornato il alle atualizado em às gepubliceerd bijgewerkt op om'.split(
    ' ',
  ),
  ...MONTH_NAMES,
];
const DATE_FILLER = new RegExp(
  `(?<![\\p{L}])(?:${FILLER_WORDS.map((w) => w.replace(/\./g, '\\.')).join('|')})\\.?(?![\\p{L}])`,
  'giu',
);
const UPDATED =
  /(?<![\p{L}])(?:updated|modified|mis à jour|aktualisiert|actualizado|aggiornato|atualizado|bijgewerkt)(?![\p{L}])/iu;

/** A line that is only a date ("Published 12 March 2026", "Mon 23 Nov 2026 14.05 GMT"). */
export function readDateLine(line: string): { date: Date; updated: boolean } | null {
  if (wordCount(line) > 14) return null;
  const date = findDate(line);
  if (!date) return null;
  const residue = line
    .replace(/\d{1,2}h\d{2}/g, ' ')
    .replace(DATE_FILLER, ' ')
    .replace(/[\d\s,.:;|•·/()–—-]+/g, ' ')
    .trim();
  if (wordCount(residue) > 2) return null;
  return { date, updated: UPDATED.test(line) };
}

const LABEL_LINE =
  /^[([]?\s*(?:(?:main |lead |top |header )?(?:image|photo|picture|illustration)s? credits?|credits?|photo(?:graph|graphs|graphy|s)?|image|picture|pic|illustration|artwork)\s*(?::|by\b)/i;
const LABEL_ANYWHERE =
  /(?:^|[\s([])(?:photo(?:graph|graphy|s)?|image|picture|pic|illustration|credit)s?(?: credit)?\s*(?::|by\b)/i;

function allCapitalised(line: string): boolean {
  return line
    .replace(/[.)\]]+$/, '')
    .split(/\s+/)
    .every((w) => /^[\p{Lu}\p{N}©(/[]/u.test(w) || /^(?:via|and|for|of|\/)$/i.test(w));
}

function nameLike(credit: string): boolean {
  if (wordCount(credit) > 10) return false;
  return /^[\p{Lu}\p{N}©]/u.test(credit) || AGENCIES.test(credit);
}

/**
 * A line that carries an image credit, alone ("Image credit: Jane Doe/Agency", "Getty Images",
 * "(Image: Reuters)") or after its caption ("Dockers at work. Photograph: Jane Doe/Reuters").
 * Returns the caption part (if any) and the credit without its label.
 */
export function readCreditLine(line: string): { caption: string | null; credit: string } | null {
  const words = wordCount(line);
  if (words > 70) return null;
  if (LABEL_LINE.test(line) && words <= 16) {
    if (isAltDescription(line)) return null;
    const credit = cleanCredit(line);
    return credit && nameLike(credit) ? { caption: null, credit } : null;
  }
  if (/^©\s*\p{Lu}/u.test(line) && words <= 8 && !/\b(?:19|20)\d{2}\b|rights reserved/i.test(line)) {
    const credit = cleanCredit(line);
    return credit ? { caption: null, credit } : null;
  }
  if (words <= 8 && AGENCIES.test(line) && allCapitalised(line)) {
    const credit = cleanCredit(line);
    if (credit && nameLike(credit)) return { caption: null, credit };
  }
  const split = splitCaptionCredit(line);
  if (!split.credit || !split.caption || !nameLike(split.credit)) return null;
  const labelled = LABEL_ANYWHERE.test(line.slice(split.caption.length));
  if (!labelled && !AGENCIES.test(split.credit)) return null;
  return { caption: split.caption, credit: split.credit };
}

/** A URL line pointing at an image file. */
export function readImageUrlLine(line: string): string | null {
  const m = /^<?(https?:\/\/\S+\.(?:jpe?g|png|gif|webp|avif)(?:\?\S*)?)>?$/i.exec(line.trim());
  return m ? m[1]! : null;
}

const TAGS_LINE =
  /^(?:tags|tagged(?: with)?|topics|keywords|mots-clés|schlagwörter|themen|etiquetas|temas)\s*:\s*(.+)$/iu;

/** A "Tags: compost, soil, lazy gardening" line: the tags, or null. */
export function readTagsLine(line: string): string[] | null {
  if (line.length > 300) return null;
  const m = TAGS_LINE.exec(line);
  if (!m) return null;
  const tags = m[1]!
    .split(/\s*[,;|•·]\s*/)
    .map((t) => t.trim())
    .filter((t) => t !== '' && t.length <= 60);
  return tags.length > 0 ? tags : null;
}

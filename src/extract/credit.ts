/** Picture agencies and wire services whose names mark a credit line. */
export const AGENCIES =
  /\b(?:Getty(?:\s+Images)?|Reuters|AFP|AP(?:\s+Photo)?|Associated Press|EPA(?:-EFE)?|Shutterstock|Alamy|PA(?:\s+(?:Images|Wire|Media))?|Bloomberg|Xinhua|dpa|Anadolu(?:\s+Agency)?|NurPhoto|SOPA Images|Sipa|iStock(?:photo)?|Corbis|Magnum(?:\s+Photos)?|Panos|Redux|Unsplash|Wikimedia Commons|TASS|Sputnik|Kyodo|Yonhap|ANSA|EFE|Imago|Zuma(?:\s+Press)?|LightRocket|Wirepress)\b/;

const LABEL =
  '(?:photo(?:graph|graphy|s)?(?:\\s+credit)?|image(?:s)?(?:\\s+credit)?|picture(?:s)?|pic|credit(?:s)?|illustration|artwork|video|foto|bild|bildquelle|quelle|fuente|crédit(?:s)?|crédito|image courtesy|courtesy(?:\\s+of)?)';
// "Image source, Getty Images": the screen-reader label some sites print before a credit.
const SOURCE_LABEL = '(?:image|picture|photo|video)\\s+source\\s*[,:]';
const LEADING_LABEL = new RegExp(
  `^\\s*[([]?\\s*(?:${SOURCE_LABEL}|${LABEL}\\s*(?::|by\\b)|${LABEL}\\s+by\\b|©|\\(c\\)|copyright\\b)\\s*`,
  'i',
);
// A label left dangling at the end of a caption once its credit was cut out ("… Foto:").
const DANGLING_LABEL = new RegExp(
  `[\\s|–—-]*[([]?\\s*(?:${LABEL}\\s*(?::|by)|©|\\(c\\))\\s*[)\\]]?\\s*$`,
  'i',
);
// The screen-reader label some sites print before a caption ("Image caption, …").
const CAPTION_LABEL = /^\s*(?:image|picture|photo|video)\s+caption\s*[,:]\s*/i;

/** A caption without a dangling credit label at its end or a screen-reader label at its start. */
export function tidyCaptionLabels(caption: string): string {
  return caption.replace(CAPTION_LABEL, '').replace(DANGLING_LABEL, '').trim();
}

const LABELLED_TAIL = new RegExp(
  `(?:^|(?<=[.!?"”’)])\\s+|\\s+[|–—-]\\s+|\\s+)[([]?\\s*((?:${LABEL})\\s*(?::|by\\b)\\s*[^)\\]]+?)[)\\]]?\\s*\\.?$`,
  'i',
);
const BRACKETED_TAIL = /\s*[([]\s*([^()[\]]{2,120})\s*[)\]]\s*\.?$/;
const COPYRIGHT_TAIL = /\s*(?:©|\(c\)\s)\s*([^©]{2,120})$/i;
const NAME_SLASH_ORG_TAIL =
  /(?:^|\s)((?:[\p{Lu}][\p{L}'.-]*\s+){0,3}[\p{Lu}][\p{L}'.-]*\s*\/\s*[\p{Lu}][\p{L}&'.-]*(?:\s+(?:via\s+)?[\p{Lu}][\p{L}&'.-]*){0,4})\.?$/u;

/** Strip a credit's label and brackets: "(Photo: Jane Doe/Reuters)." → "Jane Doe/Reuters". */
export function cleanCredit(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 3; i++) {
    const before = s;
    s = s.replace(LEADING_LABEL, '').replace(/^[([]\s*|\s*[)\]]\.?$/g, '');
    if (s === before) break;
  }
  s = s.replace(/[\s.;,|]+$/, '').trim();
  return s === '' ? null : s;
}

function tidyCaption(text: string): string | null {
  const s = text.replace(/\s*[|–—-]\s*$/, '').trim();
  return s === '' ? null : s;
}

function looksLikeCredit(text: string): boolean {
  const words = text.split(/\s+/).length;
  return words <= 12 && (AGENCIES.test(text) || /\S\s*\/\s*\S/.test(text) || /^(?:©|\(c\))/i.test(text));
}

/**
 * Split a caption that carries its credit: "Crowds at the port. Photo: Jane Doe/Reuters",
 * "… (Photo by Jane Doe)", "… © Jane Doe", "… Jane Doe/Getty Images". Returns the caption
 * without the credit and the credit without its label.
 */
export function splitCaptionCredit(text: string | null | undefined): {
  caption: string | null;
  credit: string | null;
} {
  if (!text) return { caption: null, credit: null };
  const s = text.replace(/\s+/g, ' ').trim().slice(0, 1000);
  if (s === '') return { caption: null, credit: null };

  if (LEADING_LABEL.test(s) && s.split(' ').length <= 14) return { caption: null, credit: cleanCredit(s) };

  const labelled = LABELLED_TAIL.exec(s);
  if (labelled?.[1]) {
    return { caption: tidyCaption(s.slice(0, labelled.index)), credit: cleanCredit(labelled[1]) };
  }
  const bracketed = BRACKETED_TAIL.exec(s);
  if (bracketed?.[1] && looksLikeCredit(bracketed[1])) {
    return { caption: tidyCaption(s.slice(0, bracketed.index)), credit: cleanCredit(bracketed[1]) };
  }
  const copyright = COPYRIGHT_TAIL.exec(s);
  if (copyright?.[1]) {
    return { caption: tidyCaption(s.slice(0, copyright.index)), credit: cleanCredit(copyright[1]) };
  }
  // Last sentence is a bare credit: "Dockers at work. Jane Doe/Getty Images".
  const sentences = s.split(/(?<=[.!?"”])\s+(?=[\p{Lu}(])/u);
  if (sentences.length > 1) {
    const last = sentences[sentences.length - 1]!;
    if (looksLikeCredit(last) && last.split(' ').length <= 8) {
      return { caption: tidyCaption(sentences.slice(0, -1).join(' ')), credit: cleanCredit(last) };
    }
  }
  const slash = NAME_SLASH_ORG_TAIL.exec(s);
  if (slash?.[1] && slash.index > 0) {
    return { caption: tidyCaption(s.slice(0, slash.index)), credit: cleanCredit(slash[1]) };
  }
  if (looksLikeCredit(s) && s.split(' ').length <= 6) return { caption: null, credit: cleanCredit(s) };
  return { caption: s, credit: null };
}

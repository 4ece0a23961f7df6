// Windows-1252 assigns these characters to bytes 0x80–0x9F; the rest of that range maps to itself.
const CP1252_HIGH: Record<string, number> = {
  '€': 0x80,
  '‚': 0x82,
  ƒ: 0x83,
  '„': 0x84,
  '…': 0x85,
  '†': 0x86,
  '‡': 0x87,
  ˆ: 0x88,
  '‰': 0x89,
  Š: 0x8a,
  '‹': 0x8b,
  Œ: 0x8c,
  Ž: 0x8e,
  '‘': 0x91,
  '’': 0x92,
  '“': 0x93,
  '”': 0x94,
  '•': 0x95,
  '–': 0x96,
  '—': 0x97,
  '˜': 0x98,
  '™': 0x99,
  š: 0x9a,
  '›': 0x9b,
  œ: 0x9c,
  ž: 0x9e,
  Ÿ: 0x9f,
};

// UTF-8 lead byte (as Latin-1/1252 text) followed by a continuation byte: "Ã©", "â€™", "Ã¼".
const SIGNATURE =
  /[\u00c2-\u00f4][\u0080-\u00bf\u20ac\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u017d\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u017e\u0178]/g;

const MAX_REPAIR_CHARS = 5_000_000;

/**
 * Undo the classic wrong-encoding damage: UTF-8 bytes that were decoded as Windows-1252 or
 * Latin-1 ("CafÃ© â€“ dÃ©jÃ  vu" → "Café – déjà vu"). Text is returned unchanged unless it shows
 * the damage pattern and re-decoding yields valid UTF-8 with the pattern gone.
 */
export function repairMojibake(text: string): string {
  if (text.length > MAX_REPAIR_CHARS) return text;
  const hits = text.match(SIGNATURE)?.length ?? 0;
  if (hits < 2) return text;
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 0xff) {
      bytes[i] = c;
      continue;
    }
    const mapped = CP1252_HIGH[text[i]!];
    if (mapped === undefined) return text; // a character Windows-1252 cannot hold: not this damage
    bytes[i] = mapped;
  }
  let repaired: string;
  try {
    repaired = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return text;
  }
  const left = repaired.match(SIGNATURE)?.length ?? 0;
  return left < hits ? repaired : text;
}

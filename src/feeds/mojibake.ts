/** Characters windows-1252 puts at bytes 0x80–0x9F, by byte. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

const CONTINUATION = `[\\u0080-\\u00bf${CP1252_HIGH.replace(/[\u0080-\u009f]/g, '')}]`;
/**
 * The shapes double encoding takes in practice: "Ã©"/"Â " for Latin-1 characters, "â€™" for punctuation
 * and "ðŸ˜€" for emoji. Other lead bytes are left alone because they are ordinary letters (é, ß, Ð) that
 * legitimately sit next to symbols such as « » and no-break spaces.
 */
const SUSPECT = new RegExp(
  `[\\u00c2\\u00c3]${CONTINUATION}|\\u00e2${CONTINUATION}{2}|\\u00f0${CONTINUATION}{3}`,
  'g',
);

const strict = new TextDecoder('utf-8', { fatal: true });

/**
 * Undo UTF-8 that was decoded as windows-1252 and encoded again ("â€™" for "’"), a common fault of
 * blog software. A run is replaced only when its bytes form one valid UTF-8 character.
 */
export function repairDoubleEncoding(text: string): string {
  if (!/[\u00c2\u00c3\u00e2\u00f0]/.test(text)) return text;
  return text.replace(SUSPECT, (run) => {
    const bytes = new Uint8Array(run.length);
    for (let i = 0; i < run.length; i++) {
      const code = run.charCodeAt(i);
      const high = CP1252_HIGH.indexOf(run[i]!);
      bytes[i] = code < 0x100 ? code : 0x80 + high;
    }
    try {
      return strict.decode(bytes);
    } catch {
      return run;
    }
  });
}

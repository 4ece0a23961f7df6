// Frequent short words of each language. Counting them tells the common Western European news
// languages apart on a few sentences; pages in other scripts are left undecided.
const STOPWORDS: Record<string, string> = {
  en: 'the and of to in is that for it was on with he she they said at by from his her have has this were are not but which who will',
  fr: 'le la les des et est une dans que qui pour pas sur par au aux du avec il elle ont été sont plus ce cette mais à',
  de: 'der die das und ist nicht ein eine zu den mit sich auf für von dem des im auch es sie wird wurde hat sind bei nach aus oder',
  es: 'el los las del y que en un una por con para es se su al lo como más pero sus fue ha han este esta',
  it: 'il lo gli della di che e un una per con non sono nel alla delle dei del anche più è ha come ma',
  pt: 'o os as do da dos das e que em um uma para com não no na por mais foi ao se são pelo pela',
  nl: 'de het een en van is dat op niet met voor zijn die te aan er ook als bij door om wordt werd naar',
};

const SETS = Object.entries(STOPWORDS).map(([lang, words]) => [lang, new Set(words.split(' '))] as const);
const SAMPLE_WORDS = 1500;

/**
 * Guess the language of a text from its function words: a BCP 47 primary tag ("en", "fr") or
 * null when the text is short, in another script, or too close to call.
 */
export function guessLanguage(text: string): string | null {
  const words =
    text
      .slice(0, 20_000)
      .toLowerCase()
      .match(/\p{L}+/gu)
      ?.slice(0, SAMPLE_WORDS) ?? [];
  if (words.length < 20) return null;
  const scores = SETS.map(([lang, set]) => {
    let n = 0;
    for (const w of words) if (set.has(w)) n++;
    return { lang, n };
  }).sort((a, b) => b.n - a.n);
  const [first, second] = scores;
  if (!first || first.n < Math.max(5, words.length * 0.12)) return null;
  return second && first.n < second.n * 1.3 ? null : first.lang;
}

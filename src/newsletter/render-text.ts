import type { LetterContent, LetterItem } from './letter-content.js';
import { PERSONAL } from './types.js';

const WIDTH = 72;

/** The plain-text part: the same letter with every link written out in full. */
export function renderText(letter: LetterContent): string {
  const out: string[] = [
    `${letter.title.toUpperCase()} · Multipolar · ${letter.date}`,
    `Read it on the web: ${letter.webUrl}`,
    '',
    PERSONAL.greeting,
    '',
    ...wrap(letter.intro),
    '',
  ];
  if (letter.items.length === 0) out.push(...wrap(letter.empty), '');
  letter.items.forEach((item, i) => {
    out.push(...itemLines(item, i + 1), '');
  });
  out.push(
    '-- ',
    `You receive this because you subscribed to ${letter.title} from Multipolar (${letter.siteUrl}/).`,
    `Change your letters: ${PERSONAL.preferencesUrl}`,
    `Unsubscribe: ${PERSONAL.unsubscribeUrl}`,
    `Past issues: ${letter.siteUrl}/letters`,
    '',
  );
  return out.join('\n');
}

function itemLines(item: LetterItem, n: number): string[] {
  const lines = [...wrap(`${n}. ${item.headline}`), '='.repeat(Math.min(WIDTH, item.headline.length + 3))];
  if (item.note) lines.push(...wrap(item.note));
  for (const fact of item.facts) lines.push(...wrap(fact, '  * ', '    '));
  for (const p of item.perspectives) {
    lines.push(...wrap(`${p.label} (${p.outlets.join(', ')})`, '  '));
    if (p.quote)
      lines.push(...wrap(`“${p.quote.text}” — ${p.quote.speaker}, via ${p.quote.outlet}`, '    ', '    '));
  }
  if (item.image) lines.push(`  [Image: ${item.image.alt} (${item.image.credit})]`);
  lines.push(`  The whole story: ${item.url}`);
  return lines;
}

/** Wrap at WIDTH on spaces; a word longer than the line (a URL) stays whole. */
function wrap(text: string, first = '', rest = first): string[] {
  const lines: string[] = [];
  let line = first;
  let fresh = true;
  for (const word of text.replace(/\s+/g, ' ').trim().split(' ')) {
    if (!fresh && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = rest + word;
    } else line += (fresh ? '' : ' ') + word;
    fresh = false;
  }
  lines.push(line);
  return lines;
}

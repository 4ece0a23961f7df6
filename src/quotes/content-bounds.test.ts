import { describe, expect, it } from 'vitest';
import { quotesOf } from './test-helpers.js';

describe('content after "and" following a verb of speech', () => {
  it('goes on through "and wanted" or "and thought"', () => {
    const found = quotesOf('Lena Park said she was tired of the delays and wanted a new ferry schedule.');
    expect(found.map((q) => [q.cueText, q.text])).toEqual([
      ['said', 'she was tired of the delays and wanted a new ferry schedule'],
    ]);
  });

  it('still ends at "and added" or "and vowed"', () => {
    const found = quotesOf('Lena Park said the ferry was late and vowed to fix the schedule.');
    expect(found.map((q) => q.cueText)).toEqual(['said', 'vowed']);
  });

  it('reads past the comma of a clause fronted after "that"', () => {
    const found = quotesOf('Lena Park said that while she opposed the levy, she would support the bond.');
    expect(found.map((q) => q.cueText)).toEqual(['said']);
    expect(found[0]?.text).toContain('she would support the bond');
  });
});

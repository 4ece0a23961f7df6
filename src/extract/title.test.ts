import { describe, expect, it } from 'vitest';
import { stripSiteName } from './title.js';

describe('stripSiteName', () => {
  it('removes a known site name after or before a separator', () => {
    expect(stripSiteName('Harbour strike deepens | The Daily', 'The Daily')).toBe('Harbour strike deepens');
    expect(stripSiteName('Harbour strike deepens - Daily', 'The Daily')).toBe('Harbour strike deepens');
    expect(stripSiteName('The Daily | Harbour strike deepens', 'The Daily')).toBe('Harbour strike deepens');
  });

  it('guesses a short trailing site name only when allowed', () => {
    expect(stripSiteName('Counting swifts on the estuary – Field Notes', null)).toBe(
      'Counting swifts on the estuary',
    );
    expect(stripSiteName('Counting swifts on the estuary – Field Notes', null, false)).toBe(
      'Counting swifts on the estuary – Field Notes',
    );
  });

  it('leaves headlines with colons and dashes alone', () => {
    expect(stripSiteName('Inflation: what it means for your rent', null)).toBe(
      'Inflation: what it means for your rent',
    );
    expect(stripSiteName('Ukraine war: latest', null)).toBe('Ukraine war: latest');
  });
});

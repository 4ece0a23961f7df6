import { describe, expect, it } from 'vitest';
import { cleanCredit, splitCaptionCredit } from './credit.js';

describe('splitCaptionCredit', () => {
  it('splits labelled credits after the caption', () => {
    expect(splitCaptionCredit('Crowds at the port. Photo: Jane Doe/Reuters')).toEqual({
      caption: 'Crowds at the port.',
      credit: 'Jane Doe/Reuters',
    });
    expect(splitCaptionCredit('Crowds at the port. Photograph: Jane Doe')).toEqual({
      caption: 'Crowds at the port.',
      credit: 'Jane Doe',
    });
    expect(splitCaptionCredit('Crowds at the port | Image credit: Jane Doe')).toEqual({
      caption: 'Crowds at the port',
      credit: 'Jane Doe',
    });
  });

  it('splits bracketed credits', () => {
    expect(splitCaptionCredit('Swifts at dusk. (Photo by Ed Marsh)')).toEqual({
      caption: 'Swifts at dusk.',
      credit: 'Ed Marsh',
    });
    expect(splitCaptionCredit('Workers at the gate. (AP Photo/Kai Moreno)')).toEqual({
      caption: 'Workers at the gate.',
      credit: 'AP Photo/Kai Moreno',
    });
    expect(splitCaptionCredit('The mayor speaks (Image: Reuters)')).toEqual({
      caption: 'The mayor speaks',
      credit: 'Reuters',
    });
  });

  it('splits agency credits with no label', () => {
    expect(splitCaptionCredit('Protesters gather in the square. John Smith/Getty Images')).toEqual({
      caption: 'Protesters gather in the square.',
      credit: 'John Smith/Getty Images',
    });
    expect(splitCaptionCredit('Protesters gather in the square John Smith / Getty Images')).toEqual({
      caption: 'Protesters gather in the square',
      credit: 'John Smith / Getty Images',
    });
    expect(splitCaptionCredit('The harbour at night. © Lena Fisk')).toEqual({
      caption: 'The harbour at night.',
      credit: 'Lena Fisk',
    });
  });

  it('treats a bare credit as credit only and plain captions as caption only', () => {
    expect(splitCaptionCredit('Credit: Lena Fisk')).toEqual({ caption: null, credit: 'Lena Fisk' });
    expect(splitCaptionCredit('AFP via Getty Images')).toEqual({
      caption: null,
      credit: 'AFP via Getty Images',
    });
    expect(splitCaptionCredit('The harbour at night, seen from the lighthouse.')).toEqual({
      caption: 'The harbour at night, seen from the lighthouse.',
      credit: null,
    });
    expect(splitCaptionCredit('')).toEqual({ caption: null, credit: null });
  });
});

describe('cleanCredit', () => {
  it('removes labels, brackets and trailing punctuation', () => {
    expect(cleanCredit('(Photo: Jane Doe/Reuters).')).toBe('Jane Doe/Reuters');
    expect(cleanCredit('Image credit: Tomas Lind')).toBe('Tomas Lind');
    expect(cleanCredit('© Harbour Press')).toBe('Harbour Press');
    expect(cleanCredit('  ')).toBeNull();
  });
});

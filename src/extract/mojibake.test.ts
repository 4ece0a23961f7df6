import { describe, expect, it } from 'vitest';
import { repairMojibake } from './mojibake.js';

const asWindows1252 = (s: string) => new TextDecoder('windows-1252').decode(Buffer.from(s, 'utf8'));

describe('repairMojibake', () => {
  it('restores UTF-8 text that was decoded as Windows-1252', () => {
    const original = 'Café déjà vu – the “quick” fox’s tale';
    const damaged = asWindows1252(original);
    expect(damaged).not.toBe(original);
    expect(repairMojibake(damaged)).toBe(original);
  });

  it('leaves correct text alone, including genuine Latin-1 letters', () => {
    expect(repairMojibake('Café déjà vu')).toBe('Café déjà vu');
    expect(repairMojibake('NÃO é possível — São Paulo')).toBe('NÃO é possível — São Paulo');
    expect(repairMojibake('Plain ASCII text.')).toBe('Plain ASCII text.');
  });

  it('leaves text alone when re-decoding would not give valid UTF-8', () => {
    const mixed = `${asWindows1252('déjà vu, déjà vu')} and a real é`;
    expect(repairMojibake(mixed)).toBe(mixed);
  });
});

import { describe, expect, it } from 'vitest';
import {
  copyrightOwner,
  isChromeLine,
  isListHeading,
  isMenuItem,
  isPointerLine,
  startsPromo,
} from './text-chrome.js';
import { readCreditLine, readDateLine } from './text-markers.js';

describe('plain-text line classification', () => {
  it('recognises one-line furniture', () => {
    for (const line of [
      'Advertisement',
      'Share',
      'Share on Facebook',
      'Facebook Twitter LinkedIn Email',
      'Copy link',
      'https://example.org/some/page',
      'We use cookies to improve your experience. By continuing you agree to our cookie policy.',
      'Accept all cookies',
      'Skip to main content',
      '© 2026 The Daily. All rights reserved.',
      'Image: a woman walks past a shuttered shop on the high street',
      'Story continues below advertisement',
      '5 min read',
    ]) {
      expect(isChromeLine(line), line).toBe(true);
    }
  });

  it('does not mistake sentences about the same topics for furniture', () => {
    for (const line of [
      'Shares in the company fell 4% after the announcement.',
      'The bakery shares its kitchen with a cookie maker who supplies cafes across the city.',
      'Advertisement revenue at the paper fell by a third last year, the owners said.',
      '"Share the load," she told the volunteers.',
    ]) {
      expect(isChromeLine(line), line).toBe(false);
    }
  });

  it('spots newsletter pitches but not sentences that mention a newsletter', () => {
    expect(startsPromo('Sign up for our newsletter')).toBe(true);
    expect(startsPromo('Get our best essays delivered to your inbox every Sunday.')).toBe(true);
    expect(startsPromo('Subscribe')).toBe(true);
    expect(startsPromo('The union newsletter urged members to stay out until the vote.')).toBe(false);
  });

  it('spots story lists, pointers and menu items', () => {
    expect(isListHeading('Explore more')).toBe(true);
    expect(isListHeading('More from The Quarterly Review')).toBe(true);
    expect(isListHeading('Explore more of the coast this summer by train.')).toBe(false);
    expect(isPointerLine('Read more: Shipping lines divert cargo as strike bites')).toBe(true);
    expect(isMenuItem("What's On")).toBe(true);
    expect(isMenuItem('It rained.')).toBe(false);
  });

  it('reads credits with and without captions, and rejects prose', () => {
    expect(readCreditLine('Image credit: Tomas Lind/Northlight Images')).toEqual({
      caption: null,
      credit: 'Tomas Lind/Northlight Images',
    });
    expect(readCreditLine('Getty Images')).toEqual({ caption: null, credit: 'Getty Images' });
    expect(readCreditLine('(Image: Reuters)')).toEqual({ caption: null, credit: 'Reuters' });
    expect(readCreditLine('Crowds wait at the gate. Photograph: Ana Belić/Reuters')).toEqual({
      caption: 'Crowds wait at the gate.',
      credit: 'Ana Belić/Reuters',
    });
    expect(readCreditLine('He showed me a photograph by his grandfather.')).toBeNull();
    expect(readCreditLine('Reuters reported the fire on Tuesday.')).toBeNull();
  });

  it('reads date lines but not sentences containing dates', () => {
    expect(readDateLine('Published 12 March 2026')?.date.toISOString()).toBe('2026-03-12T00:00:00.000Z');
    expect(readDateLine('Last modified on Mon 23 Nov 2026 16.20 GMT')?.updated).toBe(true);
    expect(readDateLine('The council first met on 12 March 2026 to discuss the tram.')).toBeNull();
  });

  it('reads the owner from a copyright footer', () => {
    expect(copyrightOwner('Copyright © 2026 Riverside Evening Post')).toBe('Riverside Evening Post');
    expect(copyrightOwner('Just a line')).toBeNull();
  });
});

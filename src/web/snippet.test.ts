import { describe, expect, it } from 'vitest';
import { highlightSnippet } from './snippet.js';
import { SNIPPET_MARK_END as E, SNIPPET_MARK_START as S } from '../storage/index.js';

describe('highlightSnippet', () => {
  it('escapes the snippet text and turns only the storage marks into <mark>', () => {
    expect(highlightSnippet(`a <b> ${S}word${E} & more`).value).toBe(
      'a &lt;b&gt; <mark>word</mark> &amp; more',
    );
  });

  it('keeps the marks balanced when the snippet has stray or doubled marks', () => {
    expect(highlightSnippet(`${E}x ${S}${S}y`).value).toBe('x <mark>y</mark>');
  });
});

import { describe, expect, it } from 'vitest';
import { MALFORMED_FEED } from './broken.js';
import { xmlProblems } from './xml-check.js';

describe('xmlProblems', () => {
  it('accepts self-closing tags, CDATA and declared entities', () => {
    expect(
      xmlProblems('<?xml version="1.0"?><a k="1 &amp; 2"><b/><c>&lt;&#39;<![CDATA[<p>&nbsp;]]></c></a>'),
    ).toEqual([]);
  });

  it('reports unclosed and mis-nested elements', () => {
    expect(xmlProblems('<a><b></a>')).toHaveLength(1);
    expect(xmlProblems('<a><b>')).toHaveLength(2);
  });

  it('reports bare ampersands, HTML entities and raw angle brackets', () => {
    expect(xmlProblems('<a>x & y</a>')).toHaveLength(1);
    expect(xmlProblems('<a>&nbsp;</a>')).toHaveLength(1);
    expect(xmlProblems('<a>1 < 2</a>')).toHaveLength(1);
  });

  it('reports a second root element', () => {
    expect(xmlProblems('<a/><b/>')).toEqual(['expected one root element, found 2']);
  });

  it('finds the malformed demo feed malformed', () => {
    expect(xmlProblems(MALFORMED_FEED).length).toBeGreaterThan(3);
  });
});

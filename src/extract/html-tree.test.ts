import { describe, expect, it } from 'vitest';
import { type HtmlElement, parseHtml } from './html-tree.js';
import { MAX_DEPTH } from './limits.js';
import { descendants, findFirst, textOf } from './tree-query.js';

const tags = (root: HtmlElement) => descendants(root).map((el) => el.tag);

describe('parseHtml', () => {
  it('closes an open <p> when a block starts, and <li> at the next <li>', () => {
    const root = parseHtml('<p>one<div>two</div><ul><li>a<li>b</ul>');
    const div = findFirst(root, (el) => el.tag === 'div')!;
    expect(div.parent?.tag).toBe('#root');
    const ul = findFirst(root, (el) => el.tag === 'ul')!;
    expect(ul.children.map((c) => (c.kind === 'element' ? c.tag : 'text'))).toEqual(['li', 'li']);
  });

  it('decodes entities in text and attributes and lower-cases names', () => {
    const root = parseHtml(
      '<A HREF="/a?x=1&amp;y=2" Title="&quot;q&quot;">caf&eacute; &#8211; &lt;b&gt;</A>',
    );
    const a = findFirst(root, (el) => el.tag === 'a')!;
    expect(a.attrs.href).toBe('/a?x=1&y=2');
    expect(a.attrs.title).toBe('"q"');
    expect(textOf(a)).toBe('café – <b>');
  });

  it('treats void elements as empty and keeps script text raw', () => {
    const root = parseHtml('<p>a<br>b<img src=x>c</p><script>if (a < b) { x = "</p>"; }</script>');
    const p = findFirst(root, (el) => el.tag === 'p')!;
    expect(p.children).toHaveLength(5);
    const script = findFirst(root, (el) => el.tag === 'script')!;
    expect(script.children[0]).toMatchObject({ kind: 'text', text: 'if (a < b) { x = "</p>"; }' });
  });

  it('ignores stray close tags', () => {
    const root = parseHtml('<div>one</span></b>two</div>three');
    expect(tags(root)).toEqual(['div']);
    expect(textOf(root)).toBe('onetwothree');
  });

  it('flattens nesting deeper than the cap but keeps the text', () => {
    const depth = MAX_DEPTH + 500;
    const root = parseHtml(`${'<div>'.repeat(depth)}deep text${'</div>'.repeat(depth)}after`);
    let max = 0;
    for (const el of descendants(root)) {
      let d = 0;
      for (let cur = el.parent; cur; cur = cur.parent) d++;
      max = Math.max(max, d);
    }
    expect(max).toBeLessThanOrEqual(MAX_DEPTH + 1);
    expect(textOf(root)).toBe('deep textafter');
  });

  it('stores attributes without a prototype, so odd names are harmless', () => {
    const root = parseHtml('<p __proto__="x" constructor="y" hasOwnProperty="z">t</p>');
    const p = findFirst(root, (el) => el.tag === 'p')!;
    expect(p.attrs.constructor).toBe('y');
    expect(p.attrs.hasownproperty).toBe('z');
    expect(Object.getPrototypeOf(p.attrs)).toBeNull();
  });
});

// The XML view's search (search.ts) and folding (folding.ts) without a browser: which matches a query finds, which
// match comes next, which lines get a fold marker and what folding an element hides.

import { describe, expect, it } from 'vitest';
import { findMatches, nextMatch } from '../../src/ui/preview/search.ts';
import { EditorState } from '@codemirror/state';
import { foldAt, foldRange, foldableLine } from '../../src/ui/preview/folding.ts';
import { sourceTree, type SourceElement } from '../../src/xml/layout/source-tree.ts';

describe('findMatches', () => {
  it('finds every match, case-insensitive, not overlapping, up to the limit', () => {
    expect(findMatches('Enable enable ENABLE', 'enable')).toEqual([
      { from: 0, to: 6 },
      { from: 7, to: 13 },
      { from: 14, to: 20 },
    ]);
    expect(findMatches('aaaa', 'aa')).toEqual([
      { from: 0, to: 2 },
      { from: 2, to: 4 },
    ]);
    expect(findMatches('abc', '')).toEqual([]);
    expect(findMatches('a a a a', 'a', 2)).toHaveLength(2);
  });

  it('keeps the positions of the text when lower-casing would change its length', () => {
    const text = 'İx Value="x"';
    for (const m of findMatches(text, 'x')) expect(text.slice(m.from, m.to)).toBe('x');
  });
});

describe('nextMatch', () => {
  const ms = [
    { from: 2, to: 3 },
    { from: 10, to: 11 },
  ];
  it('is the first at or after the position, wrapping; backwards the last before it', () => {
    expect(nextMatch(ms, 0, false)).toBe(0);
    expect(nextMatch(ms, 3, false)).toBe(1);
    expect(nextMatch(ms, 11, false)).toBe(0);
    expect(nextMatch(ms, 10, true)).toBe(0);
    expect(nextMatch(ms, 2, true)).toBe(1);
    expect(nextMatch([], 0, false)).toBe(-1);
  });
});

describe('folding', () => {
  it('marks lines that start an element or comment continuing below', () => {
    expect(foldableLine('  <Variant Name="x">')).toBe(true);
    expect(foldableLine('  <Setting Name="x" Value="1" />')).toBe(false);
    expect(foldableLine('  <Id>x</Id>')).toBe(false);
    expect(foldableLine('  </Variant>')).toBe(false);
    expect(foldableLine('  <!-- a')).toBe(true);
    expect(foldableLine('  <!-- a -->')).toBe(false);
    expect(foldableLine('  <Setting Name="x"')).toBe(true);
  });

  it('folds an element\'s content, a multi-line start tag\'s attributes and a comment\'s text', () => {
    const text = '<A>\n  <B\n    X="1" />\n  <!--\n  c\n  -->\n</A>';
    const tree = sourceTree(text)!;
    const a = tree.root;
    expect(text.slice(foldRange(a)!.from, foldRange(a)!.to)).toBe(text.slice(3, text.indexOf('</A>')));
    const b = a.children.find((n): n is SourceElement => n.kind === 'element')!;
    expect(text.slice(foldRange(b)!.from, foldRange(b)!.to)).toBe('\n    X="1" ');
    const comment = a.children.find((n) => n.kind === 'comment')!;
    expect(text.slice(foldRange(comment)!.from, foldRange(comment)!.to)).toBe('\n  c\n  ');
  });

  it('folds what a line starts, if it spans lines, but never the root element', () => {
    const text = '<?xml version="1.0"?>\n<A>\n  <B>\n    <C />\n  </B>\n  <D><E /></D>\n</A>\n';
    const tree = sourceTree(text)!;
    const state = EditorState.create({ doc: text });
    const at = (n: number) => {
      const l = state.doc.line(n);
      const r = foldAt(tree, state, l.from, l.to);
      return r && text.slice(r.from, r.to);
    };
    expect(at(2)).toBeNull(); // <A>: the root
    expect(at(3)).toBe('\n    <C />\n  '); // <B>
    expect(at(4)).toBeNull(); // <C />
    expect(at(6)).toBeNull(); // <D>…</D> on one line
    expect(foldAt(undefined, state, 0, 5)).toBeNull();
  });
});

import { describe, expect, it } from 'vitest';
import { createEmptyDocument } from '../../src/model/answer-file.ts';
import { asKey, type ImportKey } from '../../src/model/ids.ts';
import { addImport, importList, moveImport, removeImport, updateImportSource } from '../../src/model/imports.ts';
import type { AnswerFile } from '../../src/model/types.ts';

const ik = (s: string): ImportKey => asKey<'Import'>(s);
const sources = (doc: AnswerFile) => importList(doc).map((i) => i.source);

function fixture(): AnswerFile {
  let doc = createEmptyDocument();
  doc = addImport(doc, ik('a'), 'A.xml');
  doc = addImport(doc, ik('b'), 'B.xml');
  return addImport(doc, ik('c'), 'C.xml');
}

describe('imports', () => {
  it('addImport creates <Imports>, defaults Source to empty, and inserts at the index', () => {
    const empty = createEmptyDocument();
    expect(importList(empty)).toHaveLength(0);
    expect(addImport(empty, ik('x')).imports).toStrictEqual({ imports: [{ key: 'x', source: '' }] });
    const doc = fixture();
    const next = addImport(doc, ik('x'), '$(CurrentFileDir)\\x.xml', 1);
    expect(sources(next)).toEqual(['A.xml', '$(CurrentFileDir)\\x.xml', 'B.xml', 'C.xml']);
    expect(importList(next)[0]).toBe(importList(doc)[0]);
  });

  it('keeps the <Imports> trivia', () => {
    const doc: AnswerFile = { ...createEmptyDocument(), imports: { imports: [], before: [{ kind: 'comment', text: 'c' }] } };
    expect(addImport(doc, ik('x')).imports?.before).toBe(doc.imports?.before);
  });

  it('updateImportSource stores the source verbatim; same source is a no-op', () => {
    const doc = fixture();
    const next = updateImportSource(doc, ik('b'), ' D:\\b.xml ');
    expect(sources(next)).toEqual(['A.xml', ' D:\\b.xml ', 'C.xml']);
    expect(importList(next)[2]).toBe(importList(doc)[2]);
    expect(updateImportSource(doc, ik('b'), 'B.xml')).toBe(doc);
    expect(updateImportSource(doc, ik('nope'), 'x')).toBe(doc);
  });

  it('removeImport', () => {
    const doc = fixture();
    expect(sources(removeImport(doc, ik('a')))).toEqual(['B.xml', 'C.xml']);
    expect(removeImport(doc, ik('nope'))).toBe(doc);
    expect(removeImport(createEmptyDocument(), ik('nope')).imports).toBeUndefined();
  });

  it.each([
    [0, ['C.xml', 'A.xml', 'B.xml']],
    [-3, ['C.xml', 'A.xml', 'B.xml']],
    [1, ['A.xml', 'C.xml', 'B.xml']],
  ])('moveImport to %i (clamped)', (to, expected) => {
    expect(sources(moveImport(fixture(), ik('c'), to))).toEqual(expected);
  });

  it('moveImport past the end clamps; not moving is a no-op', () => {
    const doc = fixture();
    expect(sources(moveImport(doc, ik('a'), 100))).toEqual(['B.xml', 'C.xml', 'A.xml']);
    expect(moveImport(doc, ik('c'), 100)).toBe(doc);
  });
});

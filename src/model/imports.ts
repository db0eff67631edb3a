// Edits of `<Imports>`: the other answer files merged into this one (by Priority).

import type { AnswerFile, Import } from './types.ts';
import type { ImportKey } from './ids.ts';
import { insertAt, moveByKey, removeByKey, updateByKey } from './list.ts';
import { patchFields } from './answer-file.ts';

const EMPTY: readonly Import[] = Object.freeze([]);

export function importList(doc: AnswerFile): readonly Import[] {
  return doc.imports?.imports ?? EMPTY;
}

/** Updates the import list; creates `<Imports>` only when the list actually changes. */
function updateImportList(doc: AnswerFile, fn: (items: readonly Import[]) => readonly Import[]): AnswerFile {
  const before = importList(doc);
  const after = fn(before);
  if (after === before) return doc;
  return { ...doc, imports: { ...doc.imports, imports: after } };
}

export function addImport(doc: AnswerFile, key: ImportKey, source = '', index?: number): AnswerFile {
  return updateImportList(doc, (items) => insertAt(items, { key, source }, index));
}

export function updateImportSource(doc: AnswerFile, key: ImportKey, source: string): AnswerFile {
  return updateImportList(doc, (items) => updateByKey(items, key, (it) => patchFields(it, { source })));
}

export function removeImport(doc: AnswerFile, key: ImportKey): AnswerFile {
  return updateImportList(doc, (items) => removeByKey(items, key));
}

export function moveImport(doc: AnswerFile, key: ImportKey, toIndex: number): AnswerFile {
  return updateImportList(doc, (items) => moveByKey(items, key, toIndex));
}

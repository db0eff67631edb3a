// The layout of an opened file: its text, and the model read from it (same keys as the document being edited).
// While a document has one, Download writes it over that text (layout-write.ts): an unedited document gives the
// file back byte for byte, an edit changes only its lines. A new document has none and is written in the house
// style (serialize.ts), as is a document whose text does not line up with its model.

import type { AnswerFile, Trivia } from '../../model/types.ts';
import { documentLevel } from '../serialize-build.ts';
import { rootElement } from './element-tree.ts';
import { LayoutWriter } from './layout-write.ts';
import { SourceIndex } from './source-index.ts';
import { sourceTree } from './source-tree.ts';

export interface Layout {
  /** The text as read (after decoding; a UTF-8 byte-order mark kept as U+FEFF), with the declaration's encoding made UTF-8 when it named another. */
  readonly text: string;
  /** The model parsed from `text`: the entities' keys are the document's. */
  readonly doc: AnswerFile;
}

interface Prepared {
  readonly index: SourceIndex;
  readonly writer: LayoutWriter;
  readonly head: string;
}

const prepared = new WeakMap<Layout, Prepared | null>();

function prepare(layout: Layout): Prepared | null {
  let p = prepared.get(layout);
  if (p !== undefined) return p;
  p = null;
  const tree = sourceTree(layout.text);
  if (tree) {
    const { doc } = layout;
    const index = new SourceIndex(layout.text, tree, rootElement(doc), prologOf(doc), documentLevel(doc.epilog));
    if (index.usable) p = { index, writer: new LayoutWriter(index), head: layout.text.slice(0, index.headEnd) };
  }
  prepared.set(layout, p);
  return p;
}

function prologOf(doc: AnswerFile): Trivia[] {
  return [...documentLevel(doc.prolog), ...documentLevel(doc.before)];
}

/**
 * Whether `layout`'s text lines up with its model (else the document is written in the house style): at the
 * document level, or with `whole`, at every level (what Download checks before keeping the text it wrote).
 */
export function layoutUsable(layout: Layout, whole = false): boolean {
  const p = prepare(layout);
  return p !== null && (!whole || p.index.indexAll());
}

/** `doc` written over `layout` as pieces (joined: the file's text), or undefined when the layout is not usable. */
export function layoutPieces(doc: AnswerFile, layout: Layout): string[] | undefined {
  const p = prepare(layout);
  if (!p) return undefined;
  return p.writer.document(rootElement(doc), prologOf(doc), documentLevel(doc.epilog), p.head);
}

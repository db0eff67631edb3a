// The items of a multistring Value (REG_MULTI_SZ), stored joined by ";" (docs/format.md §5.3). Pure. An item
// cannot hold ";": it is the separator. So a ";" typed or pasted into an item splits it, exactly as the stored
// text reads back: "a;b;c" pasted into an item is three items, and the caret goes to the item it landed in.

import { badXmlCharMessage } from './xml-chars.ts';

export const LIST_SEPARATOR = ';';

/** Items of a multistring value: '' is one empty item (the field to fill); 'a;' is ['a', '']. */
export function splitItems(text: string): readonly string[] {
  return text.split(LIST_SEPARATOR);
}

export function joinItems(items: readonly string[]): string {
  return items.join(LIST_SEPARATOR);
}

export function addItem(items: readonly string[]): readonly string[] {
  return [...items, ''];
}

export function removeItemAt(items: readonly string[], index: number): readonly string[] {
  return items.filter((_it, i) => i !== index);
}

/** An item edited: the new items, and the item and caret offset where typing continues. */
export type ItemEdit =
  | { readonly ok: true; readonly items: readonly string[]; readonly focus: number; readonly caret: number }
  | { readonly ok: false; readonly message: string };

/**
 * Item `index` now reads `text` (as typed or pasted), with the caret at `caret` in it. Each ";" in it ends an
 * item and starts the next, in place; the caret lands in the piece it was in. Refused (a value, with a message)
 * only when XML cannot carry a character.
 */
export function editItem(items: readonly string[], index: number, text: string, caret: number): ItemEdit {
  const bad = badXmlCharMessage(text);
  if (bad) return { ok: false, message: bad };
  if (index < 0 || index >= items.length) return { ok: false, message: `There is no item ${index + 1}.` };
  const pieces = text.split(LIST_SEPARATOR);
  const at = Math.max(0, Math.min(caret, text.length));
  let piece = 0;
  let start = 0;
  // Piece i spans [start, start + length]; the separator after it is at start + length.
  while (piece < pieces.length - 1 && at > start + pieces[piece].length) {
    start += pieces[piece].length + 1;
    piece++;
  }
  const next = [...items.slice(0, index), ...pieces, ...items.slice(index + 1)];
  return { ok: true, items: next, focus: index + piece, caret: at - start };
}

// What the preview does differently for a large text. Two things would cost the page long tasks at 20 MB:
// CodeMirror taking in the whole text in one transaction (~230 ms), and the syntax colors, whose line states
// (xml-tokens.ts) are worked out from the top of the text down to the lines in view, in one task: scrolling to the
// end of 20 MB would tokenize all of it at once. So a text over HIGHLIGHT_MAX_CHARS is shown without syntax colors
// (the preview says so), and text that grows by more than LOAD_CHUNK_CHARS (an import) is taken in a chunk per task
// (~10 ms each).

/** Above this many characters the preview is plain text (no colors). */
export const HIGHLIGHT_MAX_CHARS = 4 * 1024 * 1024;

/** The most characters the code view takes in one task when its text grows. */
export const LOAD_CHUNK_CHARS = 512 * 1024;

/**
 * A change of more characters than this (opening or importing a document, switching documents, removing a large
 * part) is shown in a task of its own, after the frame that paints the form: CodeMirror taking it in (and, to place
 * its selection, forcing a layout of the page just rendered) would otherwise delay the form by tens of
 * milliseconds. A keystroke's change is a few characters and lands in the keystroke's own task.
 */
export const DEFER_CHANGE_CHARS = 4 * 1024;

/**
 * Whether the code view should take the change from `shown` to `next` in a later task: a large change, or the
 * text emptied while an opened document's XML is being written (the page just rendered another document).
 */
export function deferChange(shown: readonly string[], next: readonly string[], changes: readonly { from: number; to: number; insert: string }[]): boolean {
  return (next.length === 0 && shown.length > 0) || changedChars(changes) > DEFER_CHANGE_CHARS;
}

/** Characters a list of changes removes and inserts. */
export function changedChars(changes: readonly { from: number; to: number; insert: string }[]): number {
  let n = 0;
  for (const c of changes) n += c.to - c.from + c.insert.length;
  return n;
}

const lengths = new WeakMap<readonly string[], number>();

/** The length of the text the pieces join to (remembered per pieces array: a 1000-variant document has thousands). */
export function textLength(pieces: readonly string[]): number {
  let n = lengths.get(pieces);
  if (n === undefined) {
    n = 0;
    for (const p of pieces) n += p.length;
    lengths.set(pieces, n);
  }
  return n;
}

/** Whether a text of `chars` characters is shown with syntax colors. */
export function highlighted(chars: number): boolean {
  return chars <= HIGHLIGHT_MAX_CHARS;
}

/**
 * The pieces to show next on the way from `shown` to `target`: `target` itself when that adds at most `chunk`
 * characters, else the shortest prefix of `target` (whole pieces) that is `chunk` characters longer than `shown`.
 * Each step is one edit of a chunk, and repeated steps end at `target`.
 */
export function loadStep(shown: readonly string[], target: readonly string[], chunk = LOAD_CHUNK_CHARS): readonly string[] {
  const want = textLength(shown) + chunk;
  if (textLength(target) <= want) return target;
  let chars = 0;
  for (let k = 0; k < target.length; k++) {
    chars += target[k].length;
    if (chars >= want) return k + 1 >= target.length ? target : target.slice(0, k + 1);
  }
  return target;
}

// The preview linked to the form, both ways. A click in the XML selects the part the click is in and focuses the
// field of the attribute under it (text-map.ts finds which); selecting a part or focusing a field highlights where
// it is written and scrolls the XML to it. The map of the text is built only when a click or a selection needs it,
// once per text (a keystroke only maps the highlight through its change), and not above the size the preview
// colors (text-size.ts): a 20 MB text would cost a long task per click.

import { StateEffect, StateField, type Extension, type Text } from '@codemirror/state';
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view';
import { fieldId, partId, type FieldRef } from '../../model/refs.ts';
import type { AnswerFile } from '../../model/types.ts';
import { textMap, type TextMap, type TextRange } from '../../xml/text-map.ts';
import { highlighted } from './text-size.ts';

/** Sets (or clears, with null) the highlighted range. */
export const setLinked = StateEffect.define<TextRange | null>();

const MARK = Decoration.mark({ class: 'cm-linked', inclusiveStart: false, inclusiveEnd: true });

const linkedField = StateField.define<DecorationSet>({
  create: () => Decoration.none,
  update(deco, tr) {
    let next = deco.map(tr.changes);
    for (const e of tr.effects) {
      if (!e.is(setLinked)) continue;
      const r = e.value;
      next = r && r.to > r.from && r.to <= tr.newDoc.length ? Decoration.set([MARK.range(r.from, r.to)]) : Decoration.none;
    }
    return next;
  },
  provide: (f) => EditorView.decorations.from(f),
});

const theme = EditorView.baseTheme({
  // An outline, not a fill: the text keeps its own colours' contrast on the preview's background (axe, both themes).
  '.cm-linked': { outline: '2px solid rgba(200, 140, 0, 0.9)', outlineOffset: '-1px', borderRadius: '2px' },
});

/** The one map kept: that of the view's latest text (a map of a 2 MB text is megabytes; one a step would pile up). */
let last: { readonly text: Text; readonly doc: AnswerFile; readonly map: TextMap | undefined } | null = null;

/** The map of the view's text for `doc`, built on first need and kept while the text stays the same. */
export function mapOf(text: Text, doc: AnswerFile): TextMap | undefined {
  if (!highlighted(text.length)) return undefined;
  if (last && last.text === text && last.doc === doc) return last.map;
  const map = textMap(text.toString(), doc);
  last = { text, doc, map };
  return map;
}

/** Highlights `range` and scrolls it into view (when it is not in view already). */
export function showLinked(view: EditorView, range: TextRange | undefined): void {
  if (!range) {
    if (view.state.field(linkedField).size > 0) view.dispatch({ effects: setLinked.of(null) });
    return;
  }
  view.dispatch({ effects: [setLinked.of(range), EditorView.scrollIntoView(range.from, { y: 'nearest', yMargin: 48 })] });
}

/** The id the highlight stands for: a field's fieldId, or a part's (`<partId>/`). */
export function partFieldId(part: FieldRef['part']): string {
  return `${partId(part)}/`;
}

/** The highlighted range now (for tests and the find bar). */
export function linkedRange(view: EditorView): TextRange | undefined {
  const it = view.state.field(linkedField).iter();
  return it.value ? { from: it.from, to: it.to } : undefined;
}

/** How far (CSS px) the pointer may move between press and release for a click; more is a drag. */
const CLICK_SLOP = 4;

/**
 * The extension: the highlight, and a click that goes to the part and field under the pointer (`go`). A click that
 * ends a text selection (a drag) does not go anywhere. The position is taken where the button went down: focusing
 * the view scrolls it back to its last selection (sideways, in a narrow pane), so by the release the text under
 * the pointer may be another.
 */
export function linked(go: (view: EditorView, pos: number) => void): Extension {
  let down: { readonly x: number; readonly y: number; readonly pos: number | null } | null = null;
  return [
    linkedField,
    theme,
    EditorView.domEventHandlers({
      mousedown(e, view) {
        down = e.button === 0 ? { x: e.clientX, y: e.clientY, pos: view.posAtCoords({ x: e.clientX, y: e.clientY }) } : null;
        return false;
      },
      click(e, view) {
        const start = down;
        down = null;
        if (e.button !== 0 || !start || start.pos === null) return false;
        if (Math.hypot(e.clientX - start.x, e.clientY - start.y) > CLICK_SLOP) return false;
        go(view, start.pos);
        return false;
      },
    }),
  ];
}

export { fieldId };

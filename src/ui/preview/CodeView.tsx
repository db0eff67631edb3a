// A read-only, virtualized code view (CodeMirror 6 renders only the visible lines). Text changes are applied
// as one ranged edit rather than a full reset, so large documents stay cheap to update. Loaded on demand
// (React.lazy in PreviewPane): CodeMirror is a third of the app's JavaScript and not needed for first paint.
// A large text arrives a chunk per frame and is shown without syntax colors (text-size.ts).

import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import { Compartment, EditorState, type Extension } from '@codemirror/state';
import { EditorView, keymap, lineNumbers } from '@codemirror/view';
import { diffPieces } from './text-diff.ts';
import { deferChange, highlighted, loadStep, textLength } from './text-size.ts';
import { afterPaint } from '../../lib/after-paint.ts';
import { xmlColors } from './xml-colors.ts';
import { useEditor } from '../../store/editor-store.ts';
import { useView } from '../../store/view-store.ts';
import { actions } from '../../store/actions.ts';
import { fieldId } from '../../model/refs.ts';
import { linked, mapOf, partFieldId, showLinked } from './linked.ts';
import { folding } from './folding.ts';
import { search } from './search.ts';
import { FindBar } from './FindBar.tsx';

const NOTHING: readonly string[] = [];

function colors(on: boolean): Extension {
  return on ? xmlColors() : [];
}

/** What the view shows now, and whether it colors the syntax. */
interface Shown {
  pieces: readonly string[];
  colored: boolean;
}

/**
 * One step of the view towards `target`; true when more steps are needed (the text is still arriving). `next` and
 * `changes` are this step's pieces and edit, when the caller has worked them out already.
 */
function showStep(
  view: EditorView,
  shown: Shown,
  target: readonly string[],
  language: Compartment,
  next = loadStep(shown.pieces, target),
  changes = diffPieces(shown.pieces, next),
): boolean {
  shown.pieces = next;
  const colored = highlighted(textLength(target));
  const effects = colored === shown.colored ? [] : [language.reconfigure(colors(colored))];
  shown.colored = colored;
  if (changes.length > 0 || effects.length > 0) view.dispatch({ changes, effects });
  return next !== target;
}

/** `pieces` joined is the text to show (see toXmlPieces); comparing pieces finds a change without a full scan. */
/** A click at `pos`: selects the part written there and focuses the field of the attribute under it. */
function goTo(view: EditorView, pos: number, want: (id: string) => void): void {
  const hit = mapOf(view.state.doc, useEditor.getState().doc)?.at(pos);
  if (!hit) return;
  const { ref } = hit;
  actions.select(ref.part);
  // The highlight stays on what was clicked, not the part's start tag.
  want(fieldId(ref));
  // Let the part's form mount before asking its field to take the focus.
  if (ref.field !== undefined) requestAnimationFrame(() => useView.getState().requestFocus(fieldId(ref)));
}

export default function CodeView({ pieces, label }: { pieces: readonly string[]; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The pieces the view shows now; the next update is diffed against them.
  const shown = useRef<Shown>({ pieces: NOTHING, colored: true });
  const latest = useRef(pieces);
  latest.current = pieces;
  const language = useRef(new Compartment());
  // Cancels the step scheduled after the next paint, when one is.
  const pending = useRef<(() => void) | undefined>(undefined);
  // Asks for a field or part to be highlighted (set by the effect that follows the selection and the focus).
  const want = useRef<(id: string) => void>(() => {});
  // The find bar (Ctrl+F in the view), over the view it searches.
  const [finding, setFinding] = useState<EditorView | null>(null);

  // Moves the view to the latest pieces, a chunk per frame while the text is arriving.
  const step = useRef(() => {
    pending.current?.();
    pending.current = undefined;
    const v = view.current;
    if (v && showStep(v, shown.current, latest.current, language.current)) pending.current = afterPaint(step.current);
    else link.current();
  });

  // The field or part to highlight (a fieldId, or `<partId>/`), and whether it is still to be shown.
  const wanted = useRef<{ id: string; due: boolean } | null>(null);
  // Shows the wanted highlight once the view shows the current document's text (a large change lands later).
  const link = useRef(() => {
    const v = view.current;
    const w = wanted.current;
    if (!v || !w?.due || pending.current !== undefined || shown.current.pieces !== latest.current) return;
    w.due = false;
    showLinked(v, mapOf(v.state.doc, useEditor.getState().doc)?.rangeOf(w.id));
  });

  // Follows the latest pieces: a small change at once, a large one (another document) after the frame that shows
  // the form, a text still arriving (an import) a chunk per frame.
  const follow = useRef(() => {
    const from = shown.current.pieces;
    const next = loadStep(from, latest.current);
    const changes = pending.current === undefined && next === latest.current ? diffPieces(from, next) : null;
    if (changes === null || deferChange(from, next, changes)) {
      pending.current?.();
      pending.current = afterPaint(step.current);
      return;
    }
    // A keystroke's change: applied now, with the edit just worked out.
    const v = view.current;
    if (v && showStep(v, shown.current, latest.current, language.current, next, changes)) pending.current = afterPaint(step.current);
  });

  useEffect(() => {
    if (!host.current) return;
    const colored = highlighted(textLength(latest.current));
    shown.current = { pieces: NOTHING, colored };
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: '',
        extensions: [
          EditorState.readOnly.of(true),
          EditorView.editable.of(false),
          EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
          // No line wrapping or active-line gutter: each costs work on every update (wrapped lines must be
          // measured). The fold gutter (folding.ts) tests the text of the lines in view first.
          lineNumbers(),
          folding((state) => mapOf(state.doc, useEditor.getState().doc)?.tree),
          linked((at, pos) => goTo(at, pos, (id) => want.current(id))),
          search(),
          keymap.of([
            {
              key: 'Mod-f',
              run: (at) => {
                setFinding(at);
                return true;
              },
            },
          ]),
          language.current.of(colors(colored)),
          EditorView.theme({
            '&': { height: '100%', fontSize: '12.5px' },
            '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
          }),
        ],
      }),
    });
    view.current = v;
    follow.current();
    return () => {
      pending.current?.();
      pending.current = undefined;
      setFinding(null);
      v.destroy();
      view.current = null;
    };
  }, [label]);

  // Selecting a part or focusing a field (a form input with data-field) highlights it here, a frame later (the
  // form and this view have then rendered the change).
  useEffect(() => {
    let frame = 0;
    const wantNow = (id: string) => {
      wanted.current = { id, due: true };
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => link.current());
    };
    want.current = wantNow;
    const unsubscribe = useEditor.subscribe((s, prev) => {
      if (s.selection !== prev.selection) wantNow(partFieldId(s.selection));
    });
    const onFocus = (e: FocusEvent) => {
      const el = e.target instanceof Element ? e.target.closest('[data-field]') : null;
      const id = el?.getAttribute('data-field');
      if (id && !host.current?.contains(el)) wantNow(id);
    };
    document.addEventListener('focusin', onFocus);
    return () => {
      cancelAnimationFrame(frame);
      unsubscribe();
      document.removeEventListener('focusin', onFocus);
    };
  }, []);

  // A layout effect: the ranged edit lands in the same task as the keystroke, so the frame that paints the
  // field also paints the preview.
  useLayoutEffect(() => {
    if (shown.current.pieces !== pieces) follow.current();
  }, [pieces]);

  return (
    <>
      {finding && <FindBar view={finding} onClose={() => setFinding(null)} />}
      <Box ref={host} sx={{ height: '100%', overflow: 'hidden', '& .cm-editor': { height: '100%' } }} data-testid="xml-preview" />
    </>
  );
}

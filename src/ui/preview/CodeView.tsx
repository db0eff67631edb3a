// A read-only, virtualized code view (CodeMirror 6 renders only the visible lines). Text changes are applied
// as one ranged edit rather than a full reset, so large documents stay cheap to update. Loaded on demand
// (React.lazy in PreviewPane): CodeMirror is a third of the app's JavaScript and not needed for first paint.

import { useEffect, useLayoutEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import { EditorState } from '@codemirror/state';
import { EditorView, lineNumbers } from '@codemirror/view';
import { syntaxHighlighting, defaultHighlightStyle } from '@codemirror/language';
import { xml } from '@codemirror/lang-xml';
import { diffPieces } from './text-diff.ts';

/** `pieces` joined is the text to show (see toXmlPieces); comparing pieces finds a change without a full scan. */
export default function CodeView({ pieces, label }: { pieces: readonly string[]; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);
  // The pieces the view shows now; the next update is diffed against them.
  const shown = useRef<readonly string[]>(pieces);
  const latest = useRef(pieces);
  latest.current = pieces;

  useEffect(() => {
    if (!host.current) return;
    shown.current = latest.current;
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: shown.current.join(''),
        extensions: [
          EditorState.readOnly.of(true),
          EditorView.editable.of(false),
          EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
          // No line wrapping, fold gutter or active-line gutter: each costs work on every update (wrapped lines
          // must be measured, fold markers recomputed), and a read-only view of generated text needs none.
          lineNumbers(),
          xml(),
          syntaxHighlighting(defaultHighlightStyle),
          EditorView.theme({
            '&': { height: '100%', fontSize: '12.5px' },
            '.cm-scroller': { fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace' },
          }),
        ],
      }),
    });
    view.current = v;
    return () => {
      v.destroy();
      view.current = null;
    };
  }, [label]);

  // A layout effect: the ranged edit lands in the same task as the keystroke, so the frame that paints the
  // field also paints the preview.
  useLayoutEffect(() => {
    const v = view.current;
    if (!v || shown.current === pieces) return;
    const changes = diffPieces(shown.current, pieces);
    shown.current = pieces;
    if (changes.length > 0) v.dispatch({ changes });
  }, [pieces]);

  return <Box ref={host} sx={{ height: '100%', overflow: 'hidden', '& .cm-editor': { height: '100%' } }} data-testid="xml-preview" />;
}

// A read-only, virtualized code view (CodeMirror 6 renders only the visible lines). Text changes are applied
// as one ranged edit rather than a full reset, so large documents stay cheap to update.

import { useEffect, useRef } from 'react';
import Box from '@mui/material/Box';
import { EditorState } from '@codemirror/state';
import { EditorView, lineNumbers, highlightActiveLineGutter } from '@codemirror/view';
import { syntaxHighlighting, defaultHighlightStyle, foldGutter } from '@codemirror/language';
import { xml } from '@codemirror/lang-xml';
import { diffText } from './text-diff.ts';

export function CodeView({ text, label }: { text: string; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const v = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: '',
        extensions: [
          EditorState.readOnly.of(true),
          EditorView.editable.of(false),
          EditorView.contentAttributes.of({ 'aria-label': label, tabindex: '0' }),
          lineNumbers(),
          EditorView.lineWrapping,
          highlightActiveLineGutter(),
          foldGutter(),
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

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const change = diffText(v.state.doc.toString(), text);
    if (change) v.dispatch({ changes: change });
  }, [text]);

  return <Box ref={host} sx={{ height: '100%', overflow: 'hidden', '& .cm-editor': { height: '100%' } }} data-testid="xml-preview" />;
}

// The preview's text: the current document's XML (use-xml-text.ts), as plain text first and in the code view
// (CodeMirror, a chunk of its own) once the browser is idle after the app became interactive. It holds the
// serializer (xmlbuilder2), so it is a chunk of its own too: PreviewPane.tsx shows it when it is in.

import { lazy, Suspense, useEffect, useState } from 'react';
import Typography from '@mui/material/Typography';
import { useXmlPieces } from './use-xml-text.ts';
import { PlainPreview } from './PlainPreview.tsx';
import { HIGHLIGHT_MAX_CHARS, highlighted, textLength } from './text-size.ts';
import { PENDING } from './pending.ts';

const CodeView = lazy(() => import('./CodeView.tsx'));

function useWhenIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const done = () => setIdle(true);
    if (typeof window.requestIdleCallback === 'function') {
      const id = window.requestIdleCallback(done, { timeout: 1000 });
      return () => window.cancelIdleCallback(id);
    }
    const t = setTimeout(done, 200);
    return () => clearTimeout(t);
  }, []);
  return idle;
}

/** The text itself: the only part of the pane that follows the document (a keystroke redraws no header). */
export default function DocumentText() {
  const ready = useXmlPieces();
  const pieces = ready ?? PENDING;
  const codeViewWanted = useWhenIdle();
  const colored = highlighted(textLength(pieces));
  return (
    <>
      {!colored && (
        <Typography variant="caption" color="text.secondary" data-testid="preview-plain" sx={{ position: 'absolute', bottom: 4, right: 16, zIndex: 1, bgcolor: 'background.paper', px: 0.5 }}>
          No syntax colors above {HIGHLIGHT_MAX_CHARS / 1024 / 1024} MB
        </Typography>
      )}
      {ready === null && (
        <Typography variant="caption" color="text.secondary" role="status" data-testid="preview-pending" sx={{ position: 'absolute', top: 8, left: 48, zIndex: 1 }}>
          Writing the XML…
        </Typography>
      )}
      {codeViewWanted ? (
        <Suspense fallback={<PlainPreview pieces={pieces} />}>
          <CodeView pieces={pieces} label="Generated XML" />
        </Suspense>
      ) : (
        <PlainPreview pieces={pieces} />
      )}
    </>
  );
}


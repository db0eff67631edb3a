// The live XML preview: exactly the text that Download saves, with a copy button; beside it, the Changes view
// (ui/changes/: what changed against the file as opened, another document or a file), loaded when first shown.

import { lazy, Suspense, useContext, useEffect, useRef, useState } from 'react';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Stack from '@mui/material/Stack';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import ContentCopyIcon from '@mui/icons-material/ContentCopy';
import { copyText } from '../../lib/clipboard.ts';
import { xmlOf } from '../../store/xml-pending.ts';
import { baselineOf } from '../../store/baselines.ts';
import { useWorkspace } from '../../store/workspace.ts';
import { useEditor } from '../../store/editor-store.ts';
import { useXmlPieces } from './use-xml-text.ts';
import { PlainPreview } from './PlainPreview.tsx';
import { HIGHLIGHT_MAX_CHARS, highlighted, textLength } from './text-size.ts';
import { smallEnoughForFirstFrame } from './first-frame.ts';
import { AfterFirstFrame } from '../app/after-first-frame.ts';

// CodeMirror (a chunk of its own) is not part of the first load: the preview starts as plain text (in the first
// frame, with the form: App.tsx, first-frame.ts) and the code view is fetched once the browser is idle after the app
// became interactive.
const CodeView = lazy(() => import('./CodeView.tsx'));
const ChangesPanel = lazy(() => import('../changes/ChangesPanel.tsx'));

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

/** Shown (empty) while an imported document's XML is still arriving; the code view stays mounted meanwhile. */
const PENDING: readonly string[] = [];

/**
 * The preview's text in the first frame when the document is small (first-frame.ts); a large document's right after
 * it. Nothing follows the document here: whether the first frame is past is all that changes.
 */
function PreviewText() {
  const afterFirstFrame = useContext(AfterFirstFrame);
  const [inFirstFrame] = useState(() => smallEnoughForFirstFrame(useEditor.getState().doc));
  return afterFirstFrame || inFirstFrame ? <DocumentText /> : <PlainPreview pieces={PENDING} />;
}

/** The text itself: the only part of the pane that follows the document (a keystroke redraws no header). */
function DocumentText() {
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

type PaneTab = 'xml' | 'changes';

export function PreviewPane() {
  const [tab, setTab] = useState<PaneTab>('xml');
  const [copied, setCopied] = useState<string | null>(null);
  // One timer clears the status; a new copy restarts it, so an old timer never wipes a fresh "Copied".
  const clearTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(clearTimer.current), []);

  async function copy() {
    clearTimeout(clearTimer.current);
    setCopied(null);
    try {
      // The current document's text, the same the preview shows (once an imported document's XML has arrived).
      await copyText(await xmlOf(useEditor.getState().doc, () => baselineOf(useWorkspace.getState().currentId)));
      setCopied('Copied');
    } catch (e) {
      setCopied(e instanceof Error ? e.message : 'Copy failed');
    }
    clearTimer.current = setTimeout(() => setCopied(null), 2000);
  }

  return (
    <Stack sx={{ height: '100%', minHeight: 0 }}>
      <Stack direction="row" sx={{ alignItems: 'center', px: 1, borderBottom: 1, borderColor: 'divider' }}>
        <Tabs value={tab} onChange={(_, t: PaneTab) => setTab(t)} sx={{ flexGrow: 1, minHeight: 40 }} aria-label="XML preview or changes">
          <Tab value="xml" label="XML preview" data-testid="tab-xml" sx={{ minHeight: 40, textTransform: 'none' }} />
          <Tab value="changes" label="Changes" data-testid="tab-changes" sx={{ minHeight: 40, textTransform: 'none' }} />
        </Tabs>
        {tab === 'xml' && (
          <>
            <Typography variant="caption" color="text.secondary" sx={{ mr: 1 }} role="status">
              {copied}
            </Typography>
            <Button size="small" startIcon={<ContentCopyIcon />} onClick={copy} data-testid="copy-xml">
              Copy
            </Button>
          </>
        )}
      </Stack>
      <Box sx={{ flexGrow: 1, minHeight: 0, position: 'relative' }}>
        {tab === 'xml' ? (
          <PreviewText />
        ) : (
          <Suspense fallback={null}>
            <ChangesPanel />
          </Suspense>
        )}
      </Box>
    </Stack>
  );
}

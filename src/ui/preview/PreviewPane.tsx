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
import { AfterFirstFrame } from '../app/after-first-frame.ts';
import { lazyOf, preloadable } from '../common/preloadable.ts';
import { FirstText } from './FirstText.tsx';

// The text (DocumentText.tsx) holds the serializer, which is not part of a first visit's JavaScript: a first visit
// shows the first document's text written at build time (FirstText) until it is in; a reload loads it before the
// first frame (ui/app/first-screen.ts) when the document is small enough (first-frame.ts), so the first frame has
// the text itself; a large document's text is written right after that frame.
const documentText = preloadable(() => import('./DocumentText.tsx'));
const DocumentText = lazyOf(documentText);
const ChangesPanel = lazy(() => import('../changes/ChangesPanel.tsx'));

/** Loads the preview's text ahead (before the first frame of a reload). */
export const preloadDocumentText = (): Promise<unknown> => documentText.preload();

/**
 * The preview's text. Nothing follows the document here: whether the first frame is past, and whether the text's
 * module is in, is all that changes.
 */
function PreviewText() {
  const afterFirstFrame = useContext(AfterFirstFrame);
  // The module as the pane first rendered: in before the first frame only when first-screen.ts loaded it ahead (a
  // reload with a document small enough), else loaded by an earlier pane after that frame.
  const [Loaded] = useState(() => documentText.loaded()?.default);
  if (Loaded) return <Loaded />;
  if (!afterFirstFrame) return <FirstText />;
  return (
    <Suspense fallback={<FirstText />}>
      <DocumentText />
    </Suspense>
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

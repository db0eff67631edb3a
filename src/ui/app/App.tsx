// The page: top bar, then three panes: the document's parts, the selected part's form, the XML preview. Each pane
// keeps its own faults (FaultBoundary): a pane that fails says so, the others and the document stay alive.

import Box from '@mui/material/Box';
import CssBaseline from '@mui/material/CssBaseline';
import { ThemeProvider } from '@mui/material/styles';
import { theme } from './theme.ts';
import { TopBar } from './TopBar.tsx';
import { useShortcuts } from './use-shortcuts.ts';
import { PartList } from '../parts/PartList.tsx';
import { PartForm } from '../parts/PartForm.tsx';
import { DropZone } from '../import/DropZone.tsx';
import { useImportFlow } from '../../store/import-flow.ts';
import { DiagnosticsPanel } from '../diagnostics/DiagnosticsPanel.tsx';
import { useView } from '../../store/view-store.ts';
import { lazy, Suspense } from 'react';
import { AfterFirstFrame, useAfterFirstFrame } from './after-first-frame.ts';
import { FaultBoundary } from '../common/FaultBoundary.tsx';

// The XML preview (with the serializer, xmlbuilder2) is a chunk of its own, fetched beside the first screen's while
// the saved work loads; the first frame waits for it (no Suspense boundary of its own), so the preview shows with
// the form, as plain text first (PreviewPane.tsx).
const previewChunk = import('../preview/PreviewPane.tsx');
const PreviewPane = lazy(() => previewChunk.then((m) => ({ default: m.PreviewPane })));
// The import dialogs (progress, refusal with repair, report) load the first time an import starts.
const ImportDialogs = lazy(() => import('../import/ImportDialogs.tsx').then((m) => ({ default: m.ImportDialogs })));
import { useWorkspace } from '../../store/workspace.ts';
import { StorageNotice } from './StorageNotice.tsx';
import { WorkspaceToast } from '../workspace/WorkspaceToast.tsx';
import { UpdatePrompt } from './UpdatePrompt.tsx';

export function App() {
  useShortcuts();
  const problemsOpen = useView((s) => s.problemsOpen);
  // The saved documents load (main.tsx starts it) before the editor shows, so that nothing typed is overwritten by the load.
  const ready = useWorkspace((s) => s.ready);
  const importing = useImportFlow((s) => s.stage.kind !== 'idle');
  const rest = useAfterFirstFrame(ready);
  if (!ready) return null;
  return (
    <ThemeProvider theme={theme}>
      <AfterFirstFrame value={rest}>
        <CssBaseline />
        <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
          <TopBar />
          <StorageNotice />
          {/* Each pane is its own layout and paint boundary (contain: strict; their sizes come from the grid): a
              keystroke in the form re-lays and repaints the form and the preview, not the whole page. */}
          <Box sx={{ flexGrow: 1, minHeight: 0, display: 'grid', gridTemplateColumns: '260px minmax(420px, 1fr) minmax(340px, 36%)' }}>
            <Box component="nav" sx={{ overflow: 'hidden', minHeight: 0, contain: 'strict', borderRight: 1, borderColor: 'divider', bgcolor: 'background.default' }}>
              <FaultBoundary area="part list">
                <PartList />
              </FaultBoundary>
            </Box>
            <Box sx={{ display: 'flex', flexDirection: 'column', minHeight: 0 }}>
              <Box component="main" sx={{ overflowY: 'auto', p: 2, flexGrow: 1, minHeight: 0, contain: 'strict' }}>
                <PartForm />
              </Box>
              {problemsOpen && (
                <Box component="section" aria-label="Problems" sx={{ height: '32%', minHeight: 120, contain: 'strict', borderTop: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
                  {rest && (
                    <FaultBoundary area="problems list">
                      <DiagnosticsPanel />
                    </FaultBoundary>
                  )}
                </Box>
              )}
            </Box>
            <Box component="aside" sx={{ minHeight: 0, contain: 'strict', borderLeft: 1, borderColor: 'divider', bgcolor: 'background.paper' }}>
              <FaultBoundary area="XML preview">
                <PreviewPane />
              </FaultBoundary>
            </Box>
          </Box>
        </Box>
        <DropZone />
        {importing && (
          <FaultBoundary area="import dialog" variant="dialog" onClose={useImportFlow.getState().close}>
            <Suspense fallback={null}>
              <ImportDialogs />
            </Suspense>
          </FaultBoundary>
        )}
        <WorkspaceToast />
        <UpdatePrompt />
      </AfterFirstFrame>
    </ThemeProvider>
  );
}

// The page: top bar, then three resizable panes (panes/Workspace.tsx): the document's parts, the selected part's
// form (with the setting help and the problems list under it), the XML preview. Each pane keeps its own faults
// (FaultBoundary): a pane that fails says so, the others and the document stay alive.

import Box from '@mui/material/Box';
import CssBaseline from '@mui/material/CssBaseline';
import { TopBar } from './TopBar.tsx';
import { useShortcuts } from './use-shortcuts.ts';
import { PartList } from '../parts/PartList.tsx';
import { PartForm } from '../parts/PartForm.tsx';
import { DropZone } from '../import/DropZone.tsx';
import { useImportFlow } from '../../store/import-flow.ts';
import { DiagnosticsPanel } from '../diagnostics/DiagnosticsPanel.tsx';
import { useView } from '../../store/view-store.ts';
import { lazy, Suspense, useState } from 'react';
import { AfterFirstFrame, useAfterFirstFrame } from './after-first-frame.ts';
import { FaultBoundary } from '../common/FaultBoundary.tsx';
import { Workspace } from './panes/Workspace.tsx';
import { SettingHelpDock } from '../settings/SettingHelpDock.tsx';
import { useEditor } from '../../store/editor-store.ts';

import { PreviewPane } from '../preview/PreviewPane.tsx';
import { smallEnoughForFirstFrame } from './first-frame.ts';
// The import dialogs (progress, refusal with repair, report) load the first time an import starts.
const ImportDialogs = lazy(() => import('../import/ImportDialogs.tsx').then((m) => ({ default: m.ImportDialogs })));
import { useWorkspace } from '../../store/workspace.ts';
import { StorageNotice } from './StorageNotice.tsx';
import { preloadable, usePreloaded } from '../common/preloadable.ts';

// What no first frame shows, loaded right after it: the workspace's toast (an undo after a delete, an opened
// file) and the prompt to reload into a new version (which also starts looking for one).
const workspaceToast = preloadable(() => import('../workspace/WorkspaceToast.tsx'));
const updatePrompt = preloadable(() => import('./UpdatePrompt.tsx'));

export function App() {
  useShortcuts();
  const problemsOpen = useView((s) => s.problemsOpen);
  // Static and the variants hold settings: their form has the setting help pane under it.
  const settingsForm = useEditor((s) => s.selection.kind === 'static' || s.selection.kind === 'variant');
  // The saved documents load (main.tsx starts it) before the editor shows, so that nothing typed is overwritten by the load.
  const ready = useWorkspace((s) => s.ready);
  const importing = useImportFlow((s) => s.stage.kind !== 'idle');
  const rest = useAfterFirstFrame(ready);
  // The first frame is whole (first-screen.ts): the problems list and the preview come with the form, unless the
  // document is large (its problems and its text are worked out a slice at a time, right after that frame).
  const [whole] = useState(() => smallEnoughForFirstFrame(useEditor.getState().doc));
  const WorkspaceToast = usePreloaded(workspaceToast, rest)?.default;
  const UpdatePrompt = usePreloaded(updatePrompt, rest)?.default;
  if (!ready) return null;
  return (
    <>
      <AfterFirstFrame value={rest}>
        <CssBaseline />
        <Box sx={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
          <TopBar />
          <StorageNotice />
          <Workspace
            parts={
              <FaultBoundary area="part list">
                <PartList />
              </FaultBoundary>
            }
            form={<PartForm />}
            help={settingsForm && <SettingHelpDock />}
            problems={
              problemsOpen && (
                <>
                  {(rest || whole) && (
                    <FaultBoundary area="problems list">
                      <DiagnosticsPanel />
                    </FaultBoundary>
                  )}
                </>
              )
            }
            preview={
              <FaultBoundary area="XML preview">
                <PreviewPane />
              </FaultBoundary>
            }
          />
        </Box>
        <DropZone />
        {importing && (
          <FaultBoundary area="import dialog" variant="dialog" onClose={useImportFlow.getState().close}>
            <Suspense fallback={null}>
              <ImportDialogs />
            </Suspense>
          </FaultBoundary>
        )}
        {WorkspaceToast && <WorkspaceToast />}
        {UpdatePrompt && <UpdatePrompt />}
      </AfterFirstFrame>
    </>
  );
}

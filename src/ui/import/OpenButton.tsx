// "Open": pick a file, or paste XML text.

import { useEffect, useRef } from 'react';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import { useImportFlow } from '../../store/import-flow.ts';
import { ANSWER_FILE_TYPES, openFile } from './open-file.ts';
import { MenuButton } from '../common/MenuButton.tsx';

export function OpenButton() {
  const input = useRef<HTMLInputElement>(null);
  // The parse worker is started, and the import dialogs' code fetched, while the page is idle, so that opening a
  // file waits for neither: the progress shows on time (its delay counts from the dialog's mount).
  useEffect(() => {
    if (typeof window.requestIdleCallback !== 'function') return;
    const id = window.requestIdleCallback(() => {
      void import('../../lib/parse-in-worker.ts').then((m) => m.prepareParseWorker());
      void import('./ImportDialogs.tsx');
    }, { timeout: 5000 });
    return () => window.cancelIdleCallback(id);
  }, []);
  return (
    <>
      <MenuButton
        label="Open"
        icon={<FolderOpenIcon />}
        testId="open-menu"
        items={[
          { label: 'Open file…', testId: 'open-file', run: () => input.current?.click() },
          { label: 'Paste XML…', testId: 'open-paste', run: () => useImportFlow.getState().openPaste() },
        ]}
      />
      <input
        ref={input}
        type="file"
        accept={ANSWER_FILE_TYPES}
        hidden
        data-testid="open-file-input"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void openFile(file);
        }}
      />
    </>
  );
}

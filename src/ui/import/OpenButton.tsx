// "Open": pick a file, or paste XML text.

import { useEffect, useRef, useState } from 'react';
import Button from '@mui/material/Button';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import { useImportFlow } from '../../store/import-flow.ts';
import { openFile } from './open-file.ts';
import { useOpenedOnce } from '../common/use-opened-once.ts';

export function OpenButton() {
  const input = useRef<HTMLInputElement>(null);
  const [menu, setMenu] = useState<HTMLElement | null>(null);
  const menuMounted = useOpenedOnce(!!menu);
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
      <Button startIcon={<FolderOpenIcon />} onClick={(e) => setMenu(e.currentTarget)} data-testid="open-menu" aria-haspopup="menu">
        Open
      </Button>
      {menuMounted && (
        <Menu anchorEl={menu} open={!!menu} onClose={() => setMenu(null)}>
          <MenuItem
            data-testid="open-file"
            onClick={() => {
              setMenu(null);
              input.current?.click();
            }}
          >
            Open file…
          </MenuItem>
          <MenuItem
            data-testid="open-paste"
            onClick={() => {
              setMenu(null);
              useImportFlow.getState().openPaste();
            }}
          >
            Paste XML…
          </MenuItem>
        </Menu>
      )}
      <input
        ref={input}
        type="file"
        accept=".xml,text/xml,application/xml"
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

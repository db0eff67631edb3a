import './start-storage.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app/App.tsx';
import { bootWorkspace } from './store/persistence.ts';

// The saved documents load while React mounts; the editor shows once they are in (App waits for ready).
void bootWorkspace();
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

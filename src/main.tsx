import './start-storage.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app/App.tsx';
import { FaultBoundary } from './ui/common/FaultBoundary.tsx';
import { AppTheme } from './ui/app/AppTheme.tsx';
import { bootWorkspace } from './store/saved/start.ts';
import { prepareFirstScreen } from './ui/app/first-screen.ts';

// The saved documents load first; React then replaces index.html's static frame with the editor (rendering
// before would put an empty page in the frame's place, and nothing may be typed before the saved work is in).
// What the first frame shows besides the form is read before it too (first-screen.ts). A fault nothing else caught
// shows a page that offers the documents for download, never a white page.
void bootWorkspace()
  .then(prepareFirstScreen)
  // Whatever goes wrong there is shown later, where it happens: the editor renders regardless.
  .catch(() => undefined)
  .then(() =>
    createRoot(document.getElementById('root') as HTMLElement).render(
      <StrictMode>
        <AppTheme>
          <FaultBoundary area="app" variant="page">
            <App />
          </FaultBoundary>
        </AppTheme>
      </StrictMode>,
    ),
  );

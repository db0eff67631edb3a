import './start-storage.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app/App.tsx';
import { bootWorkspace } from './store/persistence.ts';

// The saved documents load first; React then replaces index.html's static frame with the editor (rendering
// before would put an empty page in the frame's place, and nothing may be typed before the saved work is in).
void bootWorkspace().then(() =>
  createRoot(document.getElementById('root') as HTMLElement).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);

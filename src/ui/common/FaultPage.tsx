// The last resort of FaultBoundary around the whole app: instead of a white page, what happened, each document
// of this browser to download, and a reload. Plain elements with inline styles: the theme, MUI or emotion may be
// what failed. It reads the stores once (no subscription) and keeps a failed download's reason to show.

import { useState } from 'react';
import { useWorkspace } from '../../store/workspace.ts';
import { downloadDocument } from '../app/download-current.ts';
import { faultMessage, isChunkLoadError, updatedMessage, workIsSaved } from './fault.ts';

const button = { font: 'inherit', padding: '6px 14px', marginRight: 8, marginTop: 8, cursor: 'pointer' } as const;

export function FaultPage({ error }: { error: unknown }) {
  const [problem, setProblem] = useState<string | null>(null);
  const { entries, saveState } = useWorkspace.getState();
  const saved = workIsSaved(saveState);
  const message = isChunkLoadError(error)
    ? updatedMessage(saved)
    : `CAF Studio stopped working: ${faultMessage(error)}. ${saved ? 'Your documents are saved in this browser' : 'Your latest changes are only in this tab'}; download them to keep a copy, then reload.`;
  async function download(id: string) {
    try {
      await downloadDocument(id);
    } catch (e) {
      setProblem(`The download failed: ${faultMessage(e)}`);
    }
  }
  return (
    <div role="alert" data-testid="fault-page" style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 720, margin: '48px auto', padding: 16, lineHeight: 1.5 }}>
      <h1 style={{ fontSize: 22, fontWeight: 500 }}>Something went wrong</h1>
      <p data-testid="fault-message">{message}</p>
      {entries.length > 0 && (
        <ul style={{ paddingLeft: 18 }}>
          {entries.map((e) => (
            <li key={e.id}>
              {e.name || 'Untitled'}{' '}
              <button type="button" style={button} onClick={() => void download(e.id)} data-testid="fault-page-download">
                Download
              </button>
            </li>
          ))}
        </ul>
      )}
      {problem && <p style={{ color: '#b00020' }}>{problem}</p>}
      <button type="button" style={button} onClick={() => window.location.reload()} data-testid="fault-reload">
        Reload
      </button>
    </div>
  );
}

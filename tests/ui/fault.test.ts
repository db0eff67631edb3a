// A fault boundary tells code that could not be loaded (a tab left open across a new deployment) from a fault of
// the app, and never blames the saved data for either.

import { describe, expect, it } from 'vitest';
import { faultMessage, isChunkLoadError, updatedMessage, workIsSaved } from '../../src/ui/common/fault.ts';

describe('isChunkLoadError', () => {
  it("recognises each browser's failed dynamic import and Vite's failed preload", () => {
    for (const message of [
      'Failed to fetch dynamically imported module: http://127.0.0.1:4184/assets/PreviewPane-abc.js',
      'error loading dynamically imported module: http://x/assets/a.js',
      'Importing a module script failed.',
      'Unable to preload CSS for /assets/x.css',
    ]) {
      expect(isChunkLoadError(new TypeError(message))).toBe(true);
    }
    const named = new Error('Loading chunk 7 failed');
    named.name = 'ChunkLoadError';
    expect(isChunkLoadError(named)).toBe(true);
  });

  it('takes anything else for a fault of the app', () => {
    expect(isChunkLoadError(new Error('Cannot read properties of undefined'))).toBe(false);
    expect(isChunkLoadError('Failed to fetch dynamically imported module')).toBe(false);
    expect(isChunkLoadError(null)).toBe(false);
  });
});

describe('messages', () => {
  it('says the work is saved only when it is', () => {
    expect(workIsSaved('saved')).toBe(true);
    expect(workIsSaved('pending')).toBe(true);
    for (const s of ['full', 'failed', 'memory', 'conflict']) expect(workIsSaved(s)).toBe(false);
    expect(updatedMessage(true)).toBe('CAF Studio was updated since this tab opened; reload to get the new version — your work is saved.');
    expect(updatedMessage(false)).toMatch(/not saved in this browser: download your document first/);
    expect(updatedMessage(true)).not.toMatch(/damaged/);
  });

  it('keeps an error message to one short line', () => {
    expect(faultMessage(new Error('a\n  b'))).toBe('a b');
    expect(faultMessage(new Error('x'.repeat(10_000)))).toHaveLength(300);
    expect(faultMessage('plain')).toBe('plain');
    expect(faultMessage(new Error(''))).toBe('Error');
  });
});

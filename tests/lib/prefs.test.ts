// prefs: view preferences in localStorage, where every storage fault gives the default and nothing throws.

import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFlag, readLayout, readPref, writeFlag, writeLayout, writePref } from '../../src/lib/prefs.ts';

/** A Map-backed Storage; `fail` makes its methods throw as a blocked or full storage does. */
function memoryStorage(fail: { get?: boolean; set?: boolean } = {}): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    key: (i: number) => [...m.keys()][i] ?? null,
    removeItem: (k: string) => void m.delete(k),
    getItem: (k: string) => {
      if (fail.get) throw new DOMException('blocked', 'SecurityError');
      return m.get(k) ?? null;
    },
    setItem: (k: string, v: string) => {
      if (fail.set) throw new DOMException('full', 'QuotaExceededError');
      m.set(k, v);
    },
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

const IDS = ['parts', 'form', 'preview'];

describe('prefs', () => {
  it('keeps a layout and a flag', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    expect(writeLayout('panes', { parts: 20, form: 45, preview: 35 })).toBe(true);
    expect(readLayout('panes', IDS)).toEqual({ parts: 20, form: 45, preview: 35 });
    expect(readFlag('collapsed', false)).toBe(false);
    writeFlag('collapsed', true);
    expect(readFlag('collapsed', false)).toBe(true);
  });

  it('refuses a layout for other panes, out of range, or not summing to 100', () => {
    vi.stubGlobal('localStorage', memoryStorage());
    writeLayout('panes', { parts: 20, form: 80 });
    expect(readLayout('panes', IDS)).toBeUndefined();
    writeLayout('panes', { parts: 20, form: 45, other: 35 });
    expect(readLayout('panes', IDS)).toBeUndefined();
    writeLayout('panes', { parts: -5, form: 70, preview: 35 });
    expect(readLayout('panes', IDS)).toBeUndefined();
    writeLayout('panes', { parts: 20, form: 20, preview: 20 });
    expect(readLayout('panes', IDS)).toBeUndefined();
    writePref('panes', [20, 45, 35]);
    expect(readLayout('panes', IDS)).toBeUndefined();
    localStorage.setItem('caf-studio:pref:panes', '{not json');
    expect(readLayout('panes', IDS)).toBeUndefined();
    writePref('collapsed', 'yes');
    expect(readFlag('collapsed', true)).toBe(true);
  });

  it('gives the defaults when storage throws on read, and reports a refused write', () => {
    vi.stubGlobal('localStorage', memoryStorage({ get: true, set: true }));
    expect(readPref('panes')).toBeUndefined();
    expect(readLayout('panes', IDS)).toBeUndefined();
    expect(readFlag('collapsed', true)).toBe(true);
    expect(writeLayout('panes', { parts: 20, form: 45, preview: 35 })).toBe(false);
    expect(writeFlag('collapsed', false)).toBe(false);
  });

  it('works without any localStorage, and when touching the property throws', () => {
    expect(readPref('x')).toBeUndefined();
    expect(writePref('x', 1)).toBe(false);
    Object.defineProperty(globalThis, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('denied', 'SecurityError');
      },
    });
    try {
      expect(readFlag('collapsed', false)).toBe(false);
      expect(writeFlag('collapsed', true)).toBe(false);
    } finally {
      delete (globalThis as { localStorage?: Storage }).localStorage;
    }
  });
});

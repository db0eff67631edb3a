import { describe, expect, it } from 'vitest';
import { loadThemePref, parseThemePref, resolveThemePref, saveThemePref, THEME_PREF_KEY, type PrefStorage } from '../../src/lib/theme-pref.ts';

function memory(initial: Record<string, string> = {}): PrefStorage & { data: Record<string, string> } {
  const data = { ...initial };
  return { data, getItem: (k) => data[k] ?? null, setItem: (k, v) => void (data[k] = v) };
}

const throwing: PrefStorage = {
  getItem: () => {
    throw new DOMException('denied', 'SecurityError');
  },
  setItem: () => {
    throw new DOMException('full', 'QuotaExceededError');
  },
};

describe('theme preference', () => {
  it('reads back what was saved', () => {
    const s = memory();
    for (const p of ['light', 'dark', 'system'] as const) {
      expect(saveThemePref(p, s)).toBe(true);
      expect(s.data[THEME_PREF_KEY]).toBe(p);
      expect(loadThemePref(s)).toBe(p);
    }
  });

  it('follows the system when nothing, or something unknown, is stored', () => {
    expect(loadThemePref(memory())).toBe('system');
    expect(loadThemePref(memory({ [THEME_PREF_KEY]: 'DARK' }))).toBe('system');
    expect(loadThemePref(memory({ [THEME_PREF_KEY]: '{"x":1}' }))).toBe('system');
    expect(parseThemePref(42)).toBe('system');
    expect(parseThemePref(null)).toBe('system');
  });

  it('survives a storage that throws or is missing', () => {
    expect(loadThemePref(throwing)).toBe('system');
    expect(saveThemePref('dark', throwing)).toBe(false);
    expect(loadThemePref(null)).toBe('system');
    expect(saveThemePref('dark', null)).toBe(false);
  });

  it('resolves system to the system mode, and a choice to itself', () => {
    expect(resolveThemePref('system', true)).toBe('dark');
    expect(resolveThemePref('system', false)).toBe('light');
    expect(resolveThemePref('light', true)).toBe('light');
    expect(resolveThemePref('dark', false)).toBe('dark');
  });
});

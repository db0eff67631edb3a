// The theme preference as app state: what the user chose (theme-pref.ts keeps it across reloads; another tab's
// choice applies here too) and the mode shown, which for 'system' follows prefers-color-scheme as it changes.

import { useSyncExternalStore } from 'react';
import { uiSignal } from '../common/ui-signal.ts';
import { loadThemePref, resolveThemePref, saveThemePref, THEME_PREF_KEY, type ThemePref } from '../../lib/theme-pref.ts';

/** What the user chose. */
export const themePref = uiSignal<ThemePref>(loadThemePref());

export function setThemePref(pref: ThemePref): void {
  themePref.set(pref);
  saveThemePref(pref);
}

if (typeof window !== 'undefined') {
  window.addEventListener('storage', (e) => {
    if (e.key === THEME_PREF_KEY) themePref.set(loadThemePref());
  });
}

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemQuery(): MediaQueryList | null {
  return typeof window !== 'undefined' && typeof window.matchMedia === 'function' ? window.matchMedia(DARK_QUERY) : null;
}

function subscribeSystem(onChange: () => void): () => void {
  const q = systemQuery();
  q?.addEventListener('change', onChange);
  return () => q?.removeEventListener('change', onChange);
}

const systemDark = () => systemQuery()?.matches ?? false;

/** The mode shown now: light or dark. */
export function useResolvedMode(): 'light' | 'dark' {
  const pref = themePref.useValue();
  const dark = useSyncExternalStore(subscribeSystem, systemDark, () => false);
  return resolveThemePref(pref, dark);
}

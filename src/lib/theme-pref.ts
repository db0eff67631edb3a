// The colour theme the user chose (system, light or dark), kept in localStorage across reloads. Storage may be
// missing, disabled, full or throwing (private modes, a blocked origin, a sandboxed frame): every fault reads as
// "follow the system" or "not saved", never an exception, so the app runs the same without it.

export type ThemePref = 'system' | 'light' | 'dark';

export const THEME_PREFS: readonly ThemePref[] = ['system', 'light', 'dark'];
export const THEME_PREF_KEY = 'caf-studio.theme';

/** What localStorage offers that this module uses. */
export type PrefStorage = Pick<Storage, 'getItem' | 'setItem'>;

/** A stored value as a preference: anything but a known name (absent, old, tampered) is 'system'. */
export function parseThemePref(value: unknown): ThemePref {
  return typeof value === 'string' && (THEME_PREFS as readonly string[]).includes(value) ? (value as ThemePref) : 'system';
}

/** The page's localStorage, or null where reading the property itself throws (storage blocked). */
function localStore(): PrefStorage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function loadThemePref(storage: PrefStorage | null = localStore()): ThemePref {
  try {
    return parseThemePref(storage?.getItem(THEME_PREF_KEY));
  } catch {
    return 'system';
  }
}

/** Saves the preference; false when it could not be kept (it still applies until the page is reloaded). */
export function saveThemePref(pref: ThemePref, storage: PrefStorage | null = localStore()): boolean {
  if (!storage) return false;
  try {
    storage.setItem(THEME_PREF_KEY, pref);
    return true;
  } catch {
    return false;
  }
}

/** The mode to show: the preference, or for 'system' what the system asks for. */
export function resolveThemePref(pref: ThemePref, systemDark: boolean): 'light' | 'dark' {
  return pref === 'system' ? (systemDark ? 'dark' : 'light') : pref;
}

// A value of UI state outside React (a dialog's open state, a pending focus request, the theme choice) that
// components read with a hook and anything may set: the store's zustand is for the document and the workspace.

import { useSyncExternalStore } from 'react';

export interface UiSignal<T> {
  get(): T;
  set(value: T): void;
  /** The value, re-rendering the component when it changes (not named `use`: the React Compiler takes `x.use()` for React's use(), which may be called conditionally, and broke the hook order). */
  useValue(): T;
}

export function uiSignal<T>(initial: T): UiSignal<T> {
  let value = initial;
  const listeners = new Set<() => void>();
  const subscribe = (l: () => void) => {
    listeners.add(l);
    return () => void listeners.delete(l);
  };
  const get = () => value;
  return {
    get,
    set(next) {
      if (Object.is(next, value)) return;
      value = next;
      for (const l of [...listeners]) l();
    },
    useValue: () => useSyncExternalStore(subscribe, get, get),
  };
}

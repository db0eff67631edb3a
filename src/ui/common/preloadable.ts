// A module loaded on demand that can also be loaded ahead, and is then used at once. For a component: React.lazy
// suspends on its first render even when the module is already in memory, which would cost the first frame a
// fallback where the component could have stood (`loaded()` renders it without Suspense).

import { lazy, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';

export interface Preloadable<M> {
  /** Starts loading the module (once); settles with it. */
  readonly preload: () => Promise<M>;
  /** The module once it is in. */
  readonly loaded: () => M | undefined;
}

export function preloadable<M>(load: () => Promise<M>): Preloadable<M> {
  let module: M | undefined;
  let loading: Promise<M> | undefined;
  return {
    preload: () =>
      (loading ??= load().then((m) => {
        module = m;
        return m;
      })),
    loaded: () => module,
  };
}

/** A preloadable component module's component through React.lazy (render it inside Suspense). */
export function lazyOf<P extends object>(p: Preloadable<{ default: ComponentType<P> }>): LazyExoticComponent<ComponentType<P>> {
  return lazy(p.preload);
}

/**
 * `p`'s module once it is in, loading it when `wanted` (undefined until then): the caller renders something else
 * meanwhile, and re-renders once when it arrives. Kept in state: a component's render must not read what changes
 * outside React (the compiler memoises such a read).
 */
export function usePreloaded<M>(p: Preloadable<M>, wanted: boolean): M | undefined {
  const [module, setModule] = useState(() => p.loaded());
  useEffect(() => {
    if (!wanted || module) return;
    let live = true;
    void p.preload().then((m) => {
      if (live) setModule(() => m);
    });
    return () => {
      live = false;
    };
  }, [p, wanted, module]);
  return module;
}

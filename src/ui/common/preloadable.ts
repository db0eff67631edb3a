// A component loaded on demand (React.lazy) that can also be loaded ahead, and is then rendered at once: React.lazy
// suspends on its first render even when the module is already in memory, which would cost the first frame a
// fallback where the component could have stood.

import { lazy, useEffect, useState, type ComponentType, type LazyExoticComponent } from 'react';

export interface Preloadable<P extends object> {
  /** The component through React.lazy (render it inside Suspense). */
  readonly Lazy: LazyExoticComponent<ComponentType<P>>;
  /** Starts loading the module (once); settles when it is in. */
  readonly preload: () => Promise<void>;
  /** The component once its module is in, to render without Suspense. */
  readonly loaded: () => ComponentType<P> | undefined;
}

export function preloadable<P extends object>(load: () => Promise<{ default: ComponentType<P> }>): Preloadable<P> {
  let component: ComponentType<P> | undefined;
  let loading: Promise<{ default: ComponentType<P> }> | undefined;
  const start = () =>
    (loading ??= load().then((m) => {
      component = m.default;
      return m;
    }));
  return {
    Lazy: lazy(start),
    preload: () => start().then(() => undefined),
    loaded: () => component,
  };
}

/**
 * `p`'s component once it is in, loading it when `wanted` (undefined until then): the caller renders something
 * else meanwhile, and re-renders once when it arrives. Kept in state: a component's render must not read
 * what changes outside React (the compiler memoises such a read).
 */
export function usePreloaded<P extends object>(p: Preloadable<P>, wanted: boolean): ComponentType<P> | undefined {
  const [component, setComponent] = useState(() => p.loaded());
  useEffect(() => {
    if (!wanted || component) return;
    let live = true;
    void p.preload().then(() => {
      if (live) setComponent(() => p.loaded());
    });
    return () => {
      live = false;
    };
  }, [p, wanted, component]);
  return component;
}

// Meets a pending "focus the form" request (form-focus.ts) once the form inside `host` has a field: at once when
// it is already there, else as soon as it appears (a form whose code was still loading, a field rendered late).

import { useLayoutEffect, type RefObject } from 'react';
import { firstField, formFocus, formFocusDone } from './form-focus.ts';

export function FocusFirstField({ host }: { host: RefObject<HTMLElement | null> }) {
  const pending = formFocus.useValue();
  useLayoutEffect(() => {
    const root = host.current;
    if (!pending || !root) return;
    const attempt = () => {
      const field = firstField(root);
      if (!field) return false;
      field.focus();
      formFocusDone();
      return true;
    };
    if (attempt()) return;
    const watch = new MutationObserver(() => {
      if (attempt()) watch.disconnect();
    });
    watch.observe(root, { childList: true, subtree: true });
    return () => watch.disconnect();
  }, [pending, host]);
  return null;
}

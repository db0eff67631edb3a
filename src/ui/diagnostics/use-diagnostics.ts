// Hooks over the derived diagnostics.

import { useEffect, type RefObject } from 'react';
import type { FieldRef } from '../../model/refs.ts';
import { fieldId } from '../../model/refs.ts';
import type { Severity } from '../../model/validate/codes.ts';
import { useEditor } from '../../store/editor-store.ts';
import { useView } from '../../store/view-store.ts';
import { diagnosticsOf, useChecking, useFieldProblem, type DiagnosticsView } from '../../store/diagnostics.ts';

/**
 * The document's diagnostics. Selected from the store (diagnosticsOf keeps the view's identity while no
 * diagnostic changes), so a keystroke that changes no problem re-renders none of its users.
 */
export function useDiagnostics(): DiagnosticsView {
  const strict = useView((s) => s.strict);
  useChecking((s) => s.running); // re-render when a first validation finishes
  return useEditor((s) => diagnosticsOf(s.doc, strict));
}

export interface FieldMessage {
  readonly severity: Severity;
  readonly message: string;
}

/**
 * The message a field shows about itself: its most severe diagnostic (fieldProblem), once the user has touched
 * the field. A field re-renders only when its own message changes (useFieldProblem).
 */
export function useFieldMessage(ref: FieldRef | undefined): { id: string | undefined; message: FieldMessage | null; touch: () => void } {
  const id = ref ? fieldId(ref) : undefined;
  const strict = useView((s) => s.strict);
  const shown = useView((s) => (id ? s.touched.has(id) : false));
  useChecking((s) => s.running);
  const message = useFieldProblem(shown ? id : undefined, strict);
  const touch = () => {
    if (id) useView.getState().touch(id);
  };
  return { id, message, touch };
}

/** Focuses (and scrolls to) the input when the diagnostics panel asks for this field. */
export function useFocusRequest(id: string | undefined, input: RefObject<HTMLElement | null>): void {
  const focus = useView((s) => (id && s.focus?.fieldId === id ? s.focus.serial : 0));
  useEffect(() => {
    if (!focus || !input.current) return;
    input.current.focus();
    input.current.scrollIntoView({ block: 'center', behavior: 'auto' });
  }, [focus, input]);
}

// Hooks over the derived diagnostics.

import { useEffect, type RefObject } from 'react';
import type { FieldRef } from '../../model/refs.ts';
import { fieldId } from '../../model/refs.ts';
import type { Severity } from '../../model/validate/codes.ts';
import { useEditor } from '../../store/editor-store.ts';
import { useView } from '../../store/view-store.ts';
import { diagnosticsOf, useChecking, type DiagnosticsView } from '../../store/diagnostics.ts';

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
 * The message a field shows about itself: its most severe diagnostic, once the user has touched the field.
 * The selector returns a string so that a field re-renders only when its own message changes.
 */
export function useFieldMessage(ref: FieldRef | undefined): { id: string | undefined; message: FieldMessage | null; touch: () => void } {
  const id = ref ? fieldId(ref) : undefined;
  const strict = useView((s) => s.strict);
  const shown = useView((s) => (id ? s.touched.has(id) : false));
  useChecking((s) => s.running);
  const encoded = useEditor((s) => {
    if (!id || !shown) return '';
    const list = diagnosticsOf(s.doc, strict).byField.get(id);
    if (!list || list.length === 0) return '';
    const top = list.find((d) => d.severity === 'error') ?? list[0];
    return `${top.severity}\n${top.message}`;
  });
  const touch = () => {
    if (id) useView.getState().touch(id);
  };
  if (!encoded) return { id, message: null, touch };
  const nl = encoded.indexOf('\n');
  return { id, message: { severity: encoded.slice(0, nl) as Severity, message: encoded.slice(nl + 1) }, touch };
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

// The diagnostics of the current document: derived, never stored. The validator caches each part's
// diagnostics by identity, and the result here is memoised on (doc, strict), so every component that asks
// during one render shares one computation. After a large import the first validation is spread over several
// tasks (checkInSlices); until it is done the view says `checking` and lists nothing.

import { create } from 'zustand';
import { useShallow } from 'zustand/shallow';
import type { AnswerFile } from '../model/types.ts';
import { fieldId, partId } from '../model/refs.ts';
import { createValidator } from '../model/validate/validate.ts';
import { nextPaint } from '../lib/after-paint.ts';
import { sameDiagnostics, type Diagnostic } from '../model/validate/diagnostic.ts';
import type { Severity } from '../model/validate/codes.ts';
import { useEditor } from './editor-store.ts';

export interface DiagnosticsView {
  readonly all: readonly Diagnostic[];
  readonly errors: number;
  readonly warnings: number;
  /** Diagnostics by fieldId(ref), for the fields' own messages. */
  readonly byField: { get(fieldId: string): readonly Diagnostic[] | undefined };
  /** The first validation of a newly imported document is still running: the lists are empty for now. */
  readonly checking: boolean;
}

const CHECKING: DiagnosticsView = { all: [], errors: 0, warnings: 0, byField: new Map(), checking: true };

const validator = createValidator();
let last: { doc: AnswerFile; strict: boolean; view: DiagnosticsView } | null = null;

/** How many sliced first validations are running; while any is, views are CHECKING (unless forced). */
export const useChecking = create<{ readonly running: number }>()(() => ({ running: 0 }));

/** Parts validated per task by checkInSlices. */
const SLICE = 200;

/**
 * Validates `doc` a slice of parts per task, yielding to the page between slices, once `usable` resolves true
 * (nothing when false); the diagnostics views say `checking` from this call until it resolves. Edits meanwhile are fine: unchanged parts keep their cached results.
 */
export async function checkInSlices(doc: AnswerFile, strict: boolean, usable: Promise<boolean> = Promise.resolve(true)): Promise<void> {
  useChecking.setState((s) => ({ running: s.running + 1 }));
  try {
    // A saved document is validated once it is known to be usable (saved/deferred-check.ts): one that is not is closed.
    if (!(await usable)) return;
    // The first slice after the frame that shows the opened document, each next one in a task of its own.
    const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
    await nextPaint();
    for (const step of validator.warm(doc, { strict }, SLICE)) {
      void step;
      await pause();
    }
  } finally {
    useChecking.setState((s) => ({ running: s.running - 1 }));
  }
}

/** The diagnostics of `doc`; while a sliced first validation runs, an empty `checking` view unless `force`. */
export function diagnosticsOf(doc: AnswerFile, strict: boolean, force = false): DiagnosticsView {
  if (last && last.doc === doc && last.strict === strict) return last.view;
  if (!force && useChecking.getState().running > 0) return CHECKING;
  const fresh = validator(doc, { strict });
  // Most keystrokes change no diagnostic: keep the previous view then, so that the panel and the counts,
  // which depend on it by identity, do not re-render.
  const prev = last && !last.view.checking && last.strict === strict ? last.view : null;
  if (prev && sameDiagnostics(prev.all, fresh)) {
    last = { doc, strict, view: prev };
    return prev;
  }
  const all = fresh;
  let errors = 0;
  for (const d of all) if (d.severity === 'error') errors++;
  const view: DiagnosticsView = { all, errors, warnings: all.length - errors, byField: new FieldIndex(all), checking: false };
  last = { doc, strict, view };
  return view;
}

/**
 * Diagnostics by field, indexed one part at a time on first use: a document with hundreds of thousands of
 * warnings (e.g. thousands of variants setting names the catalog does not know) would otherwise spend a long task
 * building an index of which a form shows one part's fields.
 */
class FieldIndex {
  private byPart: Map<string, Diagnostic[]> | null = null;
  private readonly byPartField = new Map<string, Map<string, Diagnostic[]>>();

  constructor(private readonly all: readonly Diagnostic[]) {}

  get(id: string): readonly Diagnostic[] | undefined {
    const slash = id.indexOf('/');
    const part = slash < 0 ? id : id.slice(0, slash);
    let fields = this.byPartField.get(part);
    if (!fields) {
      fields = new Map();
      for (const d of this.partDiagnostics(part)) {
        const key = fieldId(d.ref);
        const list = fields.get(key);
        if (list) list.push(d);
        else fields.set(key, [d]);
      }
      this.byPartField.set(part, fields);
    }
    return fields.get(id);
  }

  private partDiagnostics(part: string): readonly Diagnostic[] {
    if (!this.byPart) {
      this.byPart = new Map();
      for (const d of this.all) {
        const p = partId(d.ref.part);
        const list = this.byPart.get(p);
        if (list) list.push(d);
        else this.byPart.set(p, [d]);
      }
    }
    return this.byPart.get(part) ?? [];
  }
}

/** The problem a field shows about itself: its first error, else its first diagnostic; null when it has none. */
export function fieldProblem(view: DiagnosticsView, fieldId: string): Diagnostic | null {
  const list = view.byField.get(fieldId);
  if (!list || list.length === 0) return null;
  return list.find((d) => d.severity === 'error') ?? list[0]!;
}

const NO_PROBLEM = { severity: undefined, message: undefined } as const;

/**
 * The open document's problem for field `fieldId` (none while `fieldId` is undefined), as severity and message.
 * Compared field by field, so a component re-renders only when that field's own message changes.
 */
export function useFieldProblem(fieldId: string | undefined, strict: boolean): { readonly severity: Severity; readonly message: string } | null {
  const top = useEditor(
    useShallow((s) => {
      const d = fieldId === undefined ? null : fieldProblem(diagnosticsOf(s.doc, strict), fieldId);
      return d ? { severity: d.severity, message: d.message } : NO_PROBLEM;
    }),
  );
  return top.severity === undefined ? null : { severity: top.severity, message: top.message };
}

// The diagnostics of the current document: derived, never stored. The validator caches each part's
// diagnostics by identity, and the result here is memoised on (doc, strict), so every component that asks
// during one render shares one computation.

import type { AnswerFile } from '../model/types.ts';
import { fieldId } from '../model/refs.ts';
import { createValidator } from '../model/validate/validate.ts';
import type { Diagnostic } from '../model/validate/diagnostic.ts';

export interface DiagnosticsView {
  readonly all: readonly Diagnostic[];
  readonly errors: number;
  readonly warnings: number;
  /** Diagnostics by fieldId(ref), for the fields' own messages. */
  readonly byField: ReadonlyMap<string, readonly Diagnostic[]>;
}

const validator = createValidator();
let last: { doc: AnswerFile; strict: boolean; view: DiagnosticsView } | null = null;

export function diagnosticsOf(doc: AnswerFile, strict: boolean): DiagnosticsView {
  if (last && last.doc === doc && last.strict === strict) return last.view;
  const all = validator(doc, { strict });
  const byField = new Map<string, Diagnostic[]>();
  let errors = 0;
  for (const d of all) {
    if (d.severity === 'error') errors++;
    const id = fieldId(d.ref);
    const list = byField.get(id);
    if (list) list.push(d);
    else byField.set(id, [d]);
  }
  const view: DiagnosticsView = { all, errors, warnings: all.length - errors, byField };
  last = { doc, strict, view };
  return view;
}

// A diagnostic is data: what is wrong, where (a FieldRef into the document) and how bad.

import type { FieldRef } from '../refs.ts';
import { fieldId } from '../refs.ts';
import type { DiagnosticCode, Severity } from './codes.ts';
import { defaultSeverity } from './codes.ts';

export interface Diagnostic {
  readonly severity: Severity;
  readonly code: DiagnosticCode;
  /** Says what is wrong and what to do, naming the thing. */
  readonly message: string;
  readonly ref: FieldRef;
}

/** A diagnostic with the code's default severity (or `severity` when the rule decides, e.g. strict mode). */
export function diag(code: DiagnosticCode, message: string, ref: FieldRef, severity: Severity = defaultSeverity(code)): Diagnostic {
  return { severity, code, message, ref };
}

/** Whether two lists say the same things about the same fields, in the same order (re-checking makes new objects). */
export function sameDiagnostics(a: readonly Diagnostic[], b: readonly Diagnostic[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y) continue;
    if (x.code !== y.code || x.severity !== y.severity || x.message !== y.message || fieldId(x.ref) !== fieldId(y.ref)) return false;
  }
  return true;
}

// A diagnostic is data: what is wrong, where (a FieldRef into the document) and how bad.

import type { FieldRef } from '../refs.ts';
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

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

/** A message longer than this has its long quoted values shortened (a 10 MB value made a 10 MB message). */
export const MESSAGE_MAX = 1000;
/** Quoted text up to this long is quoted whole; a longer one keeps its start and end. */
const QUOTE_KEEP = 120;
const LONG_QUOTE = new RegExp(`"([^"]{${QUOTE_KEEP + 1},})"`, 'g');

/**
 * `message` with every quoted run longer than QUOTE_KEEP cut to its start and end, and the count of characters
 * left out; then, if still too long, cut in the middle. Short messages are returned as they are.
 */
export function boundedMessage(message: string): string {
  if (message.length <= MESSAGE_MAX) return message;
  const cut = message.replace(LONG_QUOTE, (_, q: string) => `"${q.slice(0, QUOTE_KEEP - 40)}…${q.slice(-40)}" (${q.length.toLocaleString('en-US')} characters)`);
  if (cut.length <= MESSAGE_MAX) return cut;
  return `${cut.slice(0, MESSAGE_MAX / 2)} … ${cut.slice(-MESSAGE_MAX / 2)}`;
}

/** A diagnostic with the code's default severity (or `severity` when the rule decides, e.g. strict mode). */
export function diag(code: DiagnosticCode, message: string, ref: FieldRef, severity: Severity = defaultSeverity(code)): Diagnostic {
  return { severity, code, message: boundedMessage(message), ref };
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

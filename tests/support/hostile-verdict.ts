// Judges an outcome against a hostile fixture's expectation: null when it holds, else what is wrong.
// Shared by the Node tests and the CLI tests, so both hold the parser to the same agreement.

import type { ImportError, ParseResult } from '../../src/xml/parse-types.ts';
import type { HostileExpectation, Where } from './hostile-fixture-types.ts';

function wrongPosition(error: ImportError, at: Where | 'somewhere'): string | null {
  const where = `line ${String(error.line)}, column ${String(error.column)}`;
  if (error.line === undefined || error.column === undefined || error.line < 1 || error.column < 1) return `no position (${where})`;
  if (at === 'somewhere') return null;
  if (error.line !== at.line) return `at ${where}, expected line ${at.line}`;
  if (at.column === undefined) return null;
  const [from, to] = typeof at.column === 'number' ? [at.column, at.column] : at.column;
  return error.column >= from && error.column <= to ? null : `at ${where}, expected column ${from === to ? from : `${from}-${to}`}`;
}

/** What is wrong with a refusal given the expectation (null when it is as agreed). */
export function wrongRefusal(error: ImportError, expected: Extract<HostileExpectation, { kind: 'refused' }>): string | null {
  if (!expected.codes.includes(error.code)) return `refused "${error.code}" (${error.message}), expected ${expected.codes.join(' or ')}`;
  if (!error.message.trim()) return 'a refusal without a message';
  if (expected.says && !expected.says.test(error.message)) return `the message does not say ${String(expected.says)}: ${error.message}`;
  if (expected.at) {
    const wrong = wrongPosition(error, expected.at);
    if (wrong) return `${wrong}: ${error.message.slice(0, 200)}`;
  }
  if (expected.quote && !error.lineText?.includes(expected.quote)) return `the quoted line ${JSON.stringify(error.lineText)} lacks ${JSON.stringify(expected.quote)}`;
  return null;
}

/** What is wrong with `result` given the expectation (round trips are checked by the caller). */
export function wrongOutcome(result: ParseResult, expected: HostileExpectation): string | null {
  if (expected.kind === 'refused') return result.ok ? 'opened, expected a refusal' : wrongRefusal(result.error, expected);
  if (!result.ok) return `refused "${result.error.code}": ${result.error.message.slice(0, 300)}`;
  return expected.check?.(result.doc) ?? null;
}

// What a hostile fixture is: bytes and the outcome agreed for them (issue 18).

import type { AnswerFile } from '../../src/model/types.ts';
import type { ImportErrorCode } from '../../src/xml/parse-types.ts';

/** Where a refusal must point: the line, and the column exactly or within [from, to]. */
export interface Where {
  readonly line: number;
  readonly column?: number | readonly [from: number, to: number];
}

export type HostileExpectation =
  | {
      readonly kind: 'opens';
      /** What must hold of the opened document: null when it does, else what is wrong. */
      readonly check?: (doc: AnswerFile) => string | null;
    }
  | {
      readonly kind: 'refused';
      /** The acceptable codes (one, unless the input could fairly be refused for several reasons). */
      readonly codes: readonly ImportErrorCode[];
      /** The position the refusal must give; 'somewhere' when any line and column will do. */
      readonly at?: Where | 'somewhere';
      /** What the message must say (the limit, the encoding, ...). */
      readonly says?: RegExp;
      /** Text the quoted line must hold. */
      readonly quote?: string;
    };

export interface HostileFixture {
  readonly name: string;
  /** One line: what the file is. */
  readonly about: string;
  /** Built on demand (some are 32 MB); never committed. */
  readonly bytes: () => Uint8Array;
  readonly expect: HostileExpectation;
  /** One of the ten nastiest, also opened through the page (e2e/hostile.spec.ts). */
  readonly nasty?: boolean;
}

export const opens = (check?: (doc: AnswerFile) => string | null): HostileExpectation => ({ kind: 'opens', ...(check ? { check } : {}) });

export const refused = (
  codes: ImportErrorCode | readonly ImportErrorCode[],
  more: { at?: Where | 'somewhere'; says?: RegExp; quote?: string } = {},
): HostileExpectation => ({ kind: 'refused', codes: typeof codes === 'string' ? [codes] : codes, ...more });

/** null when `actual` equals `expected`, else a short description. */
export function same(what: string, actual: unknown, expected: unknown): string | null {
  if (actual === expected) return null;
  const show = (v: unknown) => (typeof v === 'string' && v.length > 80 ? `${JSON.stringify(v.slice(0, 77))}… (${v.length} chars)` : JSON.stringify(v));
  return `${what}: ${show(actual)}, expected ${show(expected)}`;
}

// What fromXml returns. Untrusted input never throws: every outcome is a value.

import type { AnswerFile } from '../model/types.ts';

/** One line the repair would change: `before` is the original text of the line(s), `after` the replacement. */
export interface RepairChange {
  /** 1-based line in the original text where `before` starts. */
  readonly line: number;
  readonly description: string;
  /** Original text of the affected line(s), without the final line break; may span lines. */
  readonly before: string;
  /** Replacement for `before`. */
  readonly after: string;
}

/** A fix for a known documentation defect; the editor shows `changes` and imports `text` only if accepted. */
export interface RepairProposal {
  readonly text: string;
  readonly changes: readonly RepairChange[];
}

/** Why a file was refused. `line`/`column` are 1-based. */
export interface ImportError {
  /** Stable machine code, e.g. 'not-well-formed', 'wcd-format', 'too-large' (see ImportErrorCode). */
  readonly code: ImportErrorCode;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
  /** The offending source line, for quoting in the UI: a window of it around the column when it is long (… marks). */
  readonly lineText?: string;
  /** The 1-based position of `column` within `lineText` (differs from `column` when the window cuts the line's start). */
  readonly quoteColumn?: number;
  /** Present when the file has a known documentation defect and the repaired text imports. */
  readonly repair?: RepairProposal;
}

export type ImportErrorCode =
  | 'empty'
  | 'too-large'
  | 'not-well-formed'
  | 'doctype'
  | 'wcd-format'
  | 'oem-package-format'
  | 'wrong-namespace'
  | 'wrong-root'
  /** Elements nested deeper than MAX_DEPTH (import-limits.ts). */
  | 'too-deep'
  /** A start tag with more than MAX_ATTRIBUTES attributes. */
  | 'too-many-attributes'
  /** An element, attribute or PI name longer than MAX_NAME_CHARS. */
  | 'name-too-long'
  /** An attribute value, text, comment, CDATA section or PI longer than MAX_VALUE_CHARS. */
  | 'value-too-long'
  /** Bytes that are not valid in the file's encoding (declared, or announced by its byte-order mark). */
  | 'invalid-bytes'
  /** An encoding CAF Studio cannot decode, or UTF-16/32 without the byte-order mark XML requires. */
  | 'unsupported-encoding';

/** Something CAF Studio kept without understanding it (it is written back unchanged). 1-based position. */
export interface ImportNote {
  readonly message: string;
  readonly line: number;
  readonly column: number;
  /**
   * Only on a report's last line when the file holds more than MAX_REPORTED_NOTES (import-limits.ts) such things:
   * how many notes that summary line stands for (its position is the first of them).
   */
  readonly more?: number;
}

export type ParseResult =
  | {
      readonly ok: true;
      readonly doc: AnswerFile;
      readonly report: readonly ImportNote[];
      /**
       * Where each entity's start tag stood (1-based), by its key; sections without a key under
       * '#document', '#Imports', '#Targets', '#Static', '#TargetRefs' (the last one seen). For messages only;
       * empty when parsed with `positions: false`.
       */
      readonly positions: ReadonlyMap<string, { readonly line: number; readonly column: number }>;
    }
  | { readonly ok: false; readonly error: ImportError };

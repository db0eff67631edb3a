// One difference between two documents, as the Changes view and `caf diff` list it (issue 21).

import type { FieldRef, PartRef } from '../refs.ts';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'moved';

export interface Change {
  /** Stable within one diff result: built from the path of keys to the thing, and what changed about it. */
  readonly id: string;
  readonly kind: ChangeKind;
  /** Which part it is about; for a removed thing, the PartRef in the *before* document. */
  readonly part: PartRef;
  /** The part as a person reads it: "Target ATT_US", "Variant Telcel", "Static", "Imports", "Document". */
  readonly partLabel: string;
  /**
   * Where in the current (after) document it is: selecting a change selects this. For a removed thing: the nearest
   * surviving container in `after` (or its part).
   */
  readonly ref: FieldRef;
  /** The thing inside the part: "condition MNC", "setting SMStoSMTPShortCode", "Name", "TargetRef"... ('' for the part itself). */
  readonly what: string;
  /** Old value (for 'changed'). */
  readonly before?: string;
  /** New value (for 'changed'). */
  readonly after?: string;
  /** The sentence a list shows: "Target ATT_US, condition MNC: 410 → 411"; "Variant Telcel: setting SMStoSMTPShortCode added". */
  readonly text: string;
  /**
   * false for changes the imaging tool does not care about (comments and other kept markup, the order of Targets,
   * TargetStates, Conditions, settings groups and Settings, a Variant's or the root's Name), so equalInMeaning
   * ignores them.
   */
  readonly meaningful: boolean;
}

/** Whether the two documents a change list was made from mean the same to the imaging tool. */
export function equalInMeaning(changes: readonly Change[]): boolean {
  return changes.every((c) => !c.meaningful);
}

/** A value as a sentence shows it: absent, empty and padded values told apart from plain ones. */
export function showValue(value: string | undefined): string {
  if (value === undefined) return '(absent)';
  if (value === '' || /^\s|\s$|[\n\r\t]/.test(value)) return JSON.stringify(value);
  return value;
}

/** The sentence of a change, from its part label, what and values (`note` replaces the values: "comments changed"). */
export function sentence(kind: ChangeKind, partLabel: string, what: string, values?: { before?: string; after?: string }, note?: string): string {
  if (kind === 'changed' && note === undefined) {
    return `${partLabel}${what ? `, ${what}` : ''}: ${showValue(values?.before)} → ${showValue(values?.after)}`;
  }
  const verb = note ?? kind;
  return what ? `${partLabel}: ${what} ${verb}` : `${partLabel} ${verb}`;
}

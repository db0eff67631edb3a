// Words of the SIM simulator: a Target's outcome, a value's status, a setting's stage (docs/format.md §3.6).

import type { Outcome } from '../../model/simulate/condition-match.ts';
import type { Contribution } from '../../model/simulate/simulate.ts';

export const OUTCOME_TEXT: Readonly<Record<Outcome, string>> = { match: 'matches', 'no-match': 'does not match', unknown: 'may match' };

export const OUTCOME_COLOR: Readonly<Record<Outcome, string>> = { match: 'success.dark', 'no-match': 'text.secondary', unknown: 'warning.dark' };

export const STATUS_TEXT: Readonly<Record<Contribution['status'], string>> = {
  applied: 'applied',
  overridden: 'overridden',
  skipped: 'not applied',
  possible: 'if its Target matches',
};

/** The mark of a Variant's value that applies at a stage of its own, or undefined (every SIM, or Static). */
export function stageMark(stage: Contribution['stage']): string | undefined {
  if (stage === 'first-sim') return 'FirstVariationOnly: first SIM only';
  if (stage === 'image') return 'ImageTimeOnly: part of the image';
  return undefined;
}

/** A DOM id part from a condition name (ids may hold only some characters). */
export const idPart = (name: string): string => name.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0).toString(16)}`);

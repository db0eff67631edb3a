// What the simulator assumes where the imaging tool's build code does not settle how the phone matches
// (docs/format.md §3.6). Every result names the assumptions it depended on by id, and the CLI's JSON prints the
// list, so a user knows exactly what was assumed.

export interface Assumption {
  readonly id: AssumptionId;
  readonly text: string;
}

export type AssumptionId =
  | 'unknown-value'
  | 'value-case'
  | 'pattern-whole'
  | 'pattern-dialect'
  | 'range-inclusive'
  | 'range-number'
  | 'empty-state'
  | 'priority'
  | 'first-sim'
  | 'merge-order'
  | 'macros';

export const ASSUMPTIONS: readonly Assumption[] = [
  { id: 'unknown-value', text: 'A SIM field left empty is unknown, not empty: a condition on it may match (wildcards match it). A Target that depends on it "may match", and its Variants are not applied.' },
  { id: 'value-case', text: 'Condition names are compared ignoring case (the tool lowercases them); values are compared exactly, case included ("020" is not "20"). Prefixes are lowercase only: "Pattern:" or "Range:" make a plain value.' },
  { id: 'pattern-whole', text: 'A pattern: must match the whole value, as if written ^(?:pattern)$ (the documentation\'s example Pattern:.*Celeron.* is written for whole-value matching). Where matching a part of the value would decide otherwise, the result says so.' },
  { id: 'pattern-dialect', text: 'A pattern: is a .NET regular expression with default options. The simulator evaluates .NET syntax it can translate exactly (inline (?i) at the start, named groups, \\A \\z \\Z, $ before a final line feed, Unicode \\d \\w \\s); atomic groups, conditionals, balancing groups, class subtraction, other inline options and \\G make the condition "may match".' },
  { id: 'range-inclusive', text: 'range:min,max includes both ends (min ≤ value ≤ max), compared as whole numbers of any length (BigInt, never floating point).' },
  { id: 'range-number', text: 'A value that is not a whole number (ASCII digits, an optional leading "-") is outside every range; leading zeros are allowed ("0310" is 310).' },
  { id: 'empty-state', text: 'A TargetState without conditions matches every SIM (an AND of nothing); a Target without TargetStates matches none.' },
  { id: 'priority', text: 'When several Targets match, each is ranked by its best matching TargetState: more matched SIM conditions (P0: MCC, MNC, SPN, GID1, ICCID, IMSI, PNN, CarrierId, Roaming, UICC, UICCSLOT) first, then more matched device conditions (P1: ProcessorType, Region, Lang...), then more matched conditions in all; wildcards count as none. The lower rank is applied first and overwritten; equal ranks apply in document order of their first Variant, the later overriding the earlier.' },
  { id: 'first-sim', text: 'Groups the catalog marks FirstVariationOnly apply only to the first SIM the phone sees (slot 1 unless said otherwise); ImageTimeOnly groups and Static are part of the image, not of a SIM event.' },
  { id: 'merge-order', text: 'Variants that share a Target are merged into one, in document order; a setting set twice in one merged Variant (which the tool refuses when the values differ) takes the later value.' },
  { id: 'macros', text: '$(__ICCID) and $(__IMSI), written exactly so, are replaced in setting paths by the SIM\'s ICCID and IMSI; when the value is unknown the macro is left as written.' },
];

const BY_ID = new Map(ASSUMPTIONS.map((a) => [a.id, a]));

export function assumption(id: AssumptionId): Assumption {
  return BY_ID.get(id)!;
}

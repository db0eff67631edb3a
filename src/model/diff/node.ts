// How the diff sees the document's elements: generic nodes, each described by a Spec (the table is spec.ts).

import type { PartRef } from '../refs.ts';

/** Any element of the model, read generically. */
export type Node = { readonly [prop: string]: unknown };

/** What an element is known by among its siblings when keys do not match; undefined: not known by this. */
export type Meaning = (node: Node) => string | undefined;

export interface ListChild {
  readonly type: 'list';
  readonly prop: string;
  /** The spec of one item (items of Static and Variants are of several kinds). */
  readonly of: (node: Node) => Spec;
  /** Tried in order on what the keys left unmatched. */
  readonly meanings: readonly Meaning[];
  /** Pair what is still left in order, for elements without names (TargetStates, Applications, TargetRefs). */
  readonly byPosition?: (node: Node) => boolean;
}

export interface SingleChild {
  readonly type: 'single';
  readonly prop: string;
  readonly spec: Spec;
}

export type Child = ListChild | SingleChild;

export interface Spec {
  readonly name: string;
  /** The model fields compared as attributes, in schema order. */
  readonly fields: readonly string[];
  /** In document order. */
  readonly children: readonly Child[];
  /** How a person names it inside its part: "condition MNC" ('' for a part). */
  readonly label: (node: Node) => string;
  /** The field a change of which reads as a change of the element itself: "condition MNC: 410 → 411". */
  readonly primary?: { readonly field: string; readonly what?: string };
  /** The element is a part of the document (a Target, a Variant, Imports, Static). */
  readonly part?: (node: Node) => PartRef;
  readonly partLabel?: (node: Node) => string;
  /** A singleton without a key: the field its FieldRef names on the part ('targets', 'targetRefs'). */
  readonly refField?: string;
  /** Named in the `what` of the changes below it ("state 2, condition MNC") when it has siblings. */
  readonly inAncestry?: boolean;
  /** A singleton: an empty one, for what is put back into a section the after document lacks. */
  readonly empty?: () => Node;
  /** Whether its order among its siblings matters to the imaging tool (default true). */
  readonly orderMatters?: boolean;
  /** Fields the imaging tool reads ignoring case: a change of case only does not change the meaning. */
  readonly caseless?: readonly string[];
  /** Fields the imaging tool does not read (docs/format.md §2.2: the root's Name and Description; §4.2: a Variant's Name). */
  readonly unread?: readonly string[];
}

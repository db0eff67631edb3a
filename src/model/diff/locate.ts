// Where an element stands in a document, as the steps from the root to it (a list item by key, a section or
// TargetRefs by name), and the identity-preserving update of the element a location names (list.ts).

import { updateByKey } from '../list.ts';
import type { Node, Spec } from './node.ts';

export interface Step {
  readonly prop: string;
  /** A list item's key; absent for a singleton (a section, TargetRefs). */
  readonly key?: string;
  /** A singleton's spec: it is created empty when an update reaches it and it is absent. */
  readonly single?: Spec;
  /** The singleton is absent in the before document: a revert that leaves it bare removes it again. */
  readonly absentBefore?: boolean;
}

export type Loc = readonly Step[];

const TRIVIA = ['before', 'end', 'inner', 'prolog', 'epilog', 'extraAttrs'] as const;

/** `root` with the element at `loc` replaced by `fn(element)`; `root` itself when nothing changed or it is not there. */
export function updateAt(root: Node, loc: Loc, fn: (node: Node) => Node): Node {
  if (loc.length === 0) return fn(root);
  const [step, ...rest] = loc;
  const child = root[step.prop];
  let next: unknown;
  if (step.key !== undefined) {
    if (!Array.isArray(child)) return root;
    next = updateByKey(child as readonly (Node & { key: string })[], step.key, (n) => updateAt(n, rest, fn) as Node & { key: string });
  } else {
    const here = (child as Node | undefined) ?? step.single?.empty?.();
    if (here === undefined) return root;
    const updated = updateAt(here, rest, fn);
    next = updated === here ? child : updated;
  }
  return next === child ? root : { ...root, [step.prop]: next };
}

/** The element at `loc`, or undefined. */
export function nodeAt(root: Node, loc: Loc): Node | undefined {
  let node: Node | undefined = root;
  for (const step of loc) {
    const child: unknown = node?.[step.prop];
    node = step.key === undefined ? (child as Node | undefined) : (child as readonly Node[] | undefined)?.find((n) => n.key === step.key);
    if (node === undefined) return undefined;
  }
  return node;
}

/** Whether an element holds nothing: no attributes, children, comments or other kept markup. */
export function isBare(node: Node, spec: Spec): boolean {
  if (spec.fields.some((f) => node[f] !== undefined)) return false;
  if (TRIVIA.some((p) => ((node[p] as readonly unknown[] | undefined)?.length ?? 0) > 0)) return false;
  return spec.children.every((c) => (c.type === 'list' ? ((node[c.prop] as readonly unknown[] | undefined)?.length ?? 0) === 0 : node[c.prop] === undefined));
}

/** Every key in an element and below it. */
export function keysIn(node: Node, spec: Spec, into: Set<string>): Set<string> {
  if (typeof node.key === 'string') into.add(node.key);
  for (const c of spec.children) {
    if (c.type === 'single') {
      const s = node[c.prop] as Node | undefined;
      if (s) keysIn(s, c.spec, into);
    } else for (const n of (node[c.prop] ?? []) as readonly Node[]) keysIn(n, c.of(n), into);
  }
  return into;
}

/** How one change is undone, on the after document (revert.ts applies it). */
export type Undo =
  /** Put fields, kept markup or unknown attributes back as they were. */
  | { readonly op: 'patch'; readonly at: Loc; readonly patch: Readonly<Record<string, unknown>> }
  /** Take out what was added: a list item by key, or a singleton. */
  | { readonly op: 'remove'; readonly parent: Loc; readonly prop: string; readonly key?: string }
  /** Put back what was removed, right after `anchor` (a key in the after list) or first; a singleton in its place. */
  | { readonly op: 'insert'; readonly parent: Loc; readonly prop: string; readonly node: Node; readonly spec: Spec; readonly anchor?: string }
  /** Move an element back right after `anchor`, or first. */
  | { readonly op: 'move'; readonly parent: Loc; readonly prop: string; readonly key: string; readonly anchor?: string };

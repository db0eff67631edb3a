// revertChange: undoes exactly one change of a diff on the after document, leaving every other change listed. Works
// with the identity-preserving list edits (list.ts) and patchFields, like every model edit.

import { patchFields } from '../answer-file.ts';
import type { KeyGen } from '../ids.ts';
import { indexOfKey, insertAt, moveByKey, removeByKey } from '../list.ts';
import type { AnswerFile } from '../types.ts';
import type { Change } from './change.ts';
import { diffEntries, diffOptionsOf } from './diff.ts';
import type { Loc, Undo } from './locate.ts';
import { isBare, keysIn, nodeAt, updateAt } from './locate.ts';
import type { Node, Spec } from './node.ts';
import { ROOT } from './spec.ts';

type Keyed = Node & { readonly key: string };

/** A copy of the element with fresh keys everywhere (what is put back must not share a key with what is there). */
function rekey(node: Node, spec: Spec, keys: KeyGen): Node {
  const out: Record<string, unknown> = { ...node };
  if (typeof node.key === 'string') out.key = keys();
  for (const c of spec.children) {
    const v = node[c.prop];
    if (v === undefined) continue;
    out[c.prop] = c.type === 'single' ? rekey(v as Node, c.spec, keys) : (v as readonly Node[]).map((n) => rekey(n, c.of(n), keys));
  }
  return out;
}

function updateList(root: Node, parent: Loc, prop: string, fn: (list: readonly Keyed[]) => readonly Keyed[]): Node {
  return updateAt(root, parent, (n) => {
    const list = (n[prop] ?? []) as readonly Keyed[];
    const next = fn(list);
    return next === list ? n : { ...n, [prop]: next };
  });
}

/** Where an element goes back: right after `anchor`, or first. */
const placeAfter = (list: readonly Keyed[], anchor: string | undefined) => (anchor === undefined ? 0 : indexOfKey(list, anchor) + 1);

function apply(root: Node, undo: Undo, keys: KeyGen): Node {
  switch (undo.op) {
    case 'patch':
      return updateAt(root, undo.at, (n) => patchFields(n, undo.patch));
    case 'remove':
      if (undo.key === undefined) return updateAt(root, undo.parent, (n) => patchFields(n, { [undo.prop]: undefined }));
      return updateList(root, undo.parent, undo.prop, (list) => removeByKey(list, undo.key as string));
    case 'insert': {
      const taken = keysIn(root, ROOT, new Set());
      const clash = [...keysIn(undo.node, undo.spec, new Set())].some((k) => taken.has(k));
      const node = clash ? rekey(undo.node, undo.spec, keys) : undo.node;
      if (typeof node.key !== 'string') return updateAt(root, undo.parent, (n) => patchFields(n, { [undo.prop]: node }));
      return updateList(root, undo.parent, undo.prop, (list) => insertAt(list, node as Keyed, placeAfter(list, undo.anchor)));
    }
    case 'move':
      return updateList(root, undo.parent, undo.prop, (list) => {
        const rest = removeByKey(list, undo.key);
        return moveByKey(list, undo.key, placeAfter(rest, undo.anchor));
      });
  }
}

/**
 * A section (or TargetRefs) the before document lacks and the revert left empty goes, as it came with what the
 * revert took out: otherwise putting one thing back would list a new change, the empty section.
 */
function tidy(result: Node, after: Node, loc: Loc): Node {
  for (let i = loc.length; i > 0; i--) {
    const step = loc[i - 1];
    if (!step.single || !step.absentBefore) continue;
    const here = loc.slice(0, i);
    const now = nodeAt(result, here);
    const was = nodeAt(after, here);
    if (now && isBare(now, step.single) && !(was && isBare(was, step.single))) {
      result = updateAt(result, loc.slice(0, i - 1), (n) => patchFields(n, { [step.prop]: undefined }));
    }
  }
  return result;
}

const locOf = (undo: Undo): Loc => (undo.op === 'patch' ? undo.at : undo.parent);

/**
 * `after` with exactly one change undone: an added thing removed, a removed thing put back where it stood (after
 * its previous sibling that kept its place, else first; with fresh keys from `keys` if its own are taken), a changed
 * value set back, a moved thing moved back. diffDocuments(before, result) then lists every other change still.
 * Returns `after` itself when the change is not one of diffDocuments(before, after).
 */
export function revertChange(after: AnswerFile, before: AnswerFile, change: Change, keys: KeyGen): AnswerFile {
  const entry = diffEntries(before, after, diffOptionsOf(change)).find((e) => e.change.id === change.id);
  if (!entry) return after;
  const b = after as unknown as Node;
  const result = apply(b, entry.undo, keys);
  return (result === b ? b : tidy(result, b, locOf(entry.undo))) as unknown as AnswerFile;
}

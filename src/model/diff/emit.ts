// One change as the walk finds it (walk.ts), made into a Change with its sentence, and how to undo it.

import type { PartRef } from '../refs.ts';
import type { Change, ChangeKind } from './change.ts';
import { sentence } from './change.ts';
import type { Loc, Undo } from './locate.ts';

export interface Entry {
  readonly change: Change;
  readonly undo: Undo;
}

/** Where the walk stands: the element being compared, in its part. */
export interface Ctx {
  readonly part: PartRef;
  readonly partLabel: string;
  /** The element's part in the before document (differs from `part` only for a removed part). */
  readonly beforePart: PartRef;
  readonly beforePartLabel: string;
  /** Labels of the ancestors named in `what` ("state 2"). */
  readonly ancestry: readonly string[];
  /** How the element itself is named: ancestry and own label. */
  readonly what: string;
  /** Keys from the part down to the element (the FieldRef's path). */
  readonly refPath: readonly string[];
  readonly refField?: string;
  readonly loc: Loc;
  readonly id: string;
}

export interface Emit {
  readonly kind: ChangeKind;
  readonly ctx: Ctx;
  readonly tag: string;
  readonly what: string;
  readonly undo: Undo;
  readonly meaningful: boolean;
  readonly before?: string;
  readonly after?: string;
  /** Replaces the values in the sentence ("changed" for kept markup). */
  readonly note?: string;
  /** For a removed element: its part and label in the before document, and the after element it stood in. */
  readonly removedFrom?: Ctx;
  readonly field?: string;
}

export const joinWhat = (...parts: readonly string[]) => parts.filter((p) => p !== '').join(', ');

export function selfRef(ctx: Ctx, field?: string) {
  const f = field ?? ctx.refField;
  return { part: ctx.part, path: ctx.refPath, ...(f === undefined ? {} : { field: f }) };
}

export function emit(out: Entry[], e: Emit): void {
  const gone = e.removedFrom !== undefined;
  const part = gone ? e.ctx.beforePart : e.ctx.part;
  const partLabel = gone ? e.ctx.beforePartLabel : e.ctx.partLabel;
  const values = {
    ...(e.before === undefined ? {} : { before: e.before }),
    ...(e.after === undefined ? {} : { after: e.after }),
  };
  const change: Change = {
    id: `${e.ctx.id}#${e.tag}`,
    kind: e.kind,
    part,
    partLabel,
    ref: gone ? selfRef(e.removedFrom) : selfRef(e.ctx, e.field),
    what: e.what,
    ...values,
    text: sentence(e.kind, partLabel, e.what, values, e.note),
    meaningful: e.meaningful,
  };
  out.push({ change, undo: e.undo });
}


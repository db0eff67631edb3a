// Entry points: `validate(doc, options)` computes every diagnostic; `createValidator()` returns the same
// function with each part's diagnostics cached by object identity (WeakMap) plus the context facts the
// part depends on, so that after an edit only the changed parts are re-checked (architecture: speed).

import type { AnswerFile, StaticSection, Target, Variant } from '../types.ts';
import { targetList } from '../answer-file.ts';
import type { ValidationContext } from './context.ts';
import { buildContext } from './context.ts';
import type { Diagnostic } from './diagnostic.ts';
import { sameDiagnostics } from './diagnostic.ts';
import { validateRoot } from './root.ts';
import { validateStatic } from './static.ts';
import { validateTarget } from './targets.ts';
import { validateVariant, variantFacts } from './variants.ts';

export interface ValidateOptions {
  /** /StrictSettingPolicies: unknown Settings Paths and names are errors (format.md decision 1). */
  readonly strict: boolean;
}

/** How a run obtains one part's diagnostics: computed directly, or from a cache. */
interface PartMemo {
  part<T extends object>(obj: T, facts: string, compute: () => readonly Diagnostic[]): readonly Diagnostic[];
}

const DIRECT: PartMemo = { part: (_obj, _facts, compute) => compute() };

/** Each part's diagnostics in document order (targets, Static, variants); the root's are not included. */
function* partDiagnostics(doc: AnswerFile, ctx: ValidationContext, memo: PartMemo): Generator<readonly Diagnostic[]> {
  for (const t of targetList(doc)) {
    const dup = t.id !== undefined && t.id !== '' && ctx.firstTargetById.get(t.id) !== t.key;
    yield memo.part<Target>(t, dup ? 'dup' : '', () => validateTarget(t, ctx));
  }
  const s = doc.static;
  if (s) yield memo.part<StaticSection>(s, ctx.strict ? 'S' : 's', () => validateStatic(s, ctx));
  for (const v of doc.variants) {
    yield memo.part<Variant>(v, variantFacts(v, ctx), () => validateVariant(v, ctx));
  }
}

/** The root's diagnostics followed by each part's, as one list. */
function joined(root: readonly Diagnostic[], parts: Iterable<readonly Diagnostic[]>): Diagnostic[] {
  const out: Diagnostic[] = [...root];
  for (const diags of parts) for (const d of diags) out.push(d);
  return out;
}

/** Every diagnostic of the document, in document order (root, imports, targets, Static, Variants). */
export function validate(doc: AnswerFile, options: ValidateOptions): readonly Diagnostic[] {
  return joined(validateRoot(doc), partDiagnostics(doc, buildContext(doc, options.strict), DIRECT));
}

export interface Validator {
  (doc: AnswerFile, options: ValidateOptions): readonly Diagnostic[];
  /**
   * Checks `doc`'s parts into the cache, pausing (yielding) after every `slice` parts, so that a caller can spread
   * the first validation of a large document over several tasks; a later call for the same document is then a join.
   */
  warm(doc: AnswerFile, options: ValidateOptions, slice: number): Generator<void, void, void>;
}

/** A `validate` that reuses the diagnostics of parts that did not change since its previous calls. */
export function createValidator(): Validator {
  const cache = new WeakMap<object, { readonly facts: string; readonly diags: readonly Diagnostic[] }>();
  const memo: PartMemo = {
    part(obj, facts, compute) {
      const hit = cache.get(obj);
      if (hit && hit.facts === facts) return hit.diags;
      const diags = compute();
      cache.set(obj, { facts, diags });
      return diags;
    },
  };
  // The previous run: a keystroke changes one part, so the context (the targets' Ids) is usually the same, and
  // when no part's diagnostics changed (most keys) the previous list is returned as it was.
  let last: { strict: boolean; targets: readonly Target[]; ctx: ValidationContext; root: readonly Diagnostic[]; parts: readonly (readonly Diagnostic[])[]; out: readonly Diagnostic[] } | null = null;
  const validator = (doc: AnswerFile, options: ValidateOptions) => {
    const targets = targetList(doc);
    const ctx = last && last.targets === targets && last.strict === options.strict ? last.ctx : buildContext(doc, options.strict);
    const root = validateRoot(doc);
    const parts = [...partDiagnostics(doc, ctx, memo)];
    if (last && last.strict === options.strict && sameParts(last.parts, parts) && sameDiagnostics(last.root, root)) {
      last = { ...last, targets, ctx, parts };
      return last.out;
    }
    const out = joined(root, parts);
    last = { strict: options.strict, targets, ctx, root, parts, out };
    return out;
  };
  validator.warm = function* (doc: AnswerFile, options: ValidateOptions, slice: number): Generator<void, void, void> {
    const ctx = buildContext(doc, options.strict);
    let n = 0;
    for (const diags of partDiagnostics(doc, ctx, memo)) {
      void diags;
      if (++n % slice === 0) yield;
    }
  };
  return validator;
}

/** The same part results: the same cached arrays, or (for the re-checked part) arrays that say the same. */
function sameParts(a: readonly (readonly Diagnostic[])[], b: readonly (readonly Diagnostic[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && !sameDiagnostics(a[i], b[i])) return false;
  return true;
}


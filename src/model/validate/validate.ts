// Entry points: `validate(doc, options)` computes every diagnostic; `createValidator()` returns the same
// function with each part's diagnostics cached by object identity (WeakMap) plus the context facts the
// part depends on, so that after an edit only the changed parts are re-checked (architecture: speed).

import type { AnswerFile, StaticSection, Target, Variant } from '../types.ts';
import { targetList } from '../answer-file.ts';
import type { ValidationContext } from './context.ts';
import { buildContext } from './context.ts';
import type { Diagnostic } from './diagnostic.ts';
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

function run(doc: AnswerFile, options: ValidateOptions, memo: PartMemo): readonly Diagnostic[] {
  const ctx: ValidationContext = buildContext(doc, options.strict);
  const out: Diagnostic[] = [...validateRoot(doc)];
  for (const diags of partDiagnostics(doc, ctx, memo)) out.push(...diags);
  return out;
}

/** Every diagnostic of the document, in document order (root, imports, targets, Static, Variants). */
export function validate(doc: AnswerFile, options: ValidateOptions): readonly Diagnostic[] {
  return run(doc, options, DIRECT);
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
  const validator = (doc: AnswerFile, options: ValidateOptions) => run(doc, options, memo);
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

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
import type { SchemaScopes } from './schema.ts';
import { schemaOfStatic, schemaOfTarget, schemaOfVariant, schemaScopes } from './schema.ts';

export interface ValidateOptions {
  /** /StrictSettingPolicies: unknown Settings Paths and names are errors (format.md decision 1). */
  readonly strict: boolean;
}

/** How a run obtains one part's diagnostics: computed directly, or from a cache. */
interface PartMemo {
  part<T extends object>(obj: T, facts: string, compute: () => readonly Diagnostic[]): readonly Diagnostic[];
}

const DIRECT: PartMemo = { part: (_obj, _facts, compute) => compute() };

/** A part's rule diagnostics followed by its schema findings (usually none: the same list back). */
function withSchema(rules: readonly Diagnostic[], schema: readonly Diagnostic[]): readonly Diagnostic[] {
  return schema.length === 0 ? rules : [...rules, ...schema];
}

// A part's schema findings depend on the part and on the namespace declarations above it (`ns.facts`, '' nearly
// always), so those are part of the cache key.
function targetPart(t: Target, ctx: ValidationContext, memo: PartMemo, ns: SchemaScopes): readonly Diagnostic[] {
  const dup = t.id !== undefined && t.id !== '' && ctx.firstTargetById.get(t.id) !== t.key;
  return memo.part<Target>(t, (dup ? 'dup' : '') + ns.facts, () => withSchema(validateTarget(t, ctx), schemaOfTarget(t, ns)));
}

function staticPartOf(s: StaticSection, ctx: ValidationContext, memo: PartMemo, ns: SchemaScopes): readonly Diagnostic[] {
  return memo.part<StaticSection>(s, (ctx.strict ? 'S' : 's') + ns.facts, () => withSchema(validateStatic(s, ctx), schemaOfStatic(s, ns)));
}

function variantPart(v: Variant, ctx: ValidationContext, memo: PartMemo, ns: SchemaScopes): readonly Diagnostic[] {
  return memo.part<Variant>(v, variantFacts(v, ctx) + ns.facts, () => withSchema(validateVariant(v, ctx), schemaOfVariant(v, ns)));
}

/** Each part's diagnostics in document order (targets, Static, variants); the root's are not included. */
function* partDiagnostics(doc: AnswerFile, ctx: ValidationContext, memo: PartMemo): Generator<readonly Diagnostic[]> {
  const ns = schemaScopes(doc);
  for (const t of targetList(doc)) yield targetPart(t, ctx, memo, ns);
  if (doc.static) yield staticPartOf(doc.static, ctx, memo, ns);
  for (const v of doc.variants) yield variantPart(v, ctx, memo, ns);
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

/** One run's part results, by kind, with the parts they were computed for. */
interface Run {
  readonly strict: boolean;
  readonly targets: readonly Target[];
  /** The namespace declarations above the parts (SchemaScopes.facts): the parts' schema findings depend on them. */
  readonly ns: string;
  readonly ctx: ValidationContext;
  readonly root: readonly Diagnostic[];
  readonly targetParts: readonly (readonly Diagnostic[])[];
  /** Static's diagnostics; none when the document has no Static. */
  readonly staticPart: readonly Diagnostic[];
  readonly staticSection: StaticSection | undefined;
  readonly variants: readonly Variant[];
  readonly variantParts: readonly (readonly Diagnostic[])[];
  readonly out: readonly Diagnostic[];
}

const NO_DIAGNOSTICS: readonly Diagnostic[] = [];

/** How many parts the cached validators have checked (not served from their cache): tests read it. */
export const partChecks = { count: 0 };

/** A `validate` that reuses the diagnostics of parts that did not change since its previous calls. */
export function createValidator(): Validator {
  const cache = new WeakMap<object, { readonly facts: string; readonly diags: readonly Diagnostic[] }>();
  const memo: PartMemo = {
    part(obj, facts, compute) {
      const hit = cache.get(obj);
      if (hit && hit.facts === facts) return hit.diags;
      partChecks.count++;
      const diags = compute();
      cache.set(obj, { facts, diags });
      return diags;
    },
  };
  // The previous run. A keystroke changes one part: while the targets array is the same, the context (the
  // targets' Ids) is the same, so every part that is the same object as in the previous run has the same
  // diagnostics, found by comparing references alone. Only the changed parts go through the cache. When no
  // part says anything new (most keys), the previous list is returned as it was.
  let last: Run | null = null;
  const validator = (doc: AnswerFile, options: ValidateOptions) => {
    const targets = targetList(doc);
    const ns = schemaScopes(doc);
    const prev = last && last.targets === targets && last.strict === options.strict && last.ns === ns.facts ? last : null;
    const ctx = prev ? prev.ctx : buildContext(doc, options.strict);
    const root = validateRoot(doc);
    const targetParts = prev ? prev.targetParts : targets.map((t) => targetPart(t, ctx, memo, ns));
    const s = doc.static;
    const staticPart = prev && s === prev.staticSection ? prev.staticPart : s ? staticPartOf(s, ctx, memo, ns) : NO_DIAGNOSTICS;
    const variantParts =
      prev && doc.variants === prev.variants
        ? prev.variantParts
        : doc.variants.map((v, i) => (prev && v === prev.variants[i] ? prev.variantParts[i] : variantPart(v, ctx, memo, ns)));
    // The targets' parts are the previous run's whenever there is one (the same targets array).
    const same = prev !== null && sameDiagnostics(prev.root, root) && sameDiagnostics(prev.staticPart, staticPart) && sameParts(prev.variantParts, variantParts);
    const out = same ? prev.out : joined(root, [...targetParts, staticPart, ...variantParts]);
    last = { strict: options.strict, targets, ns: ns.facts, ctx, root, targetParts, staticPart, staticSection: s, variants: doc.variants, variantParts, out };
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

/** The same part results: the same arrays (parts not re-checked), or arrays that say the same (re-checked parts). */
function sameParts(a: readonly (readonly Diagnostic[])[], b: readonly (readonly Diagnostic[])[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!sameDiagnostics(a[i], b[i])) return false;
  return true;
}

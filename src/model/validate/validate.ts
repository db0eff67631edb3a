// Entry points: `validate(doc, options)` computes every diagnostic; `createValidator()` returns the same
// function with each part's diagnostics cached by object identity (WeakMap) plus the context facts the
// part depends on, so that after an edit only the changed parts are re-checked (docs/architecture.md, "The validator").

import type { AnswerFile, StaticSection, Target, Variant } from '../types.ts';
import { targetList } from '../answer-file.ts';
import type { ValidationContext } from './context.ts';
import { buildContext, isReferenced, referencedTargetIds, sameIds } from './context.ts';
import type { Diagnostic } from './diagnostic.ts';
import { sameDiagnostics } from './diagnostic.ts';
import { validateRoot } from './root.ts';
import { validateStatic } from './static.ts';
import { validateTarget } from './targets.ts';
import { validateVariant, variantFacts } from './variants.ts';
import type { CrossExtras } from './merge-cross.ts';
import { crossExtras, withExtras } from './merge-cross.ts';
import type { SchemaScopes } from './schema.ts';
import { schemaOfStatic, schemaOfTarget, schemaOfVariant, schemaScopes } from './schema.ts';
import { targetOverlaps } from './target-audit.ts';

export interface ValidateOptions {
  /** /StrictSettingPolicies: unknown Settings Paths and names are errors (docs/format.md §5.5). */
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
  const dup = t.id !== undefined && ctx.firstTargetById.get(t.id) !== t.key;
  const facts = (dup ? 'dup' : '') + (isReferenced(t, ctx) ? 'R' : '') + ns.facts;
  return memo.part<Target>(t, facts, () => withSchema(validateTarget(t, ctx), schemaOfTarget(t, ns)));
}

function staticPartOf(s: StaticSection, ctx: ValidationContext, memo: PartMemo, ns: SchemaScopes): readonly Diagnostic[] {
  return memo.part<StaticSection>(s, (ctx.strict ? 'S' : 's') + ns.facts, () => withSchema(validateStatic(s, ctx), schemaOfStatic(s, ns)));
}

function variantPart(v: Variant, ctx: ValidationContext, memo: PartMemo, ns: SchemaScopes): readonly Diagnostic[] {
  return memo.part<Variant>(v, variantFacts(v, ctx) + ns.facts, () => withSchema(validateVariant(v, ctx), schemaOfVariant(v, ns)));
}

/**
 * Each part's diagnostics in document order (targets, Static, variants); the root's are not included. With `cross`,
 * Static's and each Variant's include what the cross-part checks add (merged Variants, asset device paths).
 */
function* partDiagnostics(doc: AnswerFile, ctx: ValidationContext, memo: PartMemo, cross?: CrossExtras, overlaps?: Overlaps): Generator<readonly Diagnostic[]> {
  const ns = schemaScopes(doc);
  for (const t of targetList(doc)) yield withAdded(targetPart(t, ctx, memo, ns), overlaps?.get(t));
  if (doc.static) yield withExtras(staticPartOf(doc.static, ctx, memo, ns), cross?.static);
  for (const v of doc.variants) yield withExtras(variantPart(v, ctx, memo, ns), cross?.variants.get(v));
}

type Overlaps = ReadonlyMap<Target, readonly Diagnostic[]>;

const added = new WeakMap<readonly Diagnostic[], { readonly own: readonly Diagnostic[]; readonly out: readonly Diagnostic[] }>();

/** A Target's own diagnostics followed by the target audit's overlap warnings on it (the same array for the same inputs). */
function withAdded(own: readonly Diagnostic[], add: readonly Diagnostic[] | undefined): readonly Diagnostic[] {
  if (!add || add.length === 0) return own;
  const hit = added.get(add);
  if (hit && hit.own === own) return hit.out;
  const out = [...own, ...add];
  added.set(add, { own, out });
  return out;
}

/** The root's diagnostics followed by each part's, as one list. */
function joined(root: readonly Diagnostic[], parts: Iterable<readonly Diagnostic[]>): Diagnostic[] {
  const out: Diagnostic[] = [...root];
  for (const diags of parts) for (const d of diags) out.push(d);
  return out;
}

/** Every diagnostic of the document, in document order (root, imports, targets, Static, Variants). */
export function validate(doc: AnswerFile, options: ValidateOptions): readonly Diagnostic[] {
  const cross = crossExtras(doc.static, doc.variants);
  const overlaps = targetOverlaps(targetList(doc), doc.variants);
  return joined(validateRoot(doc), partDiagnostics(doc, buildContext(doc, options.strict), DIRECT, cross, overlaps));
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
  /** The target audit's overlap warnings, by Target (target-audit.ts). */
  readonly overlaps: Overlaps;
  /** Each Target's diagnostics with its overlap warnings: what the output holds. */
  readonly targetsShown: readonly (readonly Diagnostic[])[];
  /** Static's diagnostics; none when the document has no Static. */
  readonly staticPart: readonly Diagnostic[];
  readonly staticSection: StaticSection | undefined;
  readonly variants: readonly Variant[];
  readonly variantParts: readonly (readonly Diagnostic[])[];
  /** What the cross-part checks add, for this run's Static and variants. */
  readonly cross: CrossExtras;
  /** Static's and each variant's diagnostics with the cross-part additions: what the output holds. */
  readonly staticShown: readonly Diagnostic[];
  readonly variantsShown: readonly (readonly Diagnostic[])[];
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
  // part says anything new (most keys), the previous list is returned as it was. The one fact the Variants add
  // (which Targets they refer to) is compared whenever the variants array changed: when it differs, the targets
  // go through the cache again, and only those whose referred-to fact changed are re-checked.
  let last: Run | null = null;
  const validator = (doc: AnswerFile, options: ValidateOptions) => {
    const targets = targetList(doc);
    const ns = schemaScopes(doc);
    const prev = last && last.targets === targets && last.strict === options.strict && last.ns === ns.facts ? last : null;
    let ctx = prev ? prev.ctx : buildContext(doc, options.strict);
    let referredChanged = false;
    if (prev && doc.variants !== prev.variants) {
      const referenced = referencedTargetIds(doc.variants);
      if (!sameIds(referenced, prev.ctx.referencedTargetIds)) {
        ctx = { ...prev.ctx, referencedTargetIds: referenced };
        referredChanged = true;
      }
    }
    const root = validateRoot(doc);
    const targetParts = prev && !referredChanged ? prev.targetParts : targets.map((t) => targetPart(t, ctx, memo, ns));
    const s = doc.static;
    const staticPart = prev && s === prev.staticSection ? prev.staticPart : s ? staticPartOf(s, ctx, memo, ns) : NO_DIAGNOSTICS;
    const variantParts =
      prev && doc.variants === prev.variants
        ? prev.variantParts
        : doc.variants.map((v, i) => (prev && v === prev.variants[i] ? prev.variantParts[i] : variantPart(v, ctx, memo, ns)));
    // The cross-part checks depend on Static and the variants alone (not on the targets or strict mode). Grouping
    // the variants by Target is one map pass; the merges and the asset paths are cached by identity inside.
    const cross = last && s === last.staticSection && doc.variants === last.variants ? last.cross : crossExtras(s, doc.variants);
    const staticShown = withExtras(staticPart, cross.static);
    // The overlaps depend on the targets and variants arrays (cached by their identities inside).
    const overlaps = targetOverlaps(targets, doc.variants);
    const targetsShown =
      last && targetParts === last.targetParts && overlaps === last.overlaps
        ? last.targetsShown
        : targetParts.map((own, i) => withAdded(own, overlaps.get(targets[i])));
    const variantsShown =
      last && variantParts === last.variantParts && cross === last.cross
        ? last.variantsShown
        : variantParts.map((own, i) => withExtras(own, cross.variants.get(doc.variants[i])));
    const same =
      prev !== null &&
      sameDiagnostics(prev.root, root) &&
      (targetsShown === prev.targetsShown || sameParts(prev.targetsShown, targetsShown)) &&
      sameDiagnostics(prev.staticShown, staticShown) &&
      sameParts(prev.variantsShown, variantsShown);
    const out = same ? prev.out : joined(root, [...targetsShown, staticShown, ...variantsShown]);
    last = { strict: options.strict, targets, ns: ns.facts, ctx, root, targetParts, overlaps, targetsShown, staticPart, staticSection: s, variants: doc.variants, variantParts, cross, staticShown, variantsShown, out };
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

// Checks of one `<Variant>`: its single TargetRef and its settings groups and applications.

import type { Variant } from '../types.ts';
import type { PartRef } from '../refs.ts';
import { assertNever } from '../types.ts';
import type { ValidationContext } from './context.ts';
import type { Diagnostic } from './diagnostic.ts';
import { diag } from './diagnostic.ts';
import { duplicateApplications, validateApplications } from './applications.ts';
import { validateSettingsGroup } from './settings-groups.ts';

export function validateVariant(variant: Variant, ctx: ValidationContext): readonly Diagnostic[] {
  const part: PartRef = { kind: 'variant', key: variant.key };
  const out: Diagnostic[] = [];
  const label = variant.name ? `Variant "${variant.name}"` : 'this Variant';
  const Label = variant.name ? label : 'This Variant';
  const refs = variant.targetRefs?.refs ?? [];
  if (refs.length === 0) {
    out.push(diag('variant-no-targetref', `${Label} has no TargetRef, so it never applies: choose the Target it is for.`, { part, path: [], field: 'targetRef' }));
  }
  refs.forEach((ref, i) => {
    const rref = { part, path: [ref.key], field: 'id' };
    if (i > 0) {
      out.push(diag('variant-many-targetrefs', `${Label} may refer to one Target only: remove this TargetRef, or make another Variant for it.`, rref));
    }
    if (ref.id === undefined) {
      out.push(diag('targetref-id-empty', `The TargetRef of ${label} has no Id attribute, which the schema requires: choose a Target.`, rref));
    } else if (!ctx.firstTargetById.has(ref.id)) {
      const which = ref.id === '' ? 'the Target with an empty Id, and there is none' : `Target "${ref.id}", which does not exist (Ids are case-sensitive)`;
      out.push(diag('targetref-unknown', `${Label} refers to ${which}: pick an existing Target or add one.`, rref));
    }
  });
  const place = { part, inVariant: true, strict: ctx.strict };
  for (const item of variant.items) {
    switch (item.kind) {
      case 'settings':
        out.push(...validateSettingsGroup(item, place));
        break;
      case 'applications':
        out.push(...validateApplications(item, part, false));
        break;
      default:
        assertNever(item);
    }
  }
  out.push(...duplicateApplications(variant.items, part));
  return out;
}

/** The context facts a Variant's diagnostics depend on, as a cache key: which of its TargetRefs resolve. */
export function variantFacts(variant: Variant, ctx: ValidationContext): string {
  let facts = ctx.strict ? 'S' : 's';
  for (const r of variant.targetRefs?.refs ?? []) facts += r.id !== undefined && ctx.firstTargetById.has(r.id) ? '1' : '0';
  return facts;
}

// The checks across parts (merged Variants, device paths of assets), joined into what each part adds to its own
// diagnostics. validate.ts shows a part's additions right after the part's own diagnostics.

import type { StaticSection, Variant } from '../types.ts';
import type { Diagnostic } from './diagnostic.ts';
import type { PartExtras } from './merge-extras.ts';
import { isForgiven } from './merge-extras.ts';
import { mergeExtras } from './merge.ts';
import { assetTargetConflicts } from './merge-asset-paths.ts';

export interface CrossExtras {
  readonly variants: ReadonlyMap<Variant, PartExtras>;
  readonly static: PartExtras | undefined;
}

const NO_KEYS: ReadonlySet<never> = new Set();

/** What the cross-part checks add to Static and to each Variant (only parts with something to add appear). */
export function crossExtras(section: StaticSection | undefined, variants: readonly Variant[]): CrossExtras {
  const merged = mergeExtras(variants);
  const assets = assetTargetConflicts(section, variants);
  if (assets.size === 0) return { variants: merged, static: undefined };
  const out = new Map(merged);
  let staticExtras: PartExtras | undefined;
  for (const [owner, add] of assets) {
    if (owner === section) {
      staticExtras = { add, forgive: NO_KEYS };
      continue;
    }
    const v = owner as Variant;
    const m = merged.get(v);
    out.set(v, m ? { add: [...m.add, ...add], forgive: m.forgive } : { add, forgive: NO_KEYS });
  }
  return { variants: out, static: staticExtras };
}

const applied = new WeakMap<PartExtras, { readonly own: readonly Diagnostic[]; readonly out: readonly Diagnostic[] }>();

/** A part's own diagnostics with what the cross-part checks add (the same array again for the same inputs). */
export function withExtras(own: readonly Diagnostic[], x: PartExtras | undefined): readonly Diagnostic[] {
  if (!x) return own;
  const hit = applied.get(x);
  if (hit && hit.own === own) return hit.out;
  const kept = x.forgive.size === 0 ? own : own.filter((d) => !isForgiven(d, x.forgive));
  const out = x.add.length === 0 ? kept : [...kept, ...x.add];
  applied.set(x, { own, out });
  return out;
}

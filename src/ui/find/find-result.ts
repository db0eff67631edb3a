// One result of the find box: a field of the document, or a catalog entry.

import type { FieldHit } from '../../model/find.ts';
import type { CatalogSetting } from '../../model/catalog/types.ts';

export type FindResult = { readonly kind: 'field'; readonly hit: FieldHit } | { readonly kind: 'catalog'; readonly entry: CatalogSetting };

/** Whether a result can be chosen (a per-SIM catalog entry belongs in a Variant: it is shown, not added). */
export function choosable(r: FindResult): boolean {
  return r.kind === 'field' || !r.entry.perSim;
}

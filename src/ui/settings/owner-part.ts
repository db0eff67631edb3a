// The diagnostics PartRef of an item owner (Static or one Variant), for the fieldRefs of settings fields.

import type { ItemOwner } from '../../model/types.ts';
import type { PartRef } from '../../model/refs.ts';

export function partOf(owner: ItemOwner): PartRef {
  return owner.kind === 'static' ? { kind: 'static' } : { kind: 'variant', key: owner.key };
}

// The diagnostics PartRef of an item owner (Static or one Variant), for the fieldRefs of settings fields.

import type { ItemOwner } from '../../model/types.ts';
import type { PartRef } from '../../model/refs.ts';

// One PartRef per owner object, so that the field refs built from it stay equal between renders and the
// memoised fields given them do not re-render.
const parts = new WeakMap<ItemOwner, PartRef>();

export function partOf(owner: ItemOwner): PartRef {
  let part = parts.get(owner);
  if (!part) {
    part = owner.kind === 'static' ? { kind: 'static' } : { kind: 'variant', key: owner.key };
    parts.set(owner, part);
  }
  return part;
}

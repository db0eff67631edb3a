// Branded keys: stable identities for list items, independent of the user-editable Id/Name attributes.
// Keys are minted at the edges (store, parser) and passed into the pure model functions.

declare const keyBrand: unique symbol;

/** A stable identity for one model entity of kind K (never written to XML). */
export type Key<K extends string> = string & { readonly [keyBrand]: K };

export type TargetKey = Key<'Target'>;
export type TargetStateKey = Key<'TargetState'>;
export type ConditionKey = Key<'Condition'>;
export type VariantKey = Key<'Variant'>;
export type TargetRefKey = Key<'TargetRef'>;
export type GroupKey = Key<'Group'>;
export type EntryKey = Key<'Entry'>;
export type ImportKey = Key<'Import'>;
export type ApplicationKey = Key<'Application'>;
export type DataAssetKey = Key<'DataAsset'>;

/** Supplies fresh keys. The store passes a random one; tests and the parser a deterministic counter. */
export type KeyGen = () => string;

/** A deterministic key generator: p1, p2, ... */
export function counterKeys(prefix = 'k'): KeyGen {
  let n = 0;
  return () => `${prefix}${++n}`;
}

/** Brands a freshly minted string as a key of kind K. Only edges (store, parser, factories) call this. */
export function asKey<K extends string>(raw: string): Key<K> {
  return raw as Key<K>;
}

// Element and attribute names of the ImageCustomizations format, in one table shared by the serializer
// and the parser. Attribute lists are in XSD order (docs/format.md §2.2): the serializer writes them in this
// order, and the parser maps XML names back to model fields with the same pairs.

import type {
  AnswerFile,
  Application,
  Attr,
  Asset,
  Condition,
  DataAsset,
  DataAssetsBlock,
  Import,
  Setting,
  SettingsGroup,
  Target,
  TargetRef,
  Variant,
} from '../model/types.ts';

export const CAF_NAMESPACE = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';

/** Every element the format defines, by role. */
export const EL = {
  root: 'ImageCustomizations',
  imports: 'Imports',
  import: 'Import',
  targets: 'Targets',
  target: 'Target',
  targetState: 'TargetState',
  condition: 'Condition',
  static: 'Static',
  variant: 'Variant',
  targetRefs: 'TargetRefs',
  targetRef: 'TargetRef',
  settings: 'Settings',
  setting: 'Setting',
  asset: 'Asset',
  applications: 'Applications',
  application: 'Application',
  dataAssets: 'DataAssets',
  dataAsset: 'DataAsset',
} as const;

export type ElementName = (typeof EL)[keyof typeof EL];

/** The string-valued model fields of T that map to XML attributes (keys and kinds never do). */
export type AttrField<T> = Exclude<
  { [K in keyof T]-?: NonNullable<T[K]> extends string ? K : never }[keyof T],
  'key' | 'kind'
> &
  string;

/** [model field, XML attribute name] pairs, in schema order. */
export type AttrTable<T> = readonly (readonly [field: AttrField<T>, xml: string])[];

export const ROOT_ATTRS = [
  ['name', 'Name'],
  ['description', 'Description'],
  ['owner', 'Owner'],
  ['ownerType', 'OwnerType'],
  ['priority', 'Priority'],
] as const satisfies AttrTable<AnswerFile>;

export const IMPORT_ATTRS = [['source', 'Source']] as const satisfies AttrTable<Import>;
export const TARGET_ATTRS = [['id', 'Id']] as const satisfies AttrTable<Target>;
export const CONDITION_ATTRS = [
  ['name', 'Name'],
  ['value', 'Value'],
  ['isWildCard', 'IsWildCard'],
] as const satisfies AttrTable<Condition>;
export const VARIANT_ATTRS = [['name', 'Name']] as const satisfies AttrTable<Variant>;
export const TARGET_REF_ATTRS = [['id', 'Id']] as const satisfies AttrTable<TargetRef>;
export const SETTINGS_ATTRS = [['path', 'Path']] as const satisfies AttrTable<SettingsGroup>;
export const SETTING_ATTRS = [
  ['name', 'Name'],
  ['value', 'Value'],
  ['type', 'Type'],
] as const satisfies AttrTable<Setting>;
export const ASSET_ATTRS = [
  ['name', 'Name'],
  ['source', 'Source'],
  ['targetFileName', 'TargetFileName'],
  ['displayName', 'DisplayName'],
  ['type', 'Type'],
] as const satisfies AttrTable<Asset>;
export const APPLICATION_ATTRS = [
  ['source', 'Source'],
  ['license', 'License'],
  ['provXml', 'ProvXML'],
  ['targetPartition', 'TargetPartition'],
] as const satisfies AttrTable<Application>;
export const DATA_ASSETS_ATTRS = [['type', 'Type']] as const satisfies AttrTable<DataAssetsBlock>;
export const DATA_ASSET_ATTRS = [['source', 'Source']] as const satisfies AttrTable<DataAsset>;

/** The known attributes of each element; elements absent here (Imports, Targets, ...) have none. */
export const ATTRS_BY_ELEMENT: { readonly [E in ElementName]?: readonly (readonly [string, string])[] } = {
  [EL.root]: ROOT_ATTRS,
  [EL.import]: IMPORT_ATTRS,
  [EL.target]: TARGET_ATTRS,
  [EL.condition]: CONDITION_ATTRS,
  [EL.variant]: VARIANT_ATTRS,
  [EL.targetRef]: TARGET_REF_ATTRS,
  [EL.settings]: SETTINGS_ATTRS,
  [EL.setting]: SETTING_ATTRS,
  [EL.asset]: ASSET_ATTRS,
  [EL.application]: APPLICATION_ATTRS,
  [EL.dataAssets]: DATA_ASSETS_ATTRS,
  [EL.dataAsset]: DATA_ASSET_ATTRS,
};

/** The known attributes `obj` has (those not undefined), as XML name and value, in the table's (schema) order. */
export function knownAttrs<T>(obj: T, table: AttrTable<T>): Attr[] {
  const out: Attr[] = [];
  for (const [field, xml] of table) {
    const value = obj[field] as string | undefined;
    if (value !== undefined) out.push({ name: xml, value });
  }
  return out;
}

/** XML attribute name -> model field for one table (the parser's direction). */
export function fieldsByXmlName<T>(table: AttrTable<T>): ReadonlyMap<string, AttrField<T>> {
  return new Map(table.map(([field, xml]) => [xml, field]));
}

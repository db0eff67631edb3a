// The answer-file document model. Pure data, readonly throughout.
// Each entity says which XML it maps to. Attributes are `string | undefined`: undefined means the
// attribute is absent, '' means it is present and empty (templates rely on the difference).
// Everything CAF Studio does not understand is kept in `before` / `end` / `extraAttrs` so that an
// imported file is written back in place (docs/format.md §11.3).

import type {
  ApplicationKey,
  ConditionKey,
  DataAssetKey,
  EntryKey,
  GroupKey,
  ImportKey,
  TargetKey,
  TargetRefKey,
  TargetStateKey,
  VariantKey,
} from './ids.ts';

/** An XML attribute kept verbatim (name may carry a prefix, e.g. `xmlns:x`). */
export interface Attr {
  readonly name: string;
  readonly value: string;
}

/** A node CAF Studio keeps but does not edit: comment, processing instruction, text, CDATA, unknown element. */
export type Trivia =
  | { readonly kind: 'comment'; readonly text: string }
  | { readonly kind: 'pi'; readonly target: string; readonly data: string }
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'cdata'; readonly text: string }
  | {
      readonly kind: 'element';
      readonly name: string;
      readonly attrs: readonly Attr[];
      readonly children: readonly Trivia[];
    };

/** What every known element may carry besides its known content. */
export interface Extras {
  /** Nodes that stand before this element among its parent's children (comments, unknown elements...). */
  readonly before?: readonly Trivia[];
  /** Attributes CAF Studio does not know, in source order. */
  readonly extraAttrs?: readonly Attr[];
}

/**
 * Extras of an element whose content the schema says must be empty (Import, Condition, TargetRef, Setting, Asset,
 * Application, DataAsset). `inner` holds what stood inside it as written: comments and processing instructions
 * are allowed there; white space, text or elements are schema errors the validator reports, kept so that nothing
 * is lost.
 */
export interface LeafExtras extends Extras {
  readonly inner?: readonly Trivia[];
}

/** Extras of an element that has children: `end` holds what stands after its last known child. */
export interface ContainerExtras extends Extras {
  readonly end?: readonly Trivia[];
}

export const OWNER_TYPES = ['OEM', 'SiliconVendor', 'MobileOperator'] as const;
export type OwnerType = (typeof OWNER_TYPES)[number];

/** `<ImageCustomizations>`: the root element and the whole document. */
export interface AnswerFile extends ContainerExtras {
  readonly name?: string;
  readonly description?: string;
  readonly owner?: string;
  /** One of OWNER_TYPES when valid; kept as typed so that an imported bad value survives. */
  readonly ownerType?: string;
  /** xs:positiveInteger, kept as typed. */
  readonly priority?: string;
  /** `<Imports>`; undefined when the element is absent. */
  readonly imports?: ImportsSection;
  /** `<Targets>`; undefined when the element is absent. */
  readonly targets?: TargetsSection;
  /** `<Static>`; undefined when the element is absent. */
  readonly static?: StaticSection;
  /** `<Variant>` elements, in document order. */
  readonly variants: readonly Variant[];
  /** Comments and processing instructions before the root element (after the XML declaration). */
  readonly prolog?: readonly Trivia[];
  /** Comments and processing instructions after the root element. */
  readonly epilog?: readonly Trivia[];
}

/** `<Imports>` */
export interface ImportsSection extends ContainerExtras {
  readonly imports: readonly Import[];
}

/** `<Import Source="...">` */
export interface Import extends LeafExtras {
  readonly key: ImportKey;
  readonly source?: string;
}

/** `<Targets>` */
export interface TargetsSection extends ContainerExtras {
  readonly targets: readonly Target[];
}

/** `<Target Id="...">`: matches when any of its states matches (OR). */
export interface Target extends ContainerExtras {
  readonly key: TargetKey;
  readonly id?: string;
  readonly states: readonly TargetState[];
}

/** `<TargetState>`: matches when all of its conditions match (AND). */
export interface TargetState extends ContainerExtras {
  readonly key: TargetStateKey;
  readonly conditions: readonly Condition[];
}

/** `<Condition Name="..." Value="..." IsWildCard="...">` */
export interface Condition extends LeafExtras {
  readonly key: ConditionKey;
  readonly name?: string;
  readonly value?: string;
  readonly isWildCard?: string;
}

/** `<Static>`: settings, applications and data assets for every image. */
export interface StaticSection extends ContainerExtras {
  readonly items: readonly StaticItem[];
}

export type StaticItem = SettingsGroup | ApplicationsBlock | DataAssetsBlock;
export type VariantItem = SettingsGroup | ApplicationsBlock;

/** `<Variant Name="...">`: applies when its target matches the SIM. */
export interface Variant extends ContainerExtras {
  readonly key: VariantKey;
  readonly name?: string;
  /** `<TargetRefs>`; undefined when the element is absent (an error the validator reports). */
  readonly targetRefs?: TargetRefs;
  readonly items: readonly VariantItem[];
}

/** `<TargetRefs>`: the schema allows exactly one TargetRef; imported files may hold other counts. */
export interface TargetRefs extends ContainerExtras {
  readonly refs: readonly TargetRef[];
}

/** `<TargetRef Id="...">`: refers to a Target by its Id (case-sensitive). */
export interface TargetRef extends LeafExtras {
  readonly key: TargetRefKey;
  readonly id?: string;
}

/** `<Settings Path="...">` */
export interface SettingsGroup extends ContainerExtras {
  readonly kind: 'settings';
  readonly key: GroupKey;
  readonly path?: string;
  readonly entries: readonly SettingsEntry[];
}

export type SettingsEntry = Setting | Asset;

/** `<Setting Name="..." Value="..." Type="...">` */
export interface Setting extends LeafExtras {
  readonly kind: 'setting';
  readonly key: EntryKey;
  readonly name?: string;
  readonly value?: string;
  readonly type?: string;
}

export const SETTING_TYPES = ['integer', 'string', 'boolean', 'binary', 'integer64'] as const;

/** `<Asset Name="..." Source="..." TargetFileName="..." DisplayName="..." Type="...">` */
export interface Asset extends LeafExtras {
  readonly kind: 'asset';
  readonly key: EntryKey;
  readonly name?: string;
  readonly source?: string;
  readonly targetFileName?: string;
  readonly displayName?: string;
  readonly type?: string;
}

export const ASSET_TYPES = ['OEM', 'MobileOperator'] as const;

/** `<Applications>` */
export interface ApplicationsBlock extends ContainerExtras {
  readonly kind: 'applications';
  readonly key: GroupKey;
  readonly apps: readonly Application[];
}

/** `<Application Source="..." License="..." ProvXML="..." TargetPartition="...">` */
export interface Application extends LeafExtras {
  readonly key: ApplicationKey;
  readonly source?: string;
  readonly license?: string;
  readonly provXml?: string;
  readonly targetPartition?: string;
}

export const TARGET_PARTITIONS = ['MainOS', 'Data'] as const;

/** `<DataAssets Type="...">` (Static only) */
export interface DataAssetsBlock extends ContainerExtras {
  readonly kind: 'dataAssets';
  readonly key: GroupKey;
  readonly type?: string;
  readonly assets: readonly DataAsset[];
}

export const DATA_ASSET_TYPES = [
  'MapData',
  'RetailDemo_Microsoft',
  'RetailDemo_OEM',
  'RetailDemo_MO',
  'RetailDemo_Apps',
] as const;

/** `<DataAsset Source="...">` */
export interface DataAsset extends LeafExtras {
  readonly key: DataAssetKey;
  readonly source?: string;
}

/** Where a settings group or applications block lives: the Static block or one Variant. */
export type ItemOwner = { readonly kind: 'static' } | { readonly kind: 'variant'; readonly key: VariantKey };

export function assertNever(x: never): never {
  throw new Error(`unexpected value: ${JSON.stringify(x)}`);
}

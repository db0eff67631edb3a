// The settings catalog as typed data: what CAF Studio knows about each `<Settings Path>` / `<Setting Name>`
// (and `<Asset Name>`) of the MCSF policy store, approximated from the public docs.

export const CONSTRAINTS = ['ImageTimeOnly', 'FirstVariationOnly', 'Atomic'] as const;
/** MCSF policy group flags (docs/format.md §5.2). */
export type CatalogConstraint = (typeof CONSTRAINTS)[number];

/** What a docs page says a setting supports ("This customization supports: per-IMSI value, per-device value"). */
export type CatalogScope = 'per-SIM' | 'per-IMSI' | 'per-device' | 'per-IMSI+per-device' | 'unspecified';

export interface EnumOption {
  readonly value: string;
  readonly label: string;
}

/** How a Setting's Value is written (docs/format.md §5.3). */
export type CatalogValueType =
  | { readonly kind: 'boolean'; readonly spellings: readonly string[] }
  | {
      readonly kind: 'enum';
      readonly options: readonly EnumOption[];
      /** A numeric range accepted besides the options (e.g. OEM code pages 55050-55099). */
      readonly range?: { readonly min: number; readonly max: number; readonly label: string };
    }
  | {
      readonly kind: 'integer';
      readonly min?: number;
      readonly max?: number;
      /** Whether `0x` hex is accepted (it is for every REG_DWORD). */
      readonly hex: boolean;
      readonly unit?: string;
    }
  | {
      readonly kind: 'multistring';
      readonly itemMinLength?: number;
      readonly itemMaxLength?: number;
      readonly forbidden?: readonly string[];
      /** 'port': each item is a port number 0-65535. */
      readonly itemType?: 'port';
    }
  | {
      readonly kind: 'string';
      readonly minLength?: number;
      readonly maxLength?: number;
      /** The only values allowed. */
      readonly fixed?: readonly string[];
      readonly format?: 'iso-region' | 'absolute-path';
    }
  /** The value is the file name of an `<Asset Name=asset>` declared in the same group. */
  | { readonly kind: 'asset-ref'; readonly asset: string }
  | { readonly kind: 'unknown' };

/** One catalog entry: a `<Setting>` or `<Asset>` of one `<Settings Path>`. */
export interface CatalogSetting {
  /** The Settings Path as documented, macros included (e.g. `Messaging/PerSimSettings/$(__ICCID)`). */
  readonly path: string;
  readonly name: string;
  readonly kind: 'Setting' | 'Asset';
  readonly valueType: CatalogValueType;
  /** The documented default, when it is a literal value. */
  readonly default?: string;
  readonly constraints: readonly CatalogConstraint[];
  /** What the docs said about constraints that does not fit the three flags. */
  readonly constraintNote?: string;
  readonly scope: CatalogScope;
  /** The path holds `$(__ICCID)` or `$(__IMSI)`: a per-SIM group that belongs in a Variant. */
  readonly perSim: boolean;
  /** Title of the docs page the entry comes from. */
  readonly topic: string;
  /** One or two sentences in our words. */
  readonly help: string;
  /** Hand-checked type and help (true) or extracted from a page's sample (false). */
  readonly curated: boolean;
  readonly examples?: readonly string[];
  readonly source: { readonly repo: string; readonly page: string };
}

/** One `<Settings Path>` of the catalog with all its entries. */
export interface CatalogGroup {
  readonly path: string;
  readonly settings: readonly CatalogSetting[];
  /** Constraints shared by every entry of the group (the policy's group flags). */
  readonly constraints: readonly CatalogConstraint[];
}

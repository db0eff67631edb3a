// Every diagnostic CAF Studio reports, in one table: code -> default severity and what it means.
// "tool" notes the imaging tool's own message key (docs/format.md §10) where there is one.

export type Severity = 'error' | 'warning';

interface CodeInfo {
  readonly severity: Severity;
  readonly description: string;
}

export const DIAGNOSTIC_CODES = {
  // ---- document root and imports ----
  'owner-empty': { severity: 'error', description: 'Owner is missing or empty; it names the generated packages.' },
  'owner-type-invalid': { severity: 'error', description: 'OwnerType is not OEM, SiliconVendor or MobileOperator (XSD).' },
  'owner-invalid': { severity: 'error', description: 'Owner is longer than 64 characters or holds characters other than A-Z a-z 0-9 _ . - (the package builder fails).' },
  'priority-invalid': { severity: 'error', description: 'Priority is not an unsigned 32-bit number of 1 or more without a sign (xs:positiveInteger, then XmlConvert.ToUInt32).' },
  'multivariant-missing': { severity: 'warning', description: 'Variants exist but Static does not set Multivariant/Enable to 1.' },
  'multivariant-and-adc': { severity: 'warning', description: 'Multivariant/Enable and AutoDataConfig/Enable are both 1; only one may be.' },
  // ---- the schema (Customization.xsd): the tool refuses the file at load ----
  'schema-misplaced-element': { severity: 'error', description: 'A known element where the schema does not allow it (a second <Static>, <DataAssets> in a Variant, wrong order...).' },
  'schema-unknown-element': { severity: 'error', description: 'An element the schema does not declare (another name or namespace).' },
  'schema-unknown-attribute': { severity: 'error', description: 'An attribute the schema does not declare on this element.' },
  'schema-text': { severity: 'error', description: 'Text inside an element whose content is elements only.' },
  'schema-leaf-content': { severity: 'error', description: 'White space, text or elements inside an element whose content must be empty (Setting, Condition, TargetRef...).' },
  // ---- file paths (tool: Path*) ----
  'path-empty': { severity: 'error', description: 'A file path is empty (tool: PathEmptySource).' },
  'path-percent': { severity: 'error', description: 'A file path uses %VAR%; use $(VAR) (tool: PathInvalidPercent).' },
  'path-not-absolute': { severity: 'error', description: 'A file path is relative (tool: PathNotAbsolute).' },
  'path-root-relative': { severity: 'warning', description: 'A file path starts at the root of the current drive (\\dir\\file): the tool accepts it, but it depends on the build PC.' },
  'path-unresolved-variable': { severity: 'error', description: 'A file path uses $(CurrentFileDir) outside an Import Source, where the tool does not define it (tool: PathUnresolvedVariable).' },
  'path-invalid-chars': { severity: 'error', description: 'A file path holds a character Windows paths cannot contain (" < > | or a control character): the tool fails on it.' },
  'path-filename-vars': { severity: 'error', description: 'A variable stands in the file-name part of a path (tool: PathFileNameContainsVars).' },
  // ---- targets and conditions ----
  'target-id-missing': { severity: 'error', description: 'A Target has no Id attribute (XSD: required).' },
  'target-id-empty': { severity: 'warning', description: 'A Target has Id="": the tool accepts it, but an Id names the Target for its Variants.' },
  'target-id-duplicate': { severity: 'error', description: 'Two Targets share an Id (tool: DuplicateTargets).' },
  'target-no-states': { severity: 'error', description: 'A Target has no TargetState (tool: EmptyTargetStates).' },
  'target-state-empty': { severity: 'warning', description: 'A TargetState has no Condition (tool: EmptyTargetState).' },
  'condition-name-empty': { severity: 'error', description: 'A Condition has no Name (XSD: required; Name="" fails when a Variant uses the Target).' },
  'condition-name-not-xml': { severity: 'error', description: 'A condition name that is not an XML name once lowercased: the datastore writer fails for a Target a Variant uses.' },
  'condition-name-reserved': { severity: 'error', description: 'A Condition name clashes with a datastore attribute (tool: InvalidConditionName).' },
  'condition-name-not-in-tool': { severity: 'warning', description: 'A documented condition the imaging tool does not know (tool: UnknownConditionName).' },
  'condition-name-unknown': { severity: 'warning', description: 'A condition name that is neither known nor documented (tool: UnknownConditionName).' },
  'condition-name-duplicate': { severity: 'error', description: 'The same condition name twice in one TargetState, ignoring case: the tool fails generating a Target a Variant uses (a warning for other Targets).' },
  'condition-value-empty': { severity: 'error', description: 'A Condition has no Value and is not a wildcard: the tool fails on MCC, MNC, SPN, GID1, UIName, UIOrder, and on other names of a Target a Variant uses (a warning for other Targets).' },
  'condition-value-invalid': { severity: 'error', description: 'A Condition value fails its rule (tool: InvalidConditionValue).' },
  'condition-prefix-case': { severity: 'warning', description: 'A capitalised Pattern:/Range: prefix, which the tool reads as a plain value; the plain value passes for this name.' },
  'condition-prefix-invalid': { severity: 'error', description: 'A capitalised Pattern:/Range: prefix: the tool reads it as a plain value, which is invalid for this name (fix: lowercase it).' },
  'condition-value-advice': { severity: 'warning', description: 'A condition value the tool accepts but that is probably a mistake (min above max, empty SPN, a lone !, a value on an unchecked name...).' },
  'condition-wildcard-invalid': { severity: 'error', description: 'IsWildCard is not true, false, 1 or 0.' },
  'condition-wildcard-not-allowed': { severity: 'warning', description: 'IsWildCard on a condition other than MCC, MNC or CarrierId.' },
  'condition-wildcard-with-value': { severity: 'warning', description: 'A wildcard condition also has a Value.' },
  // ---- the target audit: what the Targets do on a phone (the tool accepts all of it) ----
  'target-never-matches': { severity: 'warning', description: 'A Target whose conditions contradict in every TargetState (MCC=310 and MCC=311 in one state, an empty range...): no SIM can match it.' },
  'target-unused': { severity: 'warning', description: 'A Target no Variant refers to: its conditions do nothing.' },
  'target-overlap-conflict': { severity: 'warning', description: 'Two Targets can match one SIM while their Variants set one setting to different values: which value the phone keeps is decided on the device. The warning names a SIM that matches both (exact for plain values and ranges, best effort for patterns).' },
  // ---- variants ----
  'variant-no-targetref': { severity: 'error', description: 'A Variant has no TargetRef (tool: EmptyTargetRefs).' },
  'variant-many-targetrefs': { severity: 'error', description: 'A Variant has more than one TargetRef (XSD: exactly one).' },
  'targetref-id-empty': { severity: 'error', description: 'A TargetRef has no Id (XSD: required).' },
  // ---- variants that share a Target: the tool merges them (also within one file) ----
  'variant-setting-conflict': { severity: 'error', description: 'Two Variants of one Target set the same setting to different values (tool: DuplicateSettings on merge).' },
  'variant-setting-repeated': { severity: 'warning', description: 'Two Variants of one Target set the same setting to the same value (tool: DuplicateSettings warning on merge).' },
  'variant-application-duplicate': { severity: 'error', description: 'Variants of one Target, merged, hold two applications with one Source (or two Store apps) (tool: DuplicateApplications).' },
  'variant-asset-duplicate': { severity: 'error', description: 'Variants of one Target, merged, declare the same asset file twice (tool: DuplicateAssets).' },
  'targetref-unknown': { severity: 'error', description: 'A TargetRef names no Target (tool: UnknownTarget; case-sensitive).' },
  // ---- settings groups ----
  'group-path-empty': { severity: 'error', description: 'A Settings group has no Path.' },
  'group-empty': { severity: 'error', description: 'A Settings group holds no Setting or Asset (XSD: at least one).' },
  'group-no-setting': { severity: 'warning', description: 'A Settings group holds assets but no Setting (tool: EmptySettingsGroup).' },
  'path-unknown': { severity: 'warning', description: 'A Settings Path the catalog does not know (tool: UnknownSettingsPath; error when strict).' },
  'setting-name-empty': { severity: 'error', description: 'A Setting or Asset has no Name attribute (XSD: required); Name="" is an unknown name (setting-name-unknown).' },
  'setting-name-unknown': { severity: 'warning', description: 'A Setting name (Name="" included) the catalog does not know for its path (tool: UnknownSettingName; error when strict), or an unknown Asset name (tool: AssetNotSupported; a warning even when strict).' },
  'setting-name-duplicate': { severity: 'error', description: 'The same name twice in one group, ignoring case (tool: DuplicateSettings).' },
  'setting-value-missing': { severity: 'error', description: 'A known Setting has no Value attribute (tool: NullSettingValue); Value="" is checked as a value.' },
  'setting-value-invalid': { severity: 'error', description: 'A Setting value fails its catalog type (tool: InvalidSettingValue).' },
  'setting-value-advice': { severity: 'warning', description: 'A Setting value the tool accepts but the documentation advises against (a documentation label, a fixed value, format or list item rule the docs give, a value that does not read as its Type).' },
  'setting-type-invalid': { severity: 'error', description: 'Setting Type is not integer, string, boolean, binary or integer64 (XSD).' },
  'asset-ref-missing': { severity: 'error', description: 'A setting that names an asset file has a Value that is not the file name (TargetFileName, else the Source file name, ignoring case) of an Asset of its group (tool: AssetNotFound).' },
  'asset-target-conflict': { severity: 'error', description: 'Two assets land on one device path from different sources (tool: AssetTargetConflict).' },
  'asset-display-name-duplicate': { severity: 'warning', description: 'Two assets of one name share a DisplayName in a group (tool: AssetWithDuplicateDisplayName).' },
  'image-time-only-in-variant': { severity: 'error', description: 'A group the tool flags ImageTimeOnly (every entry of it that states a constraint says so) in a Variant (tool: VariantedImageTimeOnlySettingsGroup).' },
  'image-time-only-setting-in-variant': { severity: 'warning', description: 'A setting the docs call ImageTimeOnly, in a Variant, in a group the tool does not flag ImageTimeOnly (its other entries are not): the tool accepts it.' },
  'per-sim-in-static': { severity: 'warning', description: 'A per-SIM path ($(__ICCID)/$(__IMSI)) in Static; it belongs in a Variant.' },
  'atomic-incomplete': { severity: 'error', description: 'An Atomic group misses one of its settings (tool: AtomicSettingMissing).' },
  'asset-type-invalid': { severity: 'error', description: 'Asset Type is not OEM or MobileOperator (XSD).' },
  'asset-file-type': { severity: 'error', description: 'An asset file whose type its policy does not accept (tool: UnsupportedFileType).' },
  'asset-operator-unsupported': { severity: 'error', description: 'Type="MobileOperator" on an asset whose policy keeps no operator list (tool: SettingDoesNotSupportOperatorAssets).' },
  'asset-target-file-name-invalid': { severity: 'error', description: 'Asset TargetFileName holds characters invalid in a file name (tool: AssetInvalidTargetFileName).' },
  // ---- applications and data assets ----
  'applications-empty': { severity: 'warning', description: 'An Applications block holds no Application (tool: EmptyApplications).' },
  'application-partition-invalid': { severity: 'error', description: 'Application TargetPartition is not MainOS or Data, in any case (tool: ApplicationPartitionInvalid).' },
  'application-partition-advice': { severity: 'warning', description: 'Application TargetPartition written in another case or blank: the tool accepts it.' },
  'application-source-missing': { severity: 'error', description: 'A Static Application has no Source (tool: VerifyApplicationSource).' },
  'application-duplicate': { severity: 'warning', description: 'The same application twice in one Static or Variant (the package builder ignores the copy).' },
  'application-file-name-clash': { severity: 'error', description: 'Two applications with one file name from different folders land on one device path (the package builder fails).' },
  'data-assets-empty': { severity: 'warning', description: 'A DataAssets block holds no DataAsset (tool: EmptyDataAssetsGroup).' },
  'data-assets-type-invalid': { severity: 'error', description: 'DataAssets Type is not one of the five documented types (XSD).' },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function defaultSeverity(code: DiagnosticCode): Severity {
  return DIAGNOSTIC_CODES[code].severity;
}

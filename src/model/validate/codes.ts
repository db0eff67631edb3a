// Every diagnostic CAF Studio reports, in one table: code -> default severity and what it means.
// "tool" notes the imaging tool's own message key (format.md §6) where there is one.

export type Severity = 'error' | 'warning';

interface CodeInfo {
  readonly severity: Severity;
  readonly description: string;
}

export const DIAGNOSTIC_CODES = {
  // ---- document root and imports ----
  'owner-empty': { severity: 'error', description: 'Owner is missing or empty; it names the generated packages.' },
  'owner-type-invalid': { severity: 'error', description: 'OwnerType is not OEM, SiliconVendor or MobileOperator (XSD).' },
  'priority-invalid': { severity: 'error', description: 'Priority is not a positive integer (xs:positiveInteger).' },
  'multivariant-missing': { severity: 'warning', description: 'Variants exist but Static does not set Multivariant/Enable to 1.' },
  'multivariant-and-adc': { severity: 'error', description: 'Multivariant/Enable and AutoDataConfig/Enable are both 1; only one may be.' },
  // ---- file paths (tool: Path*) ----
  'path-empty': { severity: 'error', description: 'A file path is empty (tool: PathEmptySource).' },
  'path-percent': { severity: 'error', description: 'A file path uses %VAR%; use $(VAR) (tool: PathInvalidPercent).' },
  'path-not-absolute': { severity: 'error', description: 'A file path is relative (tool: PathNotAbsolute).' },
  'path-filename-vars': { severity: 'error', description: 'A variable stands in the file-name part of a path (tool: PathFileNameContainsVars).' },
  // ---- targets and conditions ----
  'target-id-empty': { severity: 'error', description: 'A Target has no Id, so no Variant can refer to it.' },
  'target-id-duplicate': { severity: 'error', description: 'Two Targets share an Id (tool: DuplicateTargets).' },
  'target-no-states': { severity: 'error', description: 'A Target has no TargetState (tool: EmptyTargetStates).' },
  'target-state-empty': { severity: 'warning', description: 'A TargetState has no Condition (tool: EmptyTargetState).' },
  'condition-name-empty': { severity: 'error', description: 'A Condition has no Name.' },
  'condition-name-reserved': { severity: 'error', description: 'A Condition name clashes with a datastore attribute (tool: InvalidConditionName).' },
  'condition-name-not-in-tool': { severity: 'warning', description: 'A documented condition the imaging tool does not know (tool: UnknownConditionName).' },
  'condition-name-unknown': { severity: 'warning', description: 'A condition name that is neither known nor documented (tool: UnknownConditionName).' },
  'condition-name-duplicate': { severity: 'error', description: 'The same condition name twice in one TargetState (the tool crashes).' },
  'condition-value-empty': { severity: 'error', description: 'A Condition has no Value and is not a wildcard.' },
  'condition-value-invalid': { severity: 'error', description: 'A Condition value fails its rule (tool: InvalidConditionValue).' },
  'condition-prefix-case': { severity: 'warning', description: 'A capitalised Pattern:/Range: prefix, which the tool reads as a plain value (decision 2).' },
  'condition-wildcard-invalid': { severity: 'error', description: 'IsWildCard is not true, false, 1 or 0.' },
  'condition-wildcard-not-allowed': { severity: 'error', description: 'IsWildCard on a condition other than MCC, MNC or CarrierId.' },
  'condition-wildcard-with-value': { severity: 'error', description: 'A wildcard condition also has a Value.' },
  // ---- variants ----
  'variant-no-targetref': { severity: 'error', description: 'A Variant has no TargetRef (tool: EmptyTargetRefs).' },
  'variant-many-targetrefs': { severity: 'error', description: 'A Variant has more than one TargetRef (XSD: exactly one).' },
  'targetref-id-empty': { severity: 'error', description: 'A TargetRef has no Id.' },
  'targetref-unknown': { severity: 'error', description: 'A TargetRef names no Target (tool: UnknownTarget; case-sensitive).' },
  // ---- settings groups ----
  'group-path-empty': { severity: 'error', description: 'A Settings group has no Path.' },
  'group-empty': { severity: 'warning', description: 'A Settings group holds no Setting or Asset (tool: EmptySettingsGroup; XSD error).' },
  'path-unknown': { severity: 'warning', description: 'A Settings Path the catalog does not know (tool: UnknownSettingsPath; error when strict).' },
  'setting-name-empty': { severity: 'error', description: 'A Setting or Asset has no Name.' },
  'setting-name-unknown': { severity: 'warning', description: 'A Setting or Asset name the catalog does not know for its path (error when strict).' },
  'setting-name-duplicate': { severity: 'error', description: 'The same name twice in one group, ignoring case (tool: DuplicateSettings).' },
  'setting-value-missing': { severity: 'error', description: 'A known Setting has no Value (tool: NullSettingValue).' },
  'setting-value-invalid': { severity: 'error', description: 'A Setting value fails its catalog type (tool: InvalidSettingValue).' },
  'setting-type-invalid': { severity: 'error', description: 'Setting Type is not integer, string, boolean, binary or integer64 (XSD).' },
  'asset-ref-missing': { severity: 'error', description: 'A setting names an asset that its group does not declare (tool: AssetNotFound).' },
  'image-time-only-in-variant': { severity: 'error', description: 'An ImageTimeOnly setting in a Variant (tool: VariantedImageTimeOnlySettingsGroup).' },
  'per-sim-in-static': { severity: 'warning', description: 'A per-SIM path ($(__ICCID)/$(__IMSI)) in Static; it belongs in a Variant.' },
  'atomic-incomplete': { severity: 'error', description: 'An Atomic group misses one of its settings (tool: AtomicSettingMissing).' },
  'asset-type-invalid': { severity: 'error', description: 'Asset Type is not OEM or MobileOperator (XSD).' },
  'asset-target-file-name-invalid': { severity: 'error', description: 'Asset TargetFileName holds characters invalid in a file name (tool: AssetInvalidTargetFileName).' },
  // ---- applications and data assets ----
  'applications-empty': { severity: 'warning', description: 'An Applications block holds no Application (tool: EmptyApplications).' },
  'application-partition-invalid': { severity: 'error', description: 'Application TargetPartition is not MainOS or Data (tool: ApplicationPartitionInvalid).' },
  'application-source-missing': { severity: 'error', description: 'A Static Application has no Source (tool: VerifyApplicationSource).' },
  'application-duplicate': { severity: 'error', description: 'Two Applications of one owner share a Source (tool: DuplicateApplications).' },
  'data-assets-empty': { severity: 'warning', description: 'A DataAssets block holds no DataAsset (tool: EmptyDataAssetsGroup).' },
  'data-assets-type-invalid': { severity: 'error', description: 'DataAssets Type is not one of the five documented types (XSD).' },
} as const satisfies Record<string, CodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function defaultSeverity(code: DiagnosticCode): Severity {
  return DIAGNOSTIC_CODES[code].severity;
}

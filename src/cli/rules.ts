// Every code `caf check` can report, as a rule for machine-readable reports: its help text and the section of
// docs/format.md that explains it. The diagnostics' texts are the validator's own table (codes.ts); the codes of
// a refused file (docs/format.md §11.2), of the tool's reading (§11.1) and of what was kept (§11.3) are described
// here. tests/cli/rules.test.ts checks every anchor against the headings of docs/format.md.

import { DIAGNOSTIC_CODES, type DiagnosticCode } from '../model/validate/codes.ts';
import type { ImportErrorCode } from '../xml/parse-types.ts';
import type { ReadingWarning } from '../xml/tool-reading.ts';
import { FORMAT_DOC_URL } from './about.ts';

/** A section of docs/format.md: its number and its anchor (the heading as GitHub makes an anchor of it). */
interface Section {
  readonly number: string;
  readonly anchor: string;
}

const S = (number: string, anchor: string): Section => ({ number, anchor });
const ROOT = S('§2.2', '22-attributes-and-their-values');
const SCHEMA = S('§2.3', '23-what-the-schema-demands-that-is-easy-to-miss');
const TARGET = S('§3.1', '31-how-a-target-is-built');
const NAMES = S('§3.2', '32-condition-names');
const VALUES = S('§3.3', '33-the-value-grammar');
const WILDCARDS = S('§3.5', '35-wildcards');
const AUDIT = S('§3.6', '36-how-matching-is-evaluated-the-simulator-and-the-target-audit');
const VARIANT = S('§4.2', '42-variants');
const MULTIVARIANT = S('§4.3', '43-multivariant-and-autodataconfig');
const PATHS_NAMES = S('§5.1', '51-paths-names-and-macros');
const CONSTRAINTS = S('§5.2', '52-group-constraints');
const SETTING_VALUES = S('§5.3', '53-values');
const GROUPS = S('§5', '5-settings-groups');
const ASSETS = S('§6', '6-assets');
const APPLICATIONS = S('§7', '7-applications-and-data-assets');
const FILE_PATHS = S('§8', '8-file-paths');
const MERGE = S('§9', '9-variants-that-share-a-target');
const READING = S('§11.1', '111-how-bytes-become-text');
const REFUSED = S('§11.2', '112-what-is-refused');
const KEPT = S('§11.3', '113-what-is-kept-the-lossless-round-trip');

/** The section of each diagnostic code (a new code in codes.ts does not compile until it has one). */
const DIAGNOSTIC_SECTIONS = {
  'owner-empty': ROOT,
  'owner-type-invalid': ROOT,
  'owner-invalid': ROOT,
  'priority-invalid': ROOT,
  'multivariant-missing': MULTIVARIANT,
  'multivariant-and-adc': MULTIVARIANT,
  'schema-misplaced-element': SCHEMA,
  'schema-unknown-element': SCHEMA,
  'schema-unknown-attribute': SCHEMA,
  'schema-text': SCHEMA,
  'schema-leaf-content': SCHEMA,
  'path-empty': FILE_PATHS,
  'path-percent': FILE_PATHS,
  'path-not-absolute': FILE_PATHS,
  'path-root-relative': FILE_PATHS,
  'path-unresolved-variable': FILE_PATHS,
  'path-invalid-chars': FILE_PATHS,
  'path-filename-vars': FILE_PATHS,
  'target-id-missing': TARGET,
  'target-id-empty': TARGET,
  'target-id-duplicate': TARGET,
  'target-no-states': TARGET,
  'target-state-empty': TARGET,
  'condition-name-empty': NAMES,
  'condition-name-not-xml': NAMES,
  'condition-name-reserved': NAMES,
  'condition-name-not-in-tool': NAMES,
  'condition-name-unknown': NAMES,
  'condition-name-duplicate': NAMES,
  'condition-value-empty': VALUES,
  'condition-value-invalid': VALUES,
  'condition-prefix-case': VALUES,
  'condition-prefix-invalid': VALUES,
  'condition-value-advice': VALUES,
  'condition-wildcard-invalid': WILDCARDS,
  'condition-wildcard-not-allowed': WILDCARDS,
  'condition-wildcard-with-value': WILDCARDS,
  'variant-no-targetref': VARIANT,
  'variant-many-targetrefs': VARIANT,
  'targetref-id-empty': VARIANT,
  'targetref-unknown': VARIANT,
  'variant-setting-conflict': MERGE,
  'variant-setting-repeated': MERGE,
  'variant-application-duplicate': MERGE,
  'variant-asset-duplicate': MERGE,
  'group-path-empty': GROUPS,
  'group-empty': GROUPS,
  'group-no-setting': GROUPS,
  'path-unknown': PATHS_NAMES,
  'setting-name-empty': PATHS_NAMES,
  'setting-name-unknown': PATHS_NAMES,
  'setting-name-duplicate': PATHS_NAMES,
  'setting-value-missing': SETTING_VALUES,
  'setting-value-invalid': SETTING_VALUES,
  'setting-value-advice': SETTING_VALUES,
  'setting-type-invalid': SETTING_VALUES,
  'asset-ref-missing': ASSETS,
  'asset-target-conflict': ASSETS,
  'asset-display-name-duplicate': ASSETS,
  'image-time-only-in-variant': CONSTRAINTS,
  'image-time-only-setting-in-variant': CONSTRAINTS,
  'per-sim-in-static': CONSTRAINTS,
  'atomic-incomplete': CONSTRAINTS,
  'asset-type-invalid': ASSETS,
  'asset-file-type': ASSETS,
  'asset-operator-unsupported': ASSETS,
  'asset-target-file-name-invalid': ASSETS,
  'applications-empty': APPLICATIONS,
  'application-partition-invalid': APPLICATIONS,
  'application-partition-advice': APPLICATIONS,
  'application-source-missing': APPLICATIONS,
  'application-duplicate': APPLICATIONS,
  'application-file-name-clash': APPLICATIONS,
  'data-assets-empty': APPLICATIONS,
  'data-assets-type-invalid': APPLICATIONS,
  'target-never-matches': AUDIT,
  'target-unused': AUDIT,
  'target-overlap-conflict': AUDIT,
} as const satisfies Record<DiagnosticCode, Section>;

/**
 * The codes of a file refused (docs/format.md §11.2) and of the tool's reading of the bytes (§11.1, warnings). Two
 * are both: `caf check` warns where the editor and `caf format` refuse.
 */
const FILE_CODES = {
  empty: ['The file holds nothing but white space.', REFUSED],
  'too-large': ['The file, or its canonical form, is over the size limit (32 MB).', REFUSED],
  'not-well-formed': ['The file is not well-formed XML (a repair is offered for a known documentation defect).', REFUSED],
  doctype: ['The file has a DOCTYPE; entities are never declared, expanded or fetched.', REFUSED],
  'wcd-format': ['The file is a Windows Configuration Designer customizations.xml, another format.', REFUSED],
  'oem-package-format': ['The file is a Windows Phone 8 OEM customization package, another format.', REFUSED],
  'wrong-namespace': ['The root element is not in the ImageUpdate namespace of answer files.', REFUSED],
  'wrong-root': ['The root element is not ImageCustomizations.', REFUSED],
  'too-deep': ['Elements are nested deeper than the limit (256 levels).', REFUSED],
  'too-many-attributes': ['A start tag has more attributes than the limit (1024).', REFUSED],
  'name-too-long': ['An element, attribute or processing-instruction name is longer than the limit (1024 characters).', REFUSED],
  'value-too-long': ['An attribute value, text, comment, CDATA section or processing instruction is longer than the limit (1,048,576 characters).', REFUSED],
  'invalid-bytes': ["Bytes invalid in the file's encoding: the imaging tool reads them as U+FFFD (caf check warns); the editor and caf format refuse the file.", READING],
  'unsupported-encoding': ['An encoding that cannot be decoded as the file means, or UTF-16/32 without the byte-order mark XML requires.', READING],
  'misread-encoding': ['A declared single-byte encoding with non-ASCII characters: the imaging tool reads the file as UTF-8.', READING],
  unreadable: ['The file could not be read (no such file, a folder, no permission), or no file matches a pattern.', REFUSED],
} as const satisfies Record<ImportErrorCode | ReadingWarning['code'] | 'unreadable', readonly [string, Section]>;

/** The code of a note: something kept without being understood, written back unchanged (§11.3). */
export const KEPT_CODE = 'kept';

export interface Rule {
  readonly id: string;
  /** One line: what the code means. */
  readonly description: string;
  /** The section of docs/format.md, e.g. "§5.3". */
  readonly section: string;
  /** Its web address. */
  readonly helpUri: string;
}

const rule = (id: string, description: string, s: Section): Rule => ({ id, description, section: s.number, helpUri: `${FORMAT_DOC_URL}#${s.anchor}` });

/** The rule of a code `caf check` reports: a diagnostic's, a refused or misread file's, or a note's. */
export function ruleOf(code: string): Rule {
  if (code === KEPT_CODE) return rule(KEPT_CODE, 'Something CAF Studio kept without understanding it; it is written back unchanged.', KEPT);
  if (Object.hasOwn(DIAGNOSTIC_CODES, code)) return rule(code, DIAGNOSTIC_CODES[code as DiagnosticCode].description, DIAGNOSTIC_SECTIONS[code as DiagnosticCode]);
  const [description, section] = Object.hasOwn(FILE_CODES, code) ? FILE_CODES[code as keyof typeof FILE_CODES] : FILE_CODES.unreadable;
  return rule(code, description, section);
}

/** Every rule with a fixed meaning, for tests and documentation. */
export function allRules(): Rule[] {
  return [...Object.keys(DIAGNOSTIC_CODES), ...Object.keys(FILE_CODES), KEPT_CODE].map(ruleOf);
}

// What Customization.xsd allows, re-derived for the model (model code does not import src/xml): the format's
// element names, each element's children in schema order, its declared attributes, and which attributes the
// imaging tool's validating reader accepts on any element (checked with the tool's own reader, .NET
// XmlReaderSettings with the default AllowXmlAttributes flag, and with xmllint):
// - namespace declarations (`xmlns`, `xmlns:p`) are not attributes;
// - xsi:schemaLocation and xsi:noNamespaceSchemaLocation are accepted (any value: schema locations are not
//   processed); xsi:nil is refused (no element is nillable), xsi:type is refused (every type is anonymous), and
//   any other xsi: name is refused;
// - xml:lang, xml:base and xml:space ("preserve" or "default") are accepted by the tool (xmllint refuses them);
//   any other xml: name is refused;
// - the schema has no anyAttribute: every other attribute, in any namespace or none, is refused.

import type { Attr } from '../types.ts';

export const CAF_NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
export const XML_NS = 'http://www.w3.org/XML/1998/namespace';

export type SchemaElement =
  | 'ImageCustomizations'
  | 'Imports'
  | 'Import'
  | 'Targets'
  | 'Target'
  | 'TargetState'
  | 'Condition'
  | 'Static'
  | 'Variant'
  | 'TargetRefs'
  | 'TargetRef'
  | 'Settings'
  | 'Setting'
  | 'Asset'
  | 'Applications'
  | 'Application'
  | 'DataAssets'
  | 'DataAsset';

export interface ElementRule {
  /** Children the schema allows, in schema order ([] for an element whose content must be empty). */
  readonly children: readonly SchemaElement[];
  /** Declared attributes, in schema order. */
  readonly attrs: readonly string[];
  /** What the schema allows inside, as a phrase for messages ("<Static> may hold ..."). */
  readonly allows: string;
}

export const RULES: { readonly [E in SchemaElement]: ElementRule } = {
  ImageCustomizations: {
    children: ['Imports', 'Targets', 'Static', 'Variant'],
    attrs: ['Name', 'Description', 'Owner', 'OwnerType', 'Priority'],
    allows: 'at most one <Imports>, one <Targets> and one <Static>, in that order, then any number of <Variant> (text aside)',
  },
  Imports: { children: ['Import'], attrs: [], allows: 'only <Import> elements' },
  Import: { children: [], attrs: ['Source'], allows: 'nothing but comments and processing instructions' },
  Targets: { children: ['Target'], attrs: [], allows: 'only <Target> elements' },
  Target: { children: ['TargetState'], attrs: ['Id'], allows: 'only <TargetState> elements' },
  TargetState: { children: ['Condition'], attrs: [], allows: 'only <Condition> elements' },
  Condition: { children: [], attrs: ['Name', 'Value', 'IsWildCard'], allows: 'nothing but comments and processing instructions' },
  Static: {
    children: ['Settings', 'Applications', 'DataAssets'],
    attrs: [],
    allows: 'only <Settings>, <Applications> and <DataAssets> elements, in any order',
  },
  Variant: {
    children: ['TargetRefs', 'Settings', 'Applications'],
    attrs: ['Name'],
    allows: 'one <TargetRefs> first, then <Settings> and <Applications> elements in any order',
  },
  TargetRefs: { children: ['TargetRef'], attrs: [], allows: 'exactly one <TargetRef>' },
  TargetRef: { children: [], attrs: ['Id'], allows: 'nothing but comments and processing instructions' },
  Settings: { children: ['Setting', 'Asset'], attrs: ['Path'], allows: 'only <Setting> and <Asset> elements, at least one' },
  Setting: { children: [], attrs: ['Name', 'Value', 'Type'], allows: 'nothing but comments and processing instructions' },
  Asset: {
    children: [],
    attrs: ['Name', 'Source', 'TargetFileName', 'DisplayName', 'Type'],
    allows: 'nothing but comments and processing instructions',
  },
  Applications: { children: ['Application'], attrs: [], allows: 'only <Application> elements' },
  Application: {
    children: [],
    attrs: ['Source', 'License', 'ProvXML', 'TargetPartition'],
    allows: 'nothing but comments and processing instructions',
  },
  DataAssets: { children: ['DataAsset'], attrs: ['Type'], allows: 'only <DataAsset> elements' },
  DataAsset: { children: [], attrs: ['Source'], allows: 'nothing but comments and processing instructions' },
};

export function isSchemaElement(local: string): local is SchemaElement {
  return Object.prototype.hasOwnProperty.call(RULES, local);
}

/** XML white space (S production): space, tab, CR, LF; nothing else (no NBSP). */
export function isXmlWhiteSpace(text: string): boolean {
  return /^[ \t\r\n]*$/.test(text);
}

/** Whether an attribute is a namespace declaration (`xmlns` or `xmlns:p`), which is no attribute to the schema. */
export function isNamespaceDecl(name: string): boolean {
  return name === 'xmlns' || name.startsWith('xmlns:');
}

/**
 * The namespace declarations in scope, innermost first (a chain: a new link only where an element declares
 * some). The model writes every known element unprefixed under the root's `xmlns` = the format's namespace.
 */
export interface Scope {
  readonly decls: readonly Attr[];
  readonly up: Scope | null;
}

export const ROOT_SCOPE: Scope = { decls: [{ name: 'xmlns', value: CAF_NS }], up: null };

/** `scope` with the declarations of `attrs` (the same scope when there are none). */
export function within(scope: Scope, attrs: readonly Attr[] | undefined): Scope {
  if (!attrs || !attrs.some((a) => isNamespaceDecl(a.name))) return scope;
  return { decls: attrs.filter((a) => isNamespaceDecl(a.name)), up: scope };
}

/** The namespace bound to `prefix` ('' = the default namespace), '' for none, undefined when not declared. */
export function namespaceOf(scope: Scope, prefix: string): string | undefined {
  if (prefix === 'xml') return XML_NS;
  const decl = prefix === '' ? 'xmlns' : `xmlns:${prefix}`;
  for (let s: Scope | null = scope; s; s = s.up) {
    for (const d of s.decls) if (d.name === decl) return d.value;
  }
  return prefix === '' ? '' : undefined;
}

/** `p:local` -> ['p', 'local']; `local` -> ['', 'local']. */
export function splitName(qname: string): readonly [string, string] {
  const i = qname.indexOf(':');
  return i < 0 ? ['', qname] : [qname.slice(0, i), qname.slice(i + 1)];
}

/**
 * Why the tool refuses attribute `a` on `element`, or null when it accepts it (declared, a namespace
 * declaration, or one of the xsi:/xml: attributes its reader allows on any element).
 */
export function attributeProblem(element: SchemaElement, a: Attr, scope: Scope): string | null {
  if (isNamespaceDecl(a.name)) return null;
  const [prefix, local] = splitName(a.name);
  if (prefix === '') return RULES[element].attrs.includes(local) ? null : 'the schema does not declare it';
  const ns = namespaceOf(scope, prefix);
  if (ns === undefined) return `its prefix ${prefix} is not declared (no xmlns:${prefix} in scope)`;
  if (ns === XSI_NS) {
    if (local === 'schemaLocation' || local === 'noNamespaceSchemaLocation') return null;
    if (local === 'nil') return 'the tool refuses xsi:nil (no element of the schema is nillable)';
    if (local === 'type') return "the tool refuses xsi:type (the schema's types are anonymous)";
    return 'the only xsi: attributes the tool accepts are xsi:schemaLocation and xsi:noNamespaceSchemaLocation';
  }
  if (ns === XML_NS) {
    if (local === 'lang' || local === 'base') return null;
    if (local === 'space') return a.value === 'preserve' || a.value === 'default' ? null : 'xml:space must be "preserve" or "default"';
    return 'the only xml: attributes the tool accepts are xml:lang, xml:space and xml:base';
  }
  return `it is in namespace ${ns}, and the schema declares no attribute in a namespace`;
}

// A checker of answer-file text against Customization.xsd, written by hand from the schema's rules (the tests
// never run a schema validator): element names and namespace, order and occurrence, required and declared
// attributes, enumerations, Priority and IsWildCard as the imaging tool reads them, no text in element-only
// content, nothing but comments and processing instructions in empty content, the root's mixed content.
// Where .NET's validating reader (the imaging tool's) and xmllint differ, this follows .NET, the tool:
// - white space in a CDATA section of element-only content is white space (xmllint refuses any CDATA there);
// - xml:lang, xml:base and xml:space ("preserve"/"default") are accepted on any element (xmllint refuses them).
// Each issue has a kind, so that a test can tell which rule family it belongs to.

import { SaxesParser } from 'saxes';
import type { SaxesAttributeNS, SaxesTagNS } from 'saxes';

export type IssueKind =
  | 'syntax' // not well-formed
  | 'element' // unknown element, or a known one where the content model does not allow it
  | 'occurs' // a required child is missing (TargetRefs in a Variant, a TargetRef, a Setting/Asset in Settings)
  | 'text' // character data in element-only content
  | 'leaf' // anything but comments/PIs inside an element whose content must be empty
  | 'attribute' // an undeclared attribute
  | 'required' // a required attribute is missing
  | 'enum' // a value outside its enumeration
  | 'value'; // Priority or IsWildCard that the tool cannot read

export interface Issue {
  readonly kind: IssueKind;
  readonly message: string;
}

const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';
const XML = 'http://www.w3.org/XML/1998/namespace';
const XMLNS = 'http://www.w3.org/2000/xmlns/';

type Content = 'empty' | 'elements' | 'mixed';

interface Decl {
  readonly content: Content;
  /** attribute -> required */
  readonly attrs: Readonly<Record<string, boolean>>;
}

const EMPTY = 'empty' as const;
const ELEMENTS = 'elements' as const;

const DECLS: Readonly<Record<string, Decl>> = {
  ImageCustomizations: { content: 'mixed', attrs: { Name: false, Description: false, Owner: true, OwnerType: true, Priority: false } },
  Imports: { content: ELEMENTS, attrs: {} },
  Import: { content: EMPTY, attrs: { Source: true } },
  Targets: { content: ELEMENTS, attrs: {} },
  Target: { content: ELEMENTS, attrs: { Id: true } },
  TargetState: { content: ELEMENTS, attrs: {} },
  Condition: { content: EMPTY, attrs: { Name: true, Value: false, IsWildCard: false } },
  Static: { content: ELEMENTS, attrs: {} },
  Variant: { content: ELEMENTS, attrs: { Name: false } },
  TargetRefs: { content: ELEMENTS, attrs: {} },
  TargetRef: { content: EMPTY, attrs: { Id: true } },
  Settings: { content: ELEMENTS, attrs: { Path: true } },
  Setting: { content: EMPTY, attrs: { Name: true, Value: false, Type: false } },
  Asset: { content: EMPTY, attrs: { Name: true, Source: true, TargetFileName: false, DisplayName: false, Type: false } },
  Applications: { content: ELEMENTS, attrs: {} },
  Application: { content: EMPTY, attrs: { Source: false, License: true, ProvXML: true, TargetPartition: false } },
  DataAssets: { content: ELEMENTS, attrs: { Type: true } },
  DataAsset: { content: EMPTY, attrs: { Source: true } },
};

const ENUMS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  ImageCustomizations: { OwnerType: ['OEM', 'SiliconVendor', 'MobileOperator'] },
  Setting: { Type: ['integer', 'string', 'boolean', 'binary', 'integer64'] },
  Asset: { Type: ['OEM', 'MobileOperator'] },
  DataAssets: { Type: ['MapData', 'RetailDemo_Microsoft', 'RetailDemo_OEM', 'RetailDemo_MO', 'RetailDemo_Apps'] },
};

const XML_WS = /^[ \t\r\n]*$/;
const trimWs = (s: string) => s.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');

/** xs:positiveInteger, then XmlConvert.ToUInt32 (white space trimmed, no sign, at most 4294967295). */
function priorityOk(value: string): boolean {
  const v = trimWs(value);
  if (!/^\d+$/.test(v)) return false;
  const n = BigInt(v);
  return n >= 1n && n <= 4294967295n;
}

/** XmlConvert.ToBoolean: white space trimmed, then true/false/1/0 exactly. */
const booleanOk = (value: string) => ['true', 'false', '1', '0'].includes(trimWs(value));

/**
 * The content model of `parent` as a state machine over its children's local names: returns the next state, or
 * a reason when `child` is not allowed after what came before. `state` starts at 0.
 */
function step(parent: string, state: number, child: string): number | string {
  const only = (name: string) => (child === name ? 1 : `<${child}> is not allowed in <${parent}>`);
  switch (parent) {
    case 'ImageCustomizations': {
      const rank = ['Imports', 'Targets', 'Static', 'Variant'].indexOf(child) + 1;
      if (rank === 0) return `<${child}> is not allowed in <${parent}>`;
      if (rank < state || (rank === state && child !== 'Variant')) return `<${child}> is out of order or repeated`;
      return rank;
    }
    case 'Imports':
      return only('Import');
    case 'Targets':
      return only('Target');
    case 'Target':
      return only('TargetState');
    case 'TargetState':
      return only('Condition');
    case 'Applications':
      return only('Application');
    case 'DataAssets':
      return only('DataAsset');
    case 'Static':
      return ['DataAssets', 'Applications', 'Settings'].includes(child) ? 1 : `<${child}> is not allowed in <Static>`;
    case 'Settings':
      return child === 'Setting' || child === 'Asset' ? 1 : `<${child}> is not allowed in <Settings>`;
    case 'TargetRefs':
      return child === 'TargetRef' && state === 0 ? 1 : `<${child}> is not allowed here in <TargetRefs> (exactly one <TargetRef>)`;
    case 'Variant':
      if (state === 0) return child === 'TargetRefs' ? 1 : `<${child}> cannot come first in <Variant> (<TargetRefs> must)`;
      return child === 'Applications' || child === 'Settings' ? 1 : `<${child}> is not allowed here in <Variant>`;
    default:
      return `<${child}> is not allowed in <${parent}>`;
  }
}

/** What is missing when `parent` closes in `state`, if anything. */
function missing(parent: string, state: number): string | null {
  if (state !== 0) return null;
  if (parent === 'Variant') return '<Variant> needs a <TargetRefs>';
  if (parent === 'TargetRefs') return '<TargetRefs> needs one <TargetRef>';
  if (parent === 'Settings') return '<Settings> needs at least one <Setting> or <Asset>';
  return null;
}

interface Open {
  readonly name: string;
  readonly decl: Decl;
  state: number;
}

function checkAttributes(local: string, decl: Decl, attrs: Record<string, SaxesAttributeNS>, issues: Issue[]): void {
  const seen = new Set<string>();
  for (const a of Object.values(attrs)) {
    if (a.uri === XMLNS || a.name === 'xmlns') continue;
    if (a.uri === XSI) {
      if (a.local !== 'schemaLocation' && a.local !== 'noNamespaceSchemaLocation') issues.push({ kind: 'attribute', message: `xsi:${a.local} on <${local}>` });
      continue;
    }
    if (a.uri === XML) {
      if (a.local === 'space' ? a.value !== 'preserve' && a.value !== 'default' : a.local !== 'lang' && a.local !== 'base') {
        issues.push({ kind: 'attribute', message: `xml:${a.local}="${a.value}" on <${local}>` });
      }
      continue;
    }
    if (a.uri !== '' || !(a.local in decl.attrs)) {
      issues.push({ kind: 'attribute', message: `${a.name} on <${local}>` });
      continue;
    }
    seen.add(a.local);
    const allowed = ENUMS[local]?.[a.local];
    if (allowed && !allowed.includes(a.value)) issues.push({ kind: 'enum', message: `${local}@${a.local}="${a.value}"` });
    if (local === 'ImageCustomizations' && a.local === 'Priority' && !priorityOk(a.value)) issues.push({ kind: 'value', message: `Priority="${a.value}"` });
    if (local === 'Condition' && a.local === 'IsWildCard' && !booleanOk(a.value)) issues.push({ kind: 'value', message: `IsWildCard="${a.value}"` });
  }
  for (const [name, required] of Object.entries(decl.attrs)) {
    if (required && !seen.has(name)) issues.push({ kind: 'required', message: `<${local}> needs ${name}` });
  }
}

/** Every issue of `xml` against the schema's rules (an empty list: the file satisfies them). */
export function checkContentModel(xml: string): readonly Issue[] {
  const issues: Issue[] = [];
  const stack: Open[] = [];
  let skipDepth = 0;
  const parser = new SaxesParser({ xmlns: true });
  const chars = (text: string, cdata: boolean) => {
    if (skipDepth > 0) return;
    const top = stack.at(-1);
    if (!top || top.decl.content === 'mixed') return;
    if (top.decl.content === 'empty') {
      if (text !== '' || cdata) issues.push({ kind: 'leaf', message: `character data in <${top.name}>` });
    } else if (!XML_WS.test(text)) {
      issues.push({ kind: 'text', message: `text in <${top.name}>` });
    }
  };
  parser.on('text', (t) => chars(t, false));
  parser.on('cdata', (t) => chars(t, true));
  parser.on('opentag', (tag) => {
    const t = tag as SaxesTagNS;
    if (skipDepth > 0) {
      skipDepth++;
      return;
    }
    const parent = stack.at(-1);
    const known = t.uri === NS ? DECLS[t.local] : undefined;
    if (!parent) {
      if (!known || t.local !== 'ImageCustomizations') issues.push({ kind: 'element', message: `root <${t.name}>` });
    } else if (parent.decl.content === 'empty') {
      issues.push({ kind: 'leaf', message: `<${t.name}> in <${parent.name}>` });
      skipDepth = 1;
      return;
    } else if (!known) {
      issues.push({ kind: 'element', message: `unknown <${t.name}> (${t.uri || 'no namespace'}) in <${parent.name}>` });
      skipDepth = 1;
      return;
    } else {
      const next = step(parent.name, parent.state, t.local);
      if (typeof next === 'string') {
        issues.push({ kind: 'element', message: next });
        skipDepth = 1;
        return;
      }
      parent.state = next;
    }
    if (!known) {
      skipDepth = 1;
      return;
    }
    checkAttributes(t.local, known, t.attributes as Record<string, SaxesAttributeNS>, issues);
    stack.push({ name: t.local, decl: known, state: 0 });
  });
  parser.on('closetag', () => {
    if (skipDepth > 0) {
      skipDepth--;
      return;
    }
    const top = stack.pop();
    if (!top) return;
    const m = missing(top.name, top.state);
    if (m) issues.push({ kind: 'occurs', message: m });
  });
  parser.on('error', (e) => {
    issues.push({ kind: 'syntax', message: e.message });
  });
  try {
    parser.write(xml).close();
  } catch (e) {
    issues.push({ kind: 'syntax', message: String(e) });
  }
  return issues;
}

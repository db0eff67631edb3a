// The document's tree as the diff walks it: for each kind of element, the attributes it compares, its children
// (lists matched by key, then by meaning; sections and TargetRefs as singletons), how a person names it, and
// whether the imaging tool cares about its order. One table, read by the diff (walk.ts) and by revert (revert.ts).

import type { TargetKey, VariantKey } from '../ids.ts';
import type { Condition, TargetState } from '../types.ts';
import type { ListChild, Meaning, Node, Spec } from './node.ts';

const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
/** Names the format compares ignoring case (docs/format.md §3.2, §5.1); absent is a name of its own. */
const folded = (prop: string): Meaning => (n) => str(n[prop])?.toLowerCase() ?? '\u0000';
const exact = (prop: string): Meaning => (n) => str(n[prop]) ?? '\u0000';
const named = (noun: string, v: unknown, none = '(no Name)') => `${noun} ${typeof v === 'string' ? (v === '' ? '""' : v) : none}`;

export function targetLabel(id: unknown): string {
  return named('Target', id, '(no Id)');
}

export function variantLabel(name: unknown): string {
  return named('Variant', name, '(unnamed)');
}

const condition: Spec = {
  name: 'condition',
  fields: ['name', 'value', 'isWildCard'],
  children: [],
  label: (n) => named('condition', n.name),
  primary: { field: 'value' },
  orderMatters: false,
  caseless: ['name'],
};

/** A state's conditions, ignoring order and the case of names: states are matched on them when keys differ. */
const stateConditions: Meaning = (n) =>
  (n as unknown as TargetState).conditions
    .map((c: Condition) => JSON.stringify([c.name?.toLowerCase(), c.value, c.isWildCard]))
    .sort()
    .join('|');

const state: Spec = {
  name: 'state',
  fields: [],
  children: [{ type: 'list', prop: 'conditions', of: () => condition, meanings: [folded('name')] }],
  label: () => 'state',
  inAncestry: true,
  orderMatters: false,
};

const target: Spec = {
  name: 'target',
  fields: ['id'],
  children: [{ type: 'list', prop: 'states', of: () => state, meanings: [stateConditions], byPosition: () => true }],
  label: () => '',
  part: (n) => ({ kind: 'target', key: n.key as TargetKey }),
  partLabel: (n) => targetLabel(n.id),
  orderMatters: false,
};

const setting: Spec = {
  name: 'setting',
  fields: ['name', 'value', 'type'],
  children: [],
  label: (n) => named('setting', n.name),
  primary: { field: 'value' },
  orderMatters: false,
  caseless: ['name'],
};

const asset: Spec = {
  name: 'asset',
  fields: ['name', 'source', 'targetFileName', 'displayName', 'type'],
  children: [],
  label: (n) => named('asset', n.name),
  orderMatters: false,
  caseless: ['name'],
};

const settingsGroup: Spec = {
  name: 'settings',
  fields: ['path'],
  children: [
    {
      type: 'list',
      prop: 'entries',
      of: (n) => (n.kind === 'asset' ? asset : setting),
      meanings: [(n) => (n.kind === 'asset' ? `${folded('name')(n)}\u0001${folded('source')(n)}` : folded('name')(n)), folded('name')],
    },
  ],
  label: (n) => named('settings group', n.path, '(no Path)'),
  primary: { field: 'path', what: 'settings group' },
  orderMatters: false,
  caseless: ['path'],
};

const application: Spec = {
  name: 'application',
  fields: ['source', 'license', 'provXml', 'targetPartition'],
  children: [],
  label: (n) => named('application', n.source, '(no Source)'),
  primary: { field: 'source', what: 'application' },
};

const applications: Spec = {
  name: 'applications',
  fields: [],
  children: [{ type: 'list', prop: 'apps', of: () => application, meanings: [folded('source')] }],
  label: () => 'Applications',
};

const dataAsset: Spec = {
  name: 'dataAsset',
  fields: ['source'],
  children: [],
  label: (n) => named('data asset', n.source, '(no Source)'),
  primary: { field: 'source', what: 'data asset' },
};

const dataAssets: Spec = {
  name: 'dataAssets',
  fields: ['type'],
  children: [{ type: 'list', prop: 'assets', of: () => dataAsset, meanings: [folded('source')] }],
  label: (n) => named('DataAssets', n.type, '(no Type)'),
  primary: { field: 'type', what: 'DataAssets' },
};

/** An Applications block has no attributes: known by the Sources of its applications, in any order. */
const appSources: Meaning = (n) =>
  ((n.apps ?? []) as readonly Node[])
    .map((a) => JSON.stringify(str(a.source)?.toLowerCase() ?? null))
    .sort()
    .join('|');

const item = (n: Node): Spec => (n.kind === 'applications' ? applications : n.kind === 'dataAssets' ? dataAssets : settingsGroup);
/** Settings groups by Path, DataAssets blocks by Type, Applications blocks by their applications, then by position. */
const items: ListChild = {
  type: 'list',
  prop: 'items',
  of: item,
  meanings: [(n) => (n.kind === 'settings' ? folded('path')(n) : n.kind === 'dataAssets' ? exact('type')(n) : appSources(n))],
  byPosition: (n) => n.kind === 'applications',
};

const importSpec: Spec = {
  name: 'import',
  fields: ['source'],
  children: [],
  label: (n) => named('import', n.source, '(no Source)'),
  primary: { field: 'source', what: 'import' },
};

const importsSection: Spec = {
  name: 'imports',
  fields: [],
  children: [{ type: 'list', prop: 'imports', of: () => importSpec, meanings: [folded('source')] }],
  label: () => '',
  part: () => ({ kind: 'imports' }),
  partLabel: () => 'Imports',
  empty: () => ({ imports: [] }),
};

const targetsSection: Spec = {
  name: 'targets',
  fields: [],
  children: [{ type: 'list', prop: 'targets', of: () => target, meanings: [exact('id')] }],
  label: () => 'Targets',
  refField: 'targets',
  empty: () => ({ targets: [] }),
};

const staticSection: Spec = {
  name: 'static',
  fields: [],
  children: [items],
  label: () => '',
  part: () => ({ kind: 'static' }),
  partLabel: () => 'Static',
  empty: () => ({ items: [] }),
};

const targetRef: Spec = {
  name: 'targetRef',
  fields: ['id'],
  children: [],
  label: (n) => named('TargetRef', n.id, '(no Id)'),
  primary: { field: 'id', what: 'TargetRef' },
};

const targetRefs: Spec = {
  name: 'targetRefs',
  fields: [],
  children: [{ type: 'list', prop: 'refs', of: () => targetRef, meanings: [exact('id')], byPosition: () => true }],
  label: () => 'TargetRefs',
  refField: 'targetRefs',
  empty: () => ({ refs: [] }),
};

const firstRefId: Meaning = (n) => {
  const refs = (n.targetRefs as { refs: readonly { id?: string }[] } | undefined)?.refs;
  return refs?.[0]?.id;
};

/** Later Variants win (docs/format.md §9), so a Variant's order matters; its Name is not read (§4.2). */
const variant: Spec = {
  name: 'variant',
  fields: ['name'],
  children: [{ type: 'single', prop: 'targetRefs', spec: targetRefs }, items],
  label: () => '',
  part: (n) => ({ kind: 'variant', key: n.key as VariantKey }),
  partLabel: (n) => variantLabel(n.name),
  unread: ['name'],
};

/** `<ImageCustomizations>`. Name and Description are for people (docs/format.md §2.2). */
export const ROOT: Spec = {
  name: 'root',
  fields: ['name', 'description', 'owner', 'ownerType', 'priority'],
  children: [
    { type: 'single', prop: 'imports', spec: importsSection },
    { type: 'single', prop: 'targets', spec: targetsSection },
    { type: 'single', prop: 'static', spec: staticSection },
    { type: 'list', prop: 'variants', of: () => variant, meanings: [exact('name'), firstRefId] },
  ],
  label: () => '',
  part: () => ({ kind: 'document' }),
  partLabel: () => 'Document',
  unread: ['name', 'description'],
};

/** The XML name of a model field: `provXml` is ProvXML, the others are capitalised (docs/format.md §2.1). */
export function attrName(field: string): string {
  return field === 'provXml' ? 'ProvXML' : field.charAt(0).toUpperCase() + field.slice(1);
}

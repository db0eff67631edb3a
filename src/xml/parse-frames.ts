// The element grammar the parser accepts, and what an open element (a frame) holds until it closes.
// Grammar decisions (docs/format.md §2.3 and §11.3): a known element is taken into the model only where the
// schema puts it, so that exporting writes it back in the same place. Anything else (unknown names, other
// namespaces, a second <Static>, <Static> after a <Variant>, <TargetRefs> after a Variant's items,
// <DataAssets> in a Variant) is kept as an unknown-element Trivia tree where it stood and reported as an
// ImportNote. A leaf element with content stays in the model, its content kept in `inner` (LeafExtras). Unknown attributes on a known element go to `extraAttrs` (so a
// <DataAsset Type="..."> stays an editable DataAsset; the note says Type belongs on <DataAssets>).

import type { Attr, Trivia } from '../model/types.ts';
import { EL, ATTRS_BY_ELEMENT } from './names.ts';
import type { ElementName } from './names.ts';

export type KnownKind = ElementName;

export interface Pos {
  readonly line: number;
  readonly column: number;
}

/** One open element. Known frames collect model children; trivia frames collect their subtree. */
export interface Frame {
  /** The known element, or 'trivia' for an element kept as is. */
  readonly kind: KnownKind | 'trivia';
  /** Qualified name as written (with its prefix). */
  readonly qname: string;
  /**
   * Every attribute as written, in source order (namespace declarations included). The parser's own objects,
   * which may carry more properties: the model takes copies (`plainAttrs`), and only of what it keeps as written.
   */
  readonly attrs: readonly Attr[];
  /** Start tag position (1-based), kept as numbers: a Pos object is made only for a note or `positions`. */
  readonly line: number;
  readonly column: number;
  /**
   * Trivia seen since the last accepted known child (becomes the next child's `before`, or `end`). Starts as
   * the shared NO_TRIVIA (most elements hold none): ModelBuilder replaces it before the first push.
   */
  pending: Trivia[];
  /** Model objects of accepted known children, in order; NO_CHILDREN until the first (leaves never get one). */
  children: object[];
  /** The kind of each of `children`, at the same index. */
  childKinds: KnownKind[];
  /** Known children accepted so far, by element name (drives the order rules). */
  seen: KnownSet;
}

// A parse allocates a frame per element (tens of thousands in a large file): the lists a frame usually never
// fills are shared empty arrays, and the set of child kinds seen is a bit mask.
export const NO_TRIVIA: Trivia[] = [];
export const NO_CHILDREN: object[] = [];
export const NO_KINDS: KnownKind[] = [];
export const NO_ATTRS: Attr[] = [];

/** A set of known kinds as a bit mask (bit i: the i-th element of EL). */
export type KnownSet = number;

// Known names by local name, mapped to the EL constant itself: the parser's strings are fresh copies, and later
// comparisons with EL constants (switches, Set and Map look-ups) are cheapest on the interned original.
const KIND_OF = new Map<string, KnownKind>(Object.values(EL).map((name) => [name, name]));
const KIND_BIT = new Map<string, number>(Object.values(EL).map((name, i) => [name, 1 << i]));

export function hasKind(set: KnownSet, kind: KnownKind): boolean {
  return (set & KIND_BIT.get(kind)!) !== 0;
}

export function withKind(set: KnownSet, kind: KnownKind): KnownSet {
  return set | KIND_BIT.get(kind)!;
}

/**
 * Elements whose content the schema says is empty: whatever stands inside one (comments, PIs, text, elements) is
 * kept as written in its `inner`, and nothing inside is taken into the model.
 */
export const LEAVES: ReadonlySet<KnownKind> = new Set<KnownKind>([
  EL.import,
  EL.condition,
  EL.targetRef,
  EL.setting,
  EL.asset,
  EL.application,
  EL.dataAsset,
]);

const CHILDREN: { readonly [K in KnownKind]?: readonly KnownKind[] } = {
  [EL.root]: [EL.imports, EL.targets, EL.static, EL.variant],
  [EL.imports]: [EL.import],
  [EL.targets]: [EL.target],
  [EL.target]: [EL.targetState],
  [EL.targetState]: [EL.condition],
  [EL.static]: [EL.settings, EL.applications, EL.dataAssets],
  [EL.variant]: [EL.targetRefs, EL.settings, EL.applications],
  [EL.targetRefs]: [EL.targetRef],
  [EL.settings]: [EL.setting, EL.asset],
  [EL.applications]: [EL.application],
  [EL.dataAssets]: [EL.dataAsset],
};

/** Root children in schema order; each at most once except Variant. */
const ROOT_ORDER: readonly KnownKind[] = [EL.imports, EL.targets, EL.static, EL.variant];

/**
 * Whether `child` (a known name in the format's namespace) is accepted inside `parent`, or why not.
 * Returns null when accepted, else the reason for the import note.
 */
export function misplacedReason(parent: Frame, child: KnownKind): string | null {
  if (parent.kind === 'trivia') return null;
  const allowed = CHILDREN[parent.kind] ?? [];
  if (!allowed.includes(child)) {
    if (child === EL.dataAssets && parent.kind === EL.variant) return '<DataAssets> is allowed only in <Static>';
    return `<${child}> is not allowed inside <${parent.kind}>`;
  }
  if (parent.kind === EL.root) {
    if (child !== EL.variant && hasKind(parent.seen, child)) return `a second <${child}>; the schema allows one`;
    const rank = ROOT_ORDER.indexOf(child);
    const later = ROOT_ORDER.slice(rank + 1).find((k) => hasKind(parent.seen, k));
    if (later) return `<${child}> after <${later}>; the schema puts it before`;
  }
  if (parent.kind === EL.variant && child === EL.targetRefs) {
    if (hasKind(parent.seen, EL.targetRefs)) return 'a second <TargetRefs>; the schema allows one';
    if (parent.children.length > 0) return '<TargetRefs> after the Variant\'s settings; the schema puts it first';
  }
  return null;
}

/** The known element named `local` in the format's namespace, if any (the EL constant, not `local` itself). */
export function knownKind(local: string): KnownKind | undefined {
  return KIND_OF.get(local);
}

/** Model field by XML attribute name, per element (the parser's direction of ATTRS_BY_ELEMENT). */
const FIELD_OF: { readonly [E in KnownKind]?: ReadonlyMap<string, string> } = Object.fromEntries(
  Object.entries(ATTRS_BY_ELEMENT).map(([kind, table]) => [kind, new Map(table.map(([field, xml]) => [xml, field]))]),
);

/**
 * Sets the known attributes of `attrs` on `out` as model fields, in source order, and returns the others
 * (`extraAttrs`; NO_ATTRS when none), skipping those `skip` says the serializer writes itself.
 */
export function assignAttrs(
  out: Record<string, unknown>,
  kind: KnownKind,
  attrs: readonly Attr[],
  skip?: (a: Attr) => boolean,
): Attr[] {
  const fields = FIELD_OF[kind];
  let extra = NO_ATTRS;
  for (const a of attrs) {
    const field = fields?.get(a.name);
    if (field !== undefined) out[field] = a.value;
    else if (!skip?.(a)) {
      if (extra === NO_ATTRS) extra = [];
      extra.push({ name: a.name, value: a.value });
    }
  }
  return extra;
}

/** Copies of the parser's attribute objects with only what the model keeps. */
export function plainAttrs(attrs: readonly Attr[]): Attr[] {
  return attrs.map((a) => ({ name: a.name, value: a.value }));
}

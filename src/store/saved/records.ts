// How one document is stored (format 2): a small header record (the list's fields, the revision, the root's own
// fields and the ids of its parts, in order) plus one record per top-level part (the Imports section, each
// Target, the Static section, each Variant). A save writes the header and only the parts whose object is not
// the one last saved (edits keep untouched parts identical), so its cost follows the change, not the document.
// Pure: the caller supplies the stamp that makes new part ids unique and reads and writes the records.
//
// A part id is `<stamp>.<n>` (no spaces), never reused for other content: a header always lists parts that were written
// before it or with it, and a save cut short (or refused) leaves the previous header and its parts intact.

import type { AnswerFile, ImportsSection, StaticSection, Target, TargetsSection, Variant } from '../../model/types.ts';
import { joinPartIds, splitPartIds } from '../../lib/storage.ts';

export type PartKind = 'imports' | 'target' | 'static' | 'variant';

/** One part record. */
export type StoredPart =
  | { readonly kind: 'imports'; readonly value: ImportsSection }
  | { readonly kind: 'target'; readonly value: Target }
  | { readonly kind: 'static'; readonly value: StaticSection }
  | { readonly kind: 'variant'; readonly value: Variant };

type RootFields = Omit<AnswerFile, 'imports' | 'targets' | 'static' | 'variants'>;

/** The header record (key = id). */
export interface StoredHeader {
  readonly id: string;
  /** The answer file's Name and Owner when it was saved: the document list shows them without the document. */
  readonly name: string;
  readonly owner: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  /** Increments on every write; a tab writes only over the revision it loaded, so nothing is silently overwritten. */
  readonly revision: number;
  /** The root element's own fields (attributes, trivia, prolog, epilog), without its parts. */
  readonly root: RootFields;
  /** `<Targets>` without its targets; undefined when the element is absent. */
  readonly targets?: Omit<TargetsSection, 'targets'>;
  /** The ids of the part records, in document order, as one string (joinPartIds). */
  readonly parts: string;
}

/** The stored part ids of one section's items (imports and static: a list of zero or one), index by index. */
export interface SectionLayout {
  readonly items: readonly object[];
  readonly ids: readonly string[];
  /** joinPartIds(ids), kept so that an unchanged section costs nothing on the next save. */
  readonly joined: string;
}

/** Which stored part id each part of a stored document has, by section, in document order. */
export interface StoredLayout {
  readonly imports: SectionLayout;
  readonly targets: SectionLayout;
  readonly static: SectionLayout;
  readonly variants: SectionLayout;
}

const SECTIONS = [
  ['imports', 'imports'],
  ['targets', 'target'],
  ['static', 'static'],
  ['variants', 'variant'],
] as const;

type SectionName = (typeof SECTIONS)[number][0];

const NONE: readonly object[] = [];

/** The items of each section of `doc` (the model's own arrays for targets and variants, so identity tells). */
function sectionItems(doc: AnswerFile): Record<SectionName, readonly object[]> {
  return {
    imports: doc.imports ? [doc.imports] : NONE,
    targets: doc.targets?.targets ?? NONE,
    static: doc.static ? [doc.static] : NONE,
    variants: doc.variants,
  };
}

/** A document as read back: the header's fields, the assembled model and its parts' ids. */
export interface StoredDocument extends Pick<StoredHeader, 'id' | 'name' | 'owner' | 'createdAt' | 'updatedAt' | 'revision'> {
  readonly doc: AnswerFile;
  readonly layout: StoredLayout;
}

/** The parts a layout holds, by part id, as records (what a reader already has in memory). */
export function partsById(layout: StoredLayout): Map<string, StoredPart> {
  const out = new Map<string, StoredPart>();
  for (const [section, kind] of SECTIONS) {
    const l = layout[section];
    l.ids.forEach((partId, i) => out.set(partId, { kind, value: l.items[i] } as StoredPart));
  }
  return out;
}

/** What a save writes: the header, the parts not stored yet (part id, record), the part ids it replaces, and the layout after it. */
export interface DocumentWrite {
  readonly header: StoredHeader;
  readonly parts: readonly (readonly [string, StoredPart])[];
  /** The stored part ids the header no longer lists; null when unknown (no layout given: storage works it out). */
  readonly removed: readonly string[] | null;
  readonly layout: StoredLayout;
}

/**
 * The records of `doc` at `revision`. Parts that `saved` (the layout of the stored copy) holds keep their id and
 * are not written again; the others get new ids made from `stamp` (unique to this write). A section whose array
 * is the stored one costs nothing; one edited in place is compared index by index; else by object.
 */
export function documentWrite(
  id: string,
  doc: AnswerFile,
  times: { readonly createdAt: number; readonly updatedAt: number },
  revision: number,
  saved: StoredLayout | undefined,
  stamp: string,
): DocumentWrite {
  const written: (readonly [string, StoredPart])[] = [];
  const removed: string[] = [];
  const items = sectionItems(doc);
  const newId = () => `${stamp}.${written.length}`;
  const section = (name: SectionName, kind: PartKind): SectionLayout => {
    const add = (value: object): string => {
      const partId = newId();
      written.push([partId, { kind, value } as StoredPart]);
      return partId;
    };
    return sectionWrite(items[name], saved?.[name], add, removed);
  };
  const layout = {
    imports: section('imports', 'imports'),
    targets: section('targets', 'target'),
    static: section('static', 'static'),
    variants: section('variants', 'variant'),
  };
  const { imports: _i, targets, static: _s, variants: _v, ...root } = doc;
  const header: StoredHeader = {
    id,
    name: doc.name ?? '',
    owner: doc.owner ?? '',
    createdAt: times.createdAt,
    updatedAt: times.updatedAt,
    revision,
    root,
    ...(targets ? { targets: targetsShell(targets) } : {}),
    parts: SECTIONS.map(([name]) => layout[name].joined)
      .filter((j) => j !== '')
      .join(' '),
  };
  return { header, parts: written, removed: saved ? removed : null, layout };
}

function sectionWrite(items: readonly object[], saved: SectionLayout | undefined, add: (value: object) => string, removed: string[]): SectionLayout {
  if (saved && saved.items === items) return saved;
  const ids: string[] = new Array<string>(items.length);
  if (saved && saved.items.length === items.length) {
    items.forEach((item, i) => {
      if (item === saved.items[i]) ids[i] = saved.ids[i]!;
      else {
        ids[i] = add(item);
        removed.push(saved.ids[i]!);
      }
    });
  } else {
    const old = new Map<object, string>();
    saved?.items.forEach((item, i) => old.set(item, saved.ids[i]!));
    const used = new Set<string>();
    items.forEach((item, i) => {
      const partId = old.get(item);
      ids[i] = partId !== undefined && !used.has(partId) ? partId : add(item);
      used.add(ids[i]);
    });
    for (const partId of saved?.ids ?? []) if (!used.has(partId)) removed.push(partId);
  }
  return { items, ids, joined: joinPartIds(ids) };
}

function targetsShell(section: TargetsSection): Omit<TargetsSection, 'targets'> {
  const { targets: _t, ...shell } = section;
  return shell;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Whether `v` has the header's fields with their types (its parts are checked when assembling). */
export function isStoredHeader(v: unknown): v is StoredHeader {
  if (!isObject(v)) return false;
  if (typeof v.id !== 'string' || v.id === '') return false;
  if (typeof v.name !== 'string' || typeof v.owner !== 'string') return false;
  if (!isFiniteNumber(v.createdAt) || !isFiniteNumber(v.updatedAt) || !isFiniteNumber(v.revision)) return false;
  if (!isObject(v.root) || (v.targets !== undefined && !isObject(v.targets))) return false;
  return typeof v.parts === 'string';
}

/**
 * The document a header and its parts describe, or null when the header is not one or a part is missing or of
 * the wrong kind. `part(id)` returns the stored record of a part id (undefined when there is none).
 */
export function assembleDocument(header: unknown, part: (partId: string) => unknown): StoredDocument | null {
  if (!isStoredHeader(header)) return null;
  const ids: Record<SectionName, string[]> = { imports: [], targets: [], static: [], variants: [] };
  const targets: Target[] = [];
  const variants: Variant[] = [];
  let imports: ImportsSection | undefined;
  let staticSection: StaticSection | undefined;
  for (const partId of splitPartIds(header.parts)) {
    const rec = part(partId);
    if (!isObject(rec) || !isObject(rec.value)) return null;
    const value = rec.value;
    switch (rec.kind) {
      case 'imports':
        if (imports) return null;
        imports = value as unknown as ImportsSection;
        ids.imports.push(partId);
        break;
      case 'target':
        if (!header.targets) return null;
        targets.push(value as unknown as Target);
        ids.targets.push(partId);
        break;
      case 'static':
        if (staticSection) return null;
        staticSection = value as unknown as StaticSection;
        ids.static.push(partId);
        break;
      case 'variant':
        variants.push(value as unknown as Variant);
        ids.variants.push(partId);
        break;
      default:
        return null;
    }
  }
  const doc: AnswerFile = {
    ...header.root,
    ...(imports ? { imports } : {}),
    ...(header.targets ? { targets: { ...header.targets, targets } } : {}),
    ...(staticSection ? { static: staticSection } : {}),
    variants,
  };
  const items = sectionItems(doc);
  const sectionOf = (name: SectionName): SectionLayout => ({ items: items[name], ids: ids[name], joined: joinPartIds(ids[name]) });
  const layout = { imports: sectionOf('imports'), targets: sectionOf('targets'), static: sectionOf('static'), variants: sectionOf('variants') };
  const { id, name, owner, createdAt, updatedAt, revision } = header;
  return { id, name, owner, createdAt, updatedAt, revision, doc, layout };
}

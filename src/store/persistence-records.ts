// How one document is stored (format 2): a small header record (the list's fields, the revision, the root's own
// fields and the ids of its parts, in order) plus one record per top-level part (the Imports section, each
// Target, the Static section, each Variant). A save writes the header and only the parts whose object is not
// the one last saved (edits keep untouched parts identical), so its cost follows the change, not the document.
// Pure: the caller supplies the stamp that makes new part ids unique and reads and writes the records.
//
// A part id is `<stamp>.<n>` (no spaces), never reused for other content: a header always lists parts that were written
// before it or with it, and a save cut short (or refused) leaves the previous header and its parts intact.

import type { AnswerFile, ImportsSection, StaticSection, Target, TargetsSection, Variant } from '../model/types.ts';
import { joinPartIds, splitPartIds } from '../lib/storage.ts';

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

/** Which stored part id each part object of a saved document has. */
export type PartIds = ReadonlyMap<object, string>;

/** A document as read back: the header's fields, the assembled model and its part ids. */
export interface StoredDocument {
  readonly id: string;
  readonly name: string;
  readonly owner: string;
  readonly createdAt: number;
  readonly updatedAt: number;
  readonly revision: number;
  readonly doc: AnswerFile;
  readonly partIds: PartIds;
}

/** The top-level parts of `doc`, in document order. */
export function partsOf(doc: AnswerFile): StoredPart[] {
  const parts: StoredPart[] = [];
  if (doc.imports) parts.push({ kind: 'imports', value: doc.imports });
  for (const t of doc.targets?.targets ?? []) parts.push({ kind: 'target', value: t });
  if (doc.static) parts.push({ kind: 'static', value: doc.static });
  for (const v of doc.variants) parts.push({ kind: 'variant', value: v });
  return parts;
}

/** What a save writes: the header, the parts not stored yet (part id, record), and the part ids after it. */
export interface DocumentWrite {
  readonly header: StoredHeader;
  readonly parts: readonly (readonly [string, StoredPart])[];
  readonly partIds: PartIds;
}

/**
 * The records of `doc` at `revision`. Parts that `saved` (the part ids of the stored copy) knows keep their id
 * and are not written again; the others get new ids made from `stamp` (unique to this write).
 */
export function documentWrite(
  id: string,
  doc: AnswerFile,
  times: { readonly createdAt: number; readonly updatedAt: number },
  revision: number,
  saved: PartIds | undefined,
  stamp: string,
): DocumentWrite {
  const partIds = new Map<object, string>();
  const written: (readonly [string, StoredPart])[] = [];
  const ids: string[] = [];
  for (const part of partsOf(doc)) {
    let partId = saved?.get(part.value) ?? partIds.get(part.value);
    if (partId === undefined) {
      partId = `${stamp}.${written.length}`;
      written.push([partId, part]);
    }
    partIds.set(part.value, partId);
    ids.push(partId);
  }
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
    parts: joinPartIds(ids),
  };
  return { header, parts: written, partIds };
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
  const partIds = new Map<object, string>();
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
        break;
      case 'target':
        if (!header.targets) return null;
        targets.push(value as unknown as Target);
        break;
      case 'static':
        if (staticSection) return null;
        staticSection = value as unknown as StaticSection;
        break;
      case 'variant':
        variants.push(value as unknown as Variant);
        break;
      default:
        return null;
    }
    partIds.set(value, partId);
  }
  const doc: AnswerFile = {
    ...header.root,
    ...(imports ? { imports } : {}),
    ...(header.targets ? { targets: { ...header.targets, targets } } : {}),
    ...(staticSection ? { static: staticSection } : {}),
    variants,
  };
  const { id, name, owner, createdAt, updatedAt, revision } = header;
  return { id, name, owner, createdAt, updatedAt, revision, doc, partIds };
}

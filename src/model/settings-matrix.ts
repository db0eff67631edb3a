// The settings matrix: one row per setting (Settings Path and Setting Name) used anywhere in the document, one
// column for Static and one per Variant, each cell the value that owner gives the setting. Pure.
//
// - Paths and names are compared ignoring case, as the imaging tool merges them (docs/format.md §5.1, §9); a row
//   shows the spelling met first. Built-in macro paths (`$(__ICCID)`, `$(__IMSI)`) are rows as written: the
//   matrix shows the document, not a SIM (docs/format.md §5.1).
// - `<Asset>` entries are not rows: they are files shipped with a group, not values.
// - A row *differs* when the owners that set it do not all give it one value (an absent Value attribute counts
//   as a value of its own).
// - Cached by identity (docs/architecture.md, invariant 1): each owner's cells are built once per Static or
//   Variant object, and `createMatrixCache` keeps the previous matrix, so a keystroke in one variant rebuilds that
//   variant's cells and re-checks the rows it sets; every other column, and every row whose facts did not change,
//   is the same object as before.

import type { ItemOwner, Setting, SettingsGroup, StaticItem, StaticSection, Variant } from './types.ts';
import type { EntryKey, GroupKey } from './ids.ts';

/** One owner's Setting of one row. */
export interface MatrixCell {
  readonly groupKey: GroupKey;
  readonly entryKey: EntryKey;
  /** The Path and Name as this owner writes them. */
  readonly path: string;
  readonly name: string;
  readonly value: string | undefined;
  /** How many Settings of this path and name the owner holds (more than 1 is a duplicate; the cell is the first). */
  readonly count: number;
}

/** The settings one owner (Static or a Variant) sets, by row key. */
export interface OwnerCells {
  /** Row keys in document order. */
  readonly keys: readonly string[];
  readonly cells: ReadonlyMap<string, MatrixCell>;
}

export interface MatrixColumn {
  /** 'static' or 'variant:<key>': stable while the owner is edited. */
  readonly id: string;
  readonly owner: ItemOwner;
  /** The Variant's Name, or "Static"; an unnamed Variant by its position. */
  readonly label: string;
  /** The Variant's TargetRef Id (undefined for Static or a Variant without one). */
  readonly target: string | undefined;
  readonly cells: OwnerCells;
}

export interface MatrixRow {
  /** The Path and Name folded to upper case (ordinal, as the tool's merge compares them), joined by a line feed. */
  readonly key: string;
  readonly path: string;
  readonly name: string;
  /** The owners that set it do not all give it one value. */
  readonly differs: boolean;
  /** How many columns set it. */
  readonly setIn: number;
}

export interface SettingsMatrix {
  readonly columns: readonly MatrixColumn[];
  /** Sorted by path, then name (ignoring case). */
  readonly rows: readonly MatrixRow[];
}

/** The key of a row: a setting is the same row in every owner when its path and name agree ignoring case. */
export function rowKey(path: string, name: string): string {
  return `${path.toUpperCase()}\n${name.toUpperCase()}`;
}

const NO_CELLS: OwnerCells = { keys: [], cells: new Map() };

function cellsOfItems(items: readonly StaticItem[]): OwnerCells {
  const keys: string[] = [];
  const cells = new Map<string, MatrixCell>();
  for (const item of items) {
    if (item.kind !== 'settings') continue;
    const path = item.path ?? '';
    const pathKey = `${path.toUpperCase()}\n`; // rowKey, with the path folded once per group
    for (const e of item.entries) {
      if (e.kind !== 'setting') continue;
      const name = e.name ?? '';
      const key = pathKey + name.toUpperCase();
      const seen = cells.get(key);
      if (seen) {
        cells.set(key, { ...seen, count: seen.count + 1 });
        continue;
      }
      keys.push(key);
      cells.set(key, { groupKey: item.key, entryKey: e.key, path, name, value: e.value, count: 1 });
    }
  }
  return keys.length === 0 ? NO_CELLS : { keys, cells };
}

const cellsByItems = new WeakMap<readonly StaticItem[], OwnerCells>();

/** The settings of Static's or one Variant's items, built once per items array (an edit elsewhere keeps it). */
export function ownerCells(items: readonly StaticItem[] | undefined): OwnerCells {
  if (!items) return NO_CELLS;
  let cells = cellsByItems.get(items);
  if (!cells) {
    cells = cellsOfItems(items);
    cellsByItems.set(items, cells);
  }
  return cells;
}

const STATIC_OWNER: ItemOwner = { kind: 'static' };
const variantOwners = new Map<string, ItemOwner>();

function variantOwner(v: Variant): ItemOwner {
  let o = variantOwners.get(v.key);
  if (!o) {
    o = { kind: 'variant', key: v.key };
    variantOwners.set(v.key, o);
  }
  return o;
}

export function variantLabel(v: Variant, index: number): string {
  return v.name || `(unnamed ${index + 1})`;
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** A column, reusing `prev` (the same owner's column of the previous matrix) for whatever did not change. */
function column(id: string, owner: ItemOwner, label: string, target: string | undefined, built: OwnerCells, prev: MatrixColumn | undefined): MatrixColumn {
  let cells = built;
  // A value edit keeps the owner's key list: reuse the previous array, so the rows see no structural change.
  if (prev && prev.cells !== built && sameList(prev.cells.keys, built.keys)) cells = { keys: prev.cells.keys, cells: built.cells };
  if (prev && (prev.cells === cells || prev.cells.cells === cells.cells) && prev.label === label && prev.target === target) return prev;
  return { id, owner, label, target, cells };
}

function rowFacts(key: string, columns: readonly MatrixColumn[]): { differs: boolean; setIn: number; first: MatrixCell | undefined } {
  let first: MatrixCell | undefined;
  let differs = false;
  let setIn = 0;
  for (const c of columns) {
    const cell = c.cells.cells.get(key);
    if (!cell) continue;
    setIn++;
    if (!first) first = cell;
    else if (cell.value !== first.value) differs = true;
  }
  return { differs, setIn, first };
}

function compareRows(a: MatrixRow, b: MatrixRow): number {
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

interface Facts {
  readonly first: MatrixCell;
  differs: boolean;
  setIn: number;
}

/** Every row, in one pass over the cells (each column's cells in document order). */
function allRows(columns: readonly MatrixColumn[]): readonly MatrixRow[] {
  const facts = new Map<string, Facts>();
  for (const c of columns) {
    for (const [key, cell] of c.cells.cells) {
      const f = facts.get(key);
      if (!f) facts.set(key, { first: cell, differs: false, setIn: 1 });
      else {
        f.setIn++;
        if (cell.value !== f.first.value) f.differs = true;
      }
    }
  }
  const rows: MatrixRow[] = [];
  for (const [key, f] of facts) rows.push({ key, path: f.first.path, name: f.first.name, differs: f.differs, setIn: f.setIn });
  return rows.sort(compareRows);
}

const sameCell = (a: MatrixCell | undefined, b: MatrixCell | undefined) =>
  a === b || (!!a && !!b && a.value === b.value && a.path === b.path && a.name === b.name);

/**
 * The rows again after columns changed their values only (the same keys): the rows whose cell changed in one of
 * them are re-checked across the columns, every other row is kept.
 */
function updatedRows(prev: SettingsMatrix, columns: readonly MatrixColumn[]): readonly MatrixRow[] {
  const touched = new Set<string>();
  columns.forEach((c, i) => {
    const before = prev.columns[i].cells.cells;
    if (c.cells.cells === before) return;
    for (const key of c.cells.keys) if (!sameCell(before.get(key), c.cells.cells.get(key))) touched.add(key);
  });
  if (touched.size === 0) return prev.rows;
  let out: MatrixRow[] | null = null;
  prev.rows.forEach((row, i) => {
    if (!touched.has(row.key)) return;
    const { differs, setIn, first } = rowFacts(row.key, columns);
    const path = first?.path ?? row.path;
    const name = first?.name ?? row.name;
    if (differs === row.differs && setIn === row.setIn && path === row.path && name === row.name) return;
    out ??= [...prev.rows];
    out[i] = { ...row, differs, setIn, path, name };
  });
  return out ?? prev.rows;
}

/** The matrix of a document's Static and Variants, reusing `prev` (the previous call's result) where it can. */
export function buildSettingsMatrix(staticSection: StaticSection | undefined, variants: readonly Variant[], prev?: SettingsMatrix): SettingsMatrix {
  const prevById = new Map<string, MatrixColumn>();
  for (const c of prev?.columns ?? []) prevById.set(c.id, c);
  const columns: MatrixColumn[] = [column('static', STATIC_OWNER, 'Static', undefined, ownerCells(staticSection?.items), prevById.get('static'))];
  variants.forEach((v, i) => {
    const id = `variant:${v.key}`;
    columns.push(column(id, variantOwner(v), variantLabel(v, i), v.targetRefs?.refs[0]?.id, ownerCells(v.items), prevById.get(id)));
  });
  if (!prev) return { columns, rows: allRows(columns) };
  const sameColumns = prev.columns.length === columns.length && columns.every((c, i) => c === prev.columns[i]);
  if (sameColumns) return prev;
  // The set of rows is unchanged when the same owners, in the same order, set the same keys.
  const sameShape = prev.columns.length === columns.length && columns.every((c, i) => c.id === prev.columns[i].id && c.cells.keys === prev.columns[i].cells.keys);
  if (!sameShape) return { columns, rows: allRows(columns) };
  return { columns, rows: updatedRows(prev, columns) };
}

/** A matrix builder that remembers its last result (one per view), so each call reuses the previous one. */
export function createMatrixCache(): (staticSection: StaticSection | undefined, variants: readonly Variant[]) => SettingsMatrix {
  let last: { s: StaticSection | undefined; v: readonly Variant[]; m: SettingsMatrix } | undefined;
  return (s, v) => {
    if (last && last.s === s && last.v === v) return last.m;
    const m = buildSettingsMatrix(s, v, last?.m);
    last = { s, v, m };
    return m;
  };
}

export interface RowFilter {
  /** Text to find in the path or the name (or in "path/name"), ignoring case; blank keeps every row. */
  readonly query: string;
  readonly onlyDiffering: boolean;
  /** A row kept whatever the filter says (the one being edited, so that it does not vanish while typed into). */
  readonly keep?: string;
}

const haystacks = new WeakMap<MatrixRow, string>();

function haystack(row: MatrixRow): string {
  let h = haystacks.get(row);
  if (h === undefined) {
    h = `${row.path}/${row.name}`.toLowerCase();
    haystacks.set(row, h);
  }
  return h;
}

/** The rows a filter keeps, in order (the same array when it keeps them all). */
export function filterRows(rows: readonly MatrixRow[], filter: RowFilter): readonly MatrixRow[] {
  const q = filter.query.trim().toLowerCase();
  if (q === '' && !filter.onlyDiffering) return rows;
  const kept = rows.filter((r) => r.key === filter.keep || ((!filter.onlyDiffering || r.differs) && (q === '' || haystack(r).includes(q))));
  return kept.length === rows.length ? rows : kept;
}

/** The cell of `row` in `column`, if the owner sets it. */
export function cellAt(row: MatrixRow, column: MatrixColumn): MatrixCell | undefined {
  return column.cells.cells.get(row.key);
}

/** The settings group and Setting a cell points at, in a document (undefined when edits removed them). */
export function cellSetting(items: readonly StaticItem[], cell: MatrixCell): { group: SettingsGroup; setting: Setting } | undefined {
  const group = items.find((it): it is SettingsGroup => it.kind === 'settings' && it.key === cell.groupKey);
  const setting = group?.entries.find((e): e is Setting => e.kind === 'setting' && e.key === cell.entryKey);
  return group && setting ? { group, setting } : undefined;
}

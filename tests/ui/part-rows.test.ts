// The part list's layout: rows made on demand, heights that depend only on the counts, and parts found by
// reference or row id (keyboard navigation).

import { describe, expect, it } from 'vitest';
import { asKey, counterKeys } from '../../src/model/ids.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { targetList } from '../../src/model/answer-file.ts';
import { addVariant, setVariantName } from '../../src/model/variants.ts';
import { updateEntry } from '../../src/model/groups.ts';
import type { AnswerFile, SettingsGroup } from '../../src/model/types.ts';
import { adjacentPart, HEADER_HEIGHT, ITEM_HEIGHT, partLayout, partListInput, stepItem, type PartRow } from '../../src/ui/parts/part-rows.ts';

const keys = counterKeys('k');
const founding = (): AnswerFile => createFoundingDocument(keys);
const layoutOf = (doc: AnswerFile) =>
  partLayout({ name: doc.name, owner: doc.owner, importCount: 0, targets: targetList(doc), staticCount: doc.static?.items.length ?? 0, variants: doc.variants });
const rows = (doc: AnswerFile): PartRow[] => {
  const l = layoutOf(doc);
  return Array.from({ length: l.count }, (_, i) => l.rowAt(i));
};
const item = (r: PartRow) => (r.kind === 'item' ? r : null);

/** Sets the value of the first setting of the first variant's first group. */
function typeIntoFirstVariant(doc: AnswerFile, value: string): AnswerFile {
  const v = doc.variants[0];
  const g = v.items.find((i): i is SettingsGroup => i.kind === 'settings')!;
  return updateEntry(doc, { kind: 'variant', key: v.key }, g.key, g.entries[0].key, { value });
}

describe('partLayout', () => {
  it('lists the document, imports, the two matrices, each target, Static and each variant, with test ids by position', () => {
    const doc = { ...founding(), name: 'Fleet' };
    const all = rows(doc);
    expect(all.filter((r) => r.kind === 'item').map((r) => (r.kind === 'item' ? r.testId : ''))).toEqual([
      'nav-document',
      'nav-imports',
      'nav-matrix',
      'nav-settings-matrix',
      'nav-simulator',
      ...targetList(doc).map((_, i) => `nav-target-${i}`),
      'nav-static',
      ...doc.variants.map((_, i) => `nav-variant-${i}`),
    ]);
    expect(all[1]).toMatchObject({ primary: 'Fleet', secondary: 'Owner needed' });
    expect(all[3]).toMatchObject({ part: { kind: 'matrix' }, primary: 'Targets × variants', secondary: `${targetList(doc).length} × ${doc.variants.length}` });
    expect(all[4]).toMatchObject({ part: { kind: 'matrix', view: 'settings' }, primary: 'Settings matrix', secondary: `Static + ${doc.variants.length} variant` });
    expect(all.find((r) => r.id === 'h:variants')).toMatchObject({ title: `Variants (${doc.variants.length})`, add: 'variant' });
    const l = layoutOf(doc);
    expect(l.heights).toEqual(all.map((r) => (r.kind === 'header' ? HEADER_HEIGHT : ITEM_HEIGHT)));
    expect(() => l.rowAt(l.count)).toThrow(RangeError);
  });

  it('says what to do next where a section has no part, at an item’s height', () => {
    const empty: AnswerFile = { variants: [] };
    const all = rows(empty);
    const at = (id: string) => all.findIndex((r) => r.id === id);
    expect(all[at('h:targets') + 1]).toMatchObject({ kind: 'empty', testId: 'nav-no-targets', text: expect.stringContaining('+ adds one') });
    expect(all[at('h:static') - 1]).toMatchObject({ kind: 'empty', id: 'empty:targets' });
    expect(all.at(-1)).toMatchObject({ kind: 'empty', testId: 'nav-no-variants' });
    const l = layoutOf(empty);
    expect(l.heights).toEqual(all.map((r) => (r.kind === 'header' ? HEADER_HEIGHT : ITEM_HEIGHT)));
    expect(l.indexOf({ kind: 'static' })).toBe(at('static'));
    expect(l.indexOfId('empty:targets')).toBe(-1);
    // The founding document has both: no empty row.
    expect(rows(founding()).some((r) => r.kind === 'empty')).toBe(false);
  });

  it('finds each item by its part and by its row id', () => {
    const doc = founding();
    const l = layoutOf(doc);
    for (let i = 0; i < l.count; i++) {
      const r = item(l.rowAt(i));
      if (!r) continue;
      expect(l.indexOf(r.part)).toBe(i);
      expect(l.indexOfId(r.id)).toBe(i);
    }
    expect(l.indexOf({ kind: 'variant', key: 'nope' as never })).toBe(-1);
    expect(l.indexOfId('h:targets')).toBe(-1);
  });

  it('keeps heights and unchanged rows while a variant is typed into; a rename changes that row only', () => {
    const doc = founding();
    const before = layoutOf(doc);
    const typed = typeIntoFirstVariant(doc, 'x');
    const after = layoutOf(typed);
    expect(after.heights).toBe(before.heights); // same counts: the same array, so the list keeps its offsets
    const at = before.indexOf({ kind: 'variant', key: doc.variants[0].key });
    expect(after.rowAt(at)).toEqual(before.rowAt(at));
    expect(item(after.rowAt(at))!.part).toBe(item(before.rowAt(at))!.part); // the same reference object

    const renamed = layoutOf(setVariantName(typed, typed.variants[0].key, 'Renamed'));
    expect(item(renamed.rowAt(at))!.primary).toBe('Renamed');
    const grown = layoutOf(addVariant(doc, asKey<'Variant'>('extra'), keys));
    expect(grown.count).toBe(before.count + 1);
    expect(grown.heights).not.toBe(before.heights);
  });
});

describe('previous and next part (arrow keys, Alt+↑/↓)', () => {
  it('walks every item in list order, skipping headers, and stops at both ends', () => {
    const doc = founding();
    const layout = partLayout(partListInput(doc));
    const items = rows(doc).filter((r) => r.kind === 'item').map((r) => r.id);
    const t = targetList(doc)[0]!;
    expect(items).toEqual(['document', 'imports', 'matrix', 'settings-matrix', 'simulator', `target:${t.key}`, 'static', `variant:${doc.variants[0]!.key}`]);
    // Forward from the document to the end, then back.
    const walked: string[] = [];
    let part = adjacentPart(layout, { kind: 'document' }, 1);
    while (part) {
      walked.push(item(layout.rowAt(layout.indexOf(part)))!.id);
      part = adjacentPart(layout, part, 1);
    }
    expect(walked).toEqual(items.slice(1));
    expect(adjacentPart(layout, { kind: 'document' }, -1)).toBeNull();
    expect(adjacentPart(layout, { kind: 'static' }, -1)).toEqual({ kind: 'target', key: t.key });
    expect(adjacentPart(layout, { kind: 'simulator' }, 1)).toEqual({ kind: 'target', key: t.key });
    // A row index at either end stays put.
    expect(stepItem(layout, 1, -1)).toBe(1);
    expect(stepItem(layout, layout.count - 1, 1)).toBe(layout.count - 1);
  });

  it('goes from Static to the first variant, and from the simulator to Static, with no targets or variants', () => {
    const empty: AnswerFile = { ...founding(), targets: undefined, variants: [] };
    const layout = partLayout(partListInput(empty));
    expect(adjacentPart(layout, { kind: 'simulator' }, 1)).toEqual({ kind: 'static' });
    expect(adjacentPart(layout, { kind: 'static' }, 1)).toBeNull();
    expect(adjacentPart(layout, { kind: 'variant', key: asKey('gone') }, 1)).toBeNull();
  });
});

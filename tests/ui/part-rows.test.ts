// The part list's rows and its label lists: a keystroke in a variant's settings must not rebuild the rows.

import { describe, expect, it } from 'vitest';
import { counterKeys } from '../../src/model/ids.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { targetList } from '../../src/model/answer-file.ts';
import { setVariantName } from '../../src/model/variants.ts';
import { updateEntry } from '../../src/model/groups.ts';
import type { AnswerFile, SettingsGroup } from '../../src/model/types.ts';
import { partRows, targetLabelList, variantLabelList } from '../../src/ui/document/part-rows.ts';

const founding = (): AnswerFile => createFoundingDocument(counterKeys('k'));

/** Sets the value of the first setting of the first variant's first group. */
function typeIntoFirstVariant(doc: AnswerFile, value: string): AnswerFile {
  const v = doc.variants[0];
  const g = v.items.find((i): i is SettingsGroup => i.kind === 'settings')!;
  return updateEntry(doc, { kind: 'variant', key: v.key }, g.key, g.entries[0].key, { value });
}

describe('variantLabelList', () => {
  it('keeps the same labels array while only settings change, and makes a new one when a name changes', () => {
    const labels = variantLabelList();
    const doc = founding();
    const first = labels(doc.variants);
    expect(first.map((l) => l.primary)).toEqual(doc.variants.map((v) => v.name || '(unnamed)'));

    const typed = typeIntoFirstVariant(doc, 'x');
    expect(typed.variants).not.toBe(doc.variants);
    expect(labels(typed.variants)).toBe(first);

    const renamed = setVariantName(typed, typed.variants[0].key, 'Renamed');
    const next = labels(renamed.variants);
    expect(next).not.toBe(first);
    expect(next[0].primary).toBe('Renamed');
    expect(next[0].part).toBe(first[0].part); // the row's part reference stays the same object
  });

  it('makes a new array when variants are added or removed', () => {
    const labels = variantLabelList();
    const doc = founding();
    const first = labels(doc.variants);
    expect(labels([...doc.variants, ...doc.variants.map((v) => ({ ...v, key: `${v.key}-copy` as typeof v.key }))])).not.toBe(first);
    expect(labels([])).toEqual([]);
  });
});

describe('partRows', () => {
  it('lists the document, imports, each target, Static and each variant, with test ids by position', () => {
    const doc = founding();
    const rows = partRows({
      name: 'Fleet',
      owner: undefined,
      importCount: 0,
      targets: targetLabelList()(targetList(doc)),
      staticCount: 2,
      variants: variantLabelList()(doc.variants),
    });
    const items = rows.filter((r) => r.kind === 'item');
    expect(items.map((r) => r.testId)).toEqual([
      'nav-document',
      'nav-imports',
      ...targetList(doc).map((_, i) => `nav-target-${i}`),
      'nav-static',
      ...doc.variants.map((_, i) => `nav-variant-${i}`),
    ]);
    expect(items[0]).toMatchObject({ primary: 'Fleet', secondary: 'Owner needed' });
    expect(rows.find((r) => r.id === 'h:variants')).toMatchObject({ title: `Variants (${doc.variants.length})`, add: 'variant' });
  });
});

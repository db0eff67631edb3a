// Issue 21: a document against its baseline (shared keys: a rename is a change of that field, not a removal and an
// addition), and reverting one change of such a diff.

import { describe, expect, it } from 'vitest';
import { diffDocuments } from '../../../src/model/diff/diff.ts';
import { revertChange } from '../../../src/model/diff/revert.ts';
import { targetList } from '../../../src/model/answer-file.ts';
import { updateCondition } from '../../../src/model/conditions.ts';
import { setGroupPath, updateEntry } from '../../../src/model/groups.ts';
import { counterKeys } from '../../../src/model/ids.ts';
import { moveVariant, removeVariant, setVariantName } from '../../../src/model/variants.ts';
import { setTargetId } from '../../../src/model/targets.ts';
import { setDataAssetsType } from '../../../src/model/data-assets.ts';
import type { SettingsGroup } from '../../../src/model/types.ts';
import { parse, texts, xmlOf } from './diff-support.ts';

const XML = xmlOf(`<Targets><Target Id="ATT_US"><TargetState><Condition Name="MCC" Value="310"/><Condition Name="MNC" Value="410"/></TargetState></Target></Targets>
<Static><Settings Path="Multivariant"><Setting Name="Enable" Value="1"/></Settings><DataAssets Type="MapData"><DataAsset Source="C:\\m"/></DataAssets></Static>
<Variant Name="Telcel"><TargetRefs><TargetRef Id="ATT_US"/></TargetRefs><Settings Path="P"><Setting Name="A" Value="1"/></Settings></Variant>
<Variant Name="Movistar"><TargetRefs><TargetRef Id="ATT_US"/></TargetRefs></Variant>`);

const base = parse(XML, 'a');
const target = targetList(base)[0];
const state = target.states[0];
const [telcel, movistar] = base.variants;
const staticItems = base.static?.items ?? [];

describe('documents that share keys', () => {
  it('a rename is a change of the field, and the TargetRefs that followed it are changes of their own', () => {
    const after = setTargetId(base, target.key, 'ATT');
    expect(texts(diffDocuments(base, after))).toEqual([
      'Target ATT, Id: ATT_US → ATT',
      'Variant Telcel, TargetRef: ATT_US → ATT',
      'Variant Movistar, TargetRef: ATT_US → ATT',
    ]);
    // Parsed separately, the same files have nothing to pair the Target by: it is removed and another added.
    const other = parse(XML.replace(/ATT_US/g, 'ATT'), 'b');
    expect(texts(diffDocuments(base, other))).toEqual([
      'Target ATT_US removed',
      'Target ATT added',
      'Variant Telcel, TargetRef: ATT_US → ATT',
      'Variant Movistar, TargetRef: ATT_US → ATT',
    ]);
  });

  it('renames of conditions, settings, groups, Variants and DataAssets blocks are field changes', () => {
    let after = updateCondition(base, target.key, state.key, state.conditions[1].key, { name: 'SPN' });
    after = setGroupPath(after, { kind: 'variant', key: telcel.key }, telcel.items[0].key, 'Q');
    after = updateEntry(after, { kind: 'static' }, staticItems[0].key, (staticItems[0] as SettingsGroup).entries[0].key, { name: 'Other' });
    after = setVariantName(after, movistar.key, 'MX');
    after = setDataAssetsType(after, staticItems[1].key, 'RetailDemo_OEM');
    expect(texts(diffDocuments(base, after))).toEqual([
      'Target ATT_US, condition SPN, Name: MNC → SPN',
      'Static, setting Other, Name: Enable → Other',
      'Static, DataAssets: MapData → RetailDemo_OEM',
      'Variant Telcel, settings group: P → Q',
      'Variant MX, Name: Movistar → MX',
    ]);
  });

  it('keys that collide by chance are not trusted with byKey: false', () => {
    // Both parsed with the same key generator: the first Variant of each has key k7, say, whatever its name.
    const a = parse(XML, 'k');
    const b = parse(XML.replace('<Variant Name="Telcel">', '<Variant Name="Extra"><TargetRefs><TargetRef Id="ATT_US"/></TargetRefs></Variant><Variant Name="Telcel">'), 'k');
    expect(texts(diffDocuments(a, b, { byKey: false }))).toEqual(['Variant Extra added']);
    // Trusted, they pair Extra with Telcel.
    expect(texts(diffDocuments(a, b))).toContain('Variant Extra, Name: Telcel → Extra');
  });

  it('gives each change a ref into the after document, and a removed one the container it was in', () => {
    const after = removeVariant(updateCondition(base, target.key, state.key, state.conditions[0].key, { value: '311' }), movistar.key);
    const [cond, gone] = diffDocuments(base, after);
    expect(cond.ref).toEqual({ part: { kind: 'target', key: target.key }, path: [state.key, state.conditions[0].key], field: 'value' });
    expect(cond.part).toEqual({ kind: 'target', key: target.key });
    expect(gone).toMatchObject({ kind: 'removed', part: { kind: 'variant', key: movistar.key }, partLabel: 'Variant Movistar', ref: { part: { kind: 'document' }, path: [] } });
  });
});

describe('revertChange', () => {
  it('undoes one change and keeps the others', () => {
    const after = moveVariant(removeVariant(setTargetId(base, target.key, 'ATT'), telcel.key), movistar.key, 0);
    const changes = diffDocuments(base, after);
    expect(texts(changes)).toEqual(['Target ATT, Id: ATT_US → ATT', 'Variant Telcel removed', 'Variant Movistar, TargetRef: ATT_US → ATT']);
    const back = revertChange(after, base, changes[1], counterKeys('r'));
    expect(back.variants.map((v) => v.name)).toEqual(['Telcel', 'Movistar']);
    expect(back.variants[0]).toBe(telcel);
    expect(texts(diffDocuments(base, back))).toEqual(['Target ATT, Id: ATT_US → ATT', 'Variant Movistar, TargetRef: ATT_US → ATT']);
    const id = revertChange(after, base, changes[0], counterKeys('r'));
    expect(targetList(id)[0].id).toBe('ATT_US');
    expect(id.variants).toBe(after.variants);
  });

  it('moves back, and keeps every untouched element the same object', () => {
    const after = moveVariant(base, movistar.key, 0);
    const [moved] = diffDocuments(base, after);
    expect(moved.text).toBe('Variant Movistar moved');
    const back = revertChange(after, base, moved, counterKeys('r'));
    expect(back.variants).toEqual(base.variants);
    expect(back.targets).toBe(base.targets);
  });

  it('returns the document itself for a change it does not hold', () => {
    const after = setVariantName(base, telcel.key, 'T');
    const [change] = diffDocuments(base, after);
    expect(revertChange(base, base, change, counterKeys('r'))).toBe(base);
  });
});

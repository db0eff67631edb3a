// Random edits of a document through the model's own edit functions, as a user makes them in the editor: a
// fast-check arbitrary of edit scripts and the interpreter that plays one on a document. Each step picks its
// target by index (modulo what exists), so any script applies to any document; a step with nothing to act on
// leaves the document as it is.

import fc from 'fast-check';
import { patchFields, setRootAttribute, staticItems, targetList, updateTarget, updateVariant } from '../../src/model/answer-file.ts';
import { addApplication, removeApplication, updateApplication } from '../../src/model/applications.ts';
import { addCondition, addTargetState, moveCondition, removeCondition, removeTargetState, updateCondition } from '../../src/model/conditions.ts';
import { addDataAsset, addDataAssetsBlock, removeDataAsset, setDataAssetsType, updateDataAsset } from '../../src/model/data-assets.ts';
import {
  addAsset,
  addSetting,
  addSettingsGroup,
  moveEntry,
  moveItem,
  moveItemToOwner,
  removeEntry,
  removeItem,
  setGroupPath,
  updateEntry,
} from '../../src/model/groups.ts';
import type { KeyGen } from '../../src/model/ids.ts';
import { asKey } from '../../src/model/ids.ts';
import { addImport, importList, moveImport, removeImport, updateImportSource } from '../../src/model/imports.ts';
import { addTarget, moveTarget, removeTarget, setTargetId } from '../../src/model/targets.ts';
import type { AnswerFile, ItemOwner, StaticItem, Target, Variant } from '../../src/model/types.ts';
import { addVariant, moveVariant, removeVariant, setVariantName, setVariantTargetRef } from '../../src/model/variants.ts';

export interface EditStep {
  readonly op: number;
  readonly i: number;
  readonly j: number;
  readonly k: number;
  readonly text: string;
}

export const arbEditStep: fc.Arbitrary<EditStep> = fc.record({
  op: fc.nat(),
  i: fc.nat(),
  j: fc.nat(),
  k: fc.nat(),
  text: fc.constantFrom('', 'MCC', 'mnc', '410', 'A', 'a', 'Telcel', 'C:\\x.appx', 'Multivariant', 'Enable'),
});

const pick = <T>(list: readonly T[], i: number): T | undefined => (list.length === 0 ? undefined : list[i % list.length]);

type Edit = (doc: AnswerFile, s: EditStep, keys: KeyGen) => AnswerFile;

const onTarget = (f: (doc: AnswerFile, t: Target, s: EditStep, keys: KeyGen) => AnswerFile): Edit => (doc, s, keys) => {
  const t = pick(targetList(doc), s.i);
  return t ? f(doc, t, s, keys) : doc;
};
const onState: (f: (doc: AnswerFile, t: Target, stateKey: Target['states'][number]['key'], s: EditStep, keys: KeyGen) => AnswerFile) => Edit = (f) =>
  onTarget((doc, t, s, keys) => {
    const st = pick(t.states, s.j);
    return st ? f(doc, t, st.key, s, keys) : doc;
  });
const onCondition = (f: (doc: AnswerFile, t: Target, sk: Target['states'][number]['key'], ck: Target['states'][number]['conditions'][number]['key'], s: EditStep) => AnswerFile): Edit =>
  onState((doc, t, sk, s) => {
    const c = pick(t.states.find((x) => x.key === sk)?.conditions ?? [], s.k);
    return c ? f(doc, t, sk, c.key, s) : doc;
  });
const onVariant = (f: (doc: AnswerFile, v: Variant, s: EditStep, keys: KeyGen) => AnswerFile): Edit => (doc, s, keys) => {
  const v = pick(doc.variants, s.i);
  return v ? f(doc, v, s, keys) : doc;
};
/** An owner (Static or a Variant) and one of its items of `kind`. */
function onItem<K extends StaticItem['kind']>(kind: K, f: (doc: AnswerFile, owner: ItemOwner, item: Extract<StaticItem, { kind: K }>, s: EditStep, keys: KeyGen) => AnswerFile): Edit {
  return (doc, s, keys) => {
    const owners: { owner: ItemOwner; items: readonly StaticItem[] }[] = [
      { owner: { kind: 'static' }, items: staticItems(doc) },
      ...doc.variants.map((v) => ({ owner: { kind: 'variant' as const, key: v.key }, items: v.items as readonly StaticItem[] })),
    ];
    const o = pick(owners, s.i);
    const item = pick(o?.items.filter((it): it is Extract<StaticItem, { kind: K }> => it.kind === kind) ?? [], s.j);
    return o && item ? f(doc, o.owner, item, s, keys) : doc;
  };
}
const ownerOf = (doc: AnswerFile, i: number): ItemOwner => {
  const v = pick(doc.variants, i);
  return i % 2 === 0 || !v ? { kind: 'static' } : { kind: 'variant', key: v.key };
};

const EDITS: readonly Edit[] = [
  (doc, s) => setRootAttribute(doc, (['name', 'description', 'owner', 'ownerType', 'priority'] as const)[s.i % 5], s.k % 4 === 0 ? undefined : s.text),
  (doc, s, keys) => addImport(doc, asKey(keys()), s.text, s.i),
  (doc, s) => {
    const imp = pick(importList(doc), s.i);
    if (!imp) return doc;
    if (s.k % 3 === 0) return removeImport(doc, imp.key);
    return s.k % 3 === 1 ? updateImportSource(doc, imp.key, s.text) : moveImport(doc, imp.key, s.j);
  },
  (doc, _s, keys) => addTarget(doc, asKey(keys()), keys),
  onTarget((doc, t, s) => moveTarget(doc, t.key, s.j)),
  onTarget((doc, t) => removeTarget(doc, t.key, { kind: 'keep-refs' })),
  onTarget((doc, t, s) => setTargetId(doc, t.key, s.text)),
  onTarget((doc, t, s, keys) => addTargetState(doc, t.key, asKey(keys()), keys, s.j)),
  onState((doc, t, sk) => removeTargetState(doc, t.key, sk)),
  onState((doc, t, sk, s, keys) => addCondition(doc, t.key, sk, asKey(keys()), { name: s.text, value: '1' }, s.k)),
  onCondition((doc, t, sk, ck, s) => updateCondition(doc, t.key, sk, ck, s.op % 2 === 0 ? { value: s.text } : { name: s.text, isWildCard: 'true' })),
  onCondition((doc, t, sk, ck) => removeCondition(doc, t.key, sk, ck)),
  onCondition((doc, t, sk, ck, s) => moveCondition(doc, t.key, sk, ck, s.i)),
  (doc, s, keys) => addVariant(doc, asKey(keys()), keys, undefined, s.i),
  onVariant((doc, v, s) => moveVariant(doc, v.key, s.j)),
  onVariant((doc, v) => removeVariant(doc, v.key)),
  onVariant((doc, v, s) => setVariantName(doc, v.key, s.text)),
  onVariant((doc, v, s, keys) => setVariantTargetRef(doc, v.key, s.text, keys)),
  (doc, s, keys) => addSettingsGroup(doc, ownerOf(doc, s.i), asKey(keys()), keys, { path: s.text, settings: [{ name: 'Enable', value: '1' }] }, s.j),
  onItem('settings', (doc, owner, g, s) => setGroupPath(doc, owner, g.key, s.text)),
  onItem('settings', (doc, owner, g) => removeItem(doc, owner, g.key)),
  onItem('settings', (doc, owner, g, s) => moveItem(doc, owner, g.key, s.k)),
  onItem('settings', (doc, owner, g, s) => moveItemToOwner(doc, owner, g.key, ownerOf(doc, s.k + 1))),
  onItem('settings', (doc, owner, g, s, keys) =>
    s.k % 2 === 0 ? addSetting(doc, owner, g.key, asKey(keys()), { name: s.text, value: 'v' }, s.op) : addAsset(doc, owner, g.key, asKey(keys()), { name: s.text }, s.op)),
  onItem('settings', (doc, owner, g, s) => {
    const e = pick(g.entries, s.k);
    if (!e) return doc;
    return [
      () => updateEntry(doc, owner, g.key, e.key, { value: s.text, source: s.text }),
      () => updateEntry(doc, owner, g.key, e.key, { name: s.text, type: 'integer' }),
      () => removeEntry(doc, owner, g.key, e.key),
      () => moveEntry(doc, owner, g.key, e.key, s.i),
    ][s.op % 4]();
  }),
  onItem('applications', (doc, owner, b, s, keys) => {
    const app = pick(b.apps, s.k);
    if (s.op % 3 === 0 || !app) return addApplication(doc, owner, b.key, asKey(keys()), s.k);
    return s.op % 3 === 1 ? removeApplication(doc, owner, b.key, app.key) : updateApplication(doc, owner, b.key, app.key, { source: s.text, targetPartition: 'Data' });
  }),
  (doc, s, keys) => addDataAssetsBlock(doc, asKey(keys()), keys, s.text, s.i),
  onItem('dataAssets', (doc, _o, b, s, keys) => {
    const a = pick(b.assets, s.k);
    if (s.op % 4 === 0 || !a) return addDataAsset(doc, b.key, asKey(keys()), s.text, s.k);
    if (s.op % 4 === 1) return setDataAssetsType(doc, b.key, s.text);
    return s.op % 4 === 2 ? removeDataAsset(doc, b.key, a.key) : updateDataAsset(doc, b.key, a.key, s.text);
  }),
  // Kept markup and unknown attributes, as a file edited elsewhere brings them.
  (doc, s) => patchFields(doc, { end: s.text ? [{ kind: 'comment', text: s.text }] : undefined }),
  onTarget((doc, t, s) => updateTarget(doc, t.key, (x) => patchFields(x, { before: [{ kind: 'comment', text: s.text }] }))),
  onVariant((doc, v, s) => updateVariant(doc, v.key, (x) => patchFields(x, { extraAttrs: s.text ? [{ name: 'Extra', value: s.text }] : undefined }))),
];

/** `doc` after the script's edits. */
export function playEdits(doc: AnswerFile, script: readonly EditStep[], keys: KeyGen): AnswerFile {
  return script.reduce((d, s) => EDITS[s.op % EDITS.length](d, s, keys), doc);
}

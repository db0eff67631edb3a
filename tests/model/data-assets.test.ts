import { describe, expect, it } from 'vitest';
import { createEmptyDocument, findItem, staticItems } from '../../src/model/answer-file.ts';
import {
  addDataAsset,
  addDataAssetsBlock,
  moveDataAsset,
  removeDataAsset,
  setDataAssetsType,
  updateDataAsset,
} from '../../src/model/data-assets.ts';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { asKey, counterKeys, type DataAssetKey } from '../../src/model/ids.ts';
import type { AnswerFile, DataAssetsBlock } from '../../src/model/types.ts';

const B = asKey<'Group'>('b');
const dk = (s: string): DataAssetKey => asKey<'DataAsset'>(s);
const block = (doc: AnswerFile) => findItem(doc, { kind: 'static' }, B) as DataAssetsBlock;
const sources = (doc: AnswerFile) => block(doc).assets.map((a) => a.source);

function fixture(): AnswerFile {
  let doc = addDataAssetsBlock(createFoundingDocument(counterKeys('k')), B, counterKeys('n'));
  doc = addDataAsset(doc, B, dk('a2'), 'C:\\maps');
  return addDataAsset(doc, B, dk('a3'), 'C:\\demo');
}

describe('data assets', () => {
  it('addDataAssetsBlock creates <Static> with a MapData block holding one empty DataAsset', () => {
    const next = addDataAssetsBlock(createEmptyDocument(), B, counterKeys('n'));
    expect(next.static).toStrictEqual({ items: [{ kind: 'dataAssets', key: 'b', type: 'MapData', assets: [{ key: 'n1', source: '' }] }] });
    const typed = addDataAssetsBlock(createEmptyDocument(), B, counterKeys('n'), 'RetailDemo_OEM');
    expect(block(typed).type).toBe('RetailDemo_OEM');
  });

  it('addDataAssetsBlock inserts at the index, keeping siblings and variants', () => {
    const doc = createFoundingDocument(counterKeys('k'));
    const next = addDataAssetsBlock(doc, B, counterKeys('n'), 'MapData', 0);
    expect(staticItems(next).map((i) => i.key)).toEqual(['b', 'k6', 'k8']);
    expect(staticItems(next)[1]).toBe(staticItems(doc)[0]);
    expect(next.variants).toBe(doc.variants);
  });

  it('setDataAssetsType sets verbatim, removes with undefined, no-op when same or not a DataAssets block', () => {
    const doc = fixture();
    const next = setDataAssetsType(doc, B, 'mapdata');
    expect(block(next).type).toBe('mapdata');
    expect(block(next).assets).toBe(block(doc).assets);
    expect('type' in block(setDataAssetsType(doc, B, undefined))).toBe(false);
    expect(setDataAssetsType(doc, B, 'MapData')).toBe(doc);
    expect(setDataAssetsType(doc, asKey('k6'), 'X')).toBe(doc);
  });

  it('addDataAsset defaults Source to empty and takes an index', () => {
    const doc = fixture();
    const next = addDataAsset(doc, B, dk('x'), undefined, 0);
    expect(block(next).assets[0]).toStrictEqual({ key: 'x', source: '' });
    expect(block(next).assets[1]).toBe(block(doc).assets[0]);
  });

  it('updateDataAsset stores the source verbatim; same is a no-op', () => {
    const doc = fixture();
    const next = updateDataAsset(doc, B, dk('a2'), '$(ENV)\\maps\\');
    expect(sources(next)).toEqual(['', '$(ENV)\\maps\\', 'C:\\demo']);
    expect(block(next).assets[2]).toBe(block(doc).assets[2]);
    expect(updateDataAsset(doc, B, dk('a2'), 'C:\\maps')).toBe(doc);
    expect(updateDataAsset(doc, B, dk('nope'), 'x')).toBe(doc);
  });

  it('removeDataAsset and moveDataAsset (clamped)', () => {
    const doc = fixture();
    expect(sources(removeDataAsset(doc, B, dk('n1')))).toEqual(['C:\\maps', 'C:\\demo']);
    expect(removeDataAsset(doc, B, dk('nope'))).toBe(doc);
    expect(sources(moveDataAsset(doc, B, dk('a3'), -1))).toEqual(['C:\\demo', '', 'C:\\maps']);
    expect(sources(moveDataAsset(doc, B, dk('n1'), 99))).toEqual(['C:\\maps', 'C:\\demo', '']);
    expect(moveDataAsset(doc, B, dk('n1'), 0)).toBe(doc);
  });
});

// Edits of `<DataAssets Type="...">` blocks and their `<DataAsset Source="...">` entries. The XSD allows
// DataAssets only in Static, so these functions take no owner.

import type { AnswerFile, DataAsset, DataAssetsBlock, ItemOwner } from './types.ts';
import type { DataAssetKey, GroupKey, KeyGen } from './ids.ts';
import { asKey } from './ids.ts';
import { insertAt, moveByKey, removeByKey, updateByKey } from './list.ts';
import { patchFields, updateOwnerItem, updateOwnerItems } from './answer-file.ts';

const STATIC: ItemOwner = { kind: 'static' };

/** A deep copy of a block with `key` on top and fresh keys below; trivia and unknown attributes are kept. */
export function copyDataAssetsBlock(block: DataAssetsBlock, key: GroupKey, keys: KeyGen): DataAssetsBlock {
  return { ...block, key, assets: block.assets.map((a) => ({ ...a, key: asKey<'DataAsset'>(keys()) })) };
}

function updateBlock(
  doc: AnswerFile,
  blockKey: GroupKey,
  fn: (block: DataAssetsBlock) => DataAssetsBlock,
): AnswerFile {
  return updateOwnerItem(doc, STATIC, blockKey, (item) => (item.kind === 'dataAssets' ? fn(item) : item));
}

function updateAssets(
  doc: AnswerFile,
  blockKey: GroupKey,
  fn: (assets: readonly DataAsset[]) => readonly DataAsset[],
): AnswerFile {
  return updateBlock(doc, blockKey, (b) => {
    const assets = fn(b.assets);
    return assets === b.assets ? b : { ...b, assets };
  });
}

/** Adds a `<DataAssets>` block to Static (created when absent) holding one DataAsset with an empty Source. */
export function addDataAssetsBlock(
  doc: AnswerFile,
  key: GroupKey,
  keys: KeyGen,
  type = 'MapData',
  index?: number,
): AnswerFile {
  const block: DataAssetsBlock = {
    kind: 'dataAssets',
    key,
    type,
    assets: [{ key: asKey<'DataAsset'>(keys()), source: '' }],
  };
  return updateOwnerItems(doc, STATIC, (items) => insertAt(items, block, index));
}

/** Sets the Type exactly as given (an unknown type is the validator's business); undefined removes it. */
export function setDataAssetsType(doc: AnswerFile, blockKey: GroupKey, type: string | undefined): AnswerFile {
  return updateBlock(doc, blockKey, (b) => patchFields(b, { type }));
}

export function addDataAsset(
  doc: AnswerFile,
  blockKey: GroupKey,
  key: DataAssetKey,
  source = '',
  index?: number,
): AnswerFile {
  return updateAssets(doc, blockKey, (assets) => insertAt(assets, { key, source }, index));
}

export function updateDataAsset(
  doc: AnswerFile,
  blockKey: GroupKey,
  assetKey: DataAssetKey,
  source: string | undefined,
): AnswerFile {
  return updateAssets(doc, blockKey, (assets) => updateByKey(assets, assetKey, (a) => patchFields(a, { source })));
}

export function removeDataAsset(doc: AnswerFile, blockKey: GroupKey, assetKey: DataAssetKey): AnswerFile {
  return updateAssets(doc, blockKey, (assets) => removeByKey(assets, assetKey));
}

export function moveDataAsset(doc: AnswerFile, blockKey: GroupKey, assetKey: DataAssetKey, toIndex: number): AnswerFile {
  return updateAssets(doc, blockKey, (assets) => moveByKey(assets, assetKey, toIndex));
}

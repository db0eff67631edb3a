// Edits of `<Applications>` blocks (in Static or a Variant) and their `<Application>` entries.

import type { AnswerFile, Application, ApplicationsBlock, ItemOwner } from './types.ts';
import { assertNever } from './types.ts';
import type { ApplicationKey, GroupKey, KeyGen } from './ids.ts';
import { asKey } from './ids.ts';
import { insertAt, moveByKey, removeByKey, updateByKey } from './list.ts';
import { patchFields, pickFields, updateOwnerItem, updateOwnerItems } from './answer-file.ts';

/**
 * An empty application. License and ProvXML are required attributes, so they start present and empty.
 * Source is required only for Static apps (a Variant app may come from the Store), so only Static gets one.
 */
function newApplication(owner: ItemOwner, key: ApplicationKey): Application {
  switch (owner.kind) {
    case 'static':
      return { key, source: '', license: '', provXml: '' };
    case 'variant':
      return { key, license: '', provXml: '' };
    default:
      return assertNever(owner);
  }
}

/** A deep copy of a block with `key` on top and fresh keys below; trivia and unknown attributes are kept. */
export function copyApplicationsBlock(block: ApplicationsBlock, key: GroupKey, keys: KeyGen): ApplicationsBlock {
  return { ...block, key, apps: block.apps.map((a) => ({ ...a, key: asKey<'Application'>(keys()) })) };
}

function updateApps(
  doc: AnswerFile,
  owner: ItemOwner,
  blockKey: GroupKey,
  fn: (apps: readonly Application[]) => readonly Application[],
): AnswerFile {
  return updateOwnerItem(doc, owner, blockKey, (item) => {
    if (item.kind !== 'applications') return item;
    const apps = fn(item.apps);
    return apps === item.apps ? item : { ...item, apps };
  });
}

/** Adds an `<Applications>` block holding one empty application. */
export function addApplicationsBlock(
  doc: AnswerFile,
  owner: ItemOwner,
  key: GroupKey,
  keys: KeyGen,
  index?: number,
): AnswerFile {
  const block: ApplicationsBlock = {
    kind: 'applications',
    key,
    apps: [newApplication(owner, asKey<'Application'>(keys()))],
  };
  return updateOwnerItems(doc, owner, (items) => insertAt(items, block, index));
}

export function addApplication(
  doc: AnswerFile,
  owner: ItemOwner,
  blockKey: GroupKey,
  key: ApplicationKey,
  index?: number,
): AnswerFile {
  return updateApps(doc, owner, blockKey, (apps) => insertAt(apps, newApplication(owner, key), index));
}

export type ApplicationPatch = Partial<Pick<Application, 'source' | 'license' | 'provXml' | 'targetPartition'>>;

/** Patches an application; a field set to undefined removes the attribute. */
export function updateApplication(
  doc: AnswerFile,
  owner: ItemOwner,
  blockKey: GroupKey,
  appKey: ApplicationKey,
  patch: ApplicationPatch,
): AnswerFile {
  const clean = pickFields(patch, ['source', 'license', 'provXml', 'targetPartition']);
  return updateApps(doc, owner, blockKey, (apps) => updateByKey(apps, appKey, (a) => patchFields(a, clean)));
}

export function removeApplication(
  doc: AnswerFile,
  owner: ItemOwner,
  blockKey: GroupKey,
  appKey: ApplicationKey,
): AnswerFile {
  return updateApps(doc, owner, blockKey, (apps) => removeByKey(apps, appKey));
}

export function moveApplication(
  doc: AnswerFile,
  owner: ItemOwner,
  blockKey: GroupKey,
  appKey: ApplicationKey,
  toIndex: number,
): AnswerFile {
  return updateApps(doc, owner, blockKey, (apps) => moveByKey(apps, appKey, toIndex));
}

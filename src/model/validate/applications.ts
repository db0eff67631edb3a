// Checks of Applications and DataAssets blocks (format.md §1.1, §6).

import type { ApplicationsBlock, DataAssetsBlock, StaticItem } from '../types.ts';
import { DATA_ASSET_TYPES, TARGET_PARTITIONS } from '../types.ts';
import type { PartRef } from '../refs.ts';
import type { Diagnostic } from './diagnostic.ts';
import { diag } from './diagnostic.ts';
import { checkFilePath } from './file-paths.ts';

export function validateApplications(block: ApplicationsBlock, part: PartRef, isStatic: boolean): readonly Diagnostic[] {
  const out: Diagnostic[] = [];
  if (block.apps.length === 0) {
    out.push(diag('applications-empty', 'This Applications block holds no application: add one or remove the block.', { part, path: [block.key] }));
  }
  for (const app of block.apps) {
    const path = [block.key, app.key];
    if (app.source === undefined || app.source === '') {
      // Variant apps may omit Source (installed from the Store); Static apps may not.
      if (isStatic) out.push(diag('application-source-missing', 'This Static application has no Source: enter the path of its package (.xap/.appx).', { part, path, field: 'source' }));
    } else {
      out.push(...checkFilePath(app.source, 'Application Source', { part, path, field: 'source' }));
    }
    out.push(...checkFilePath(app.license, 'Application License', { part, path, field: 'license' }));
    out.push(...checkFilePath(app.provXml, 'Application ProvXML', { part, path, field: 'provXml' }));
    if (app.targetPartition !== undefined && !(TARGET_PARTITIONS as readonly string[]).includes(app.targetPartition)) {
      out.push(diag('application-partition-invalid', `TargetPartition "${app.targetPartition}" is not valid: use MainOS or Data, or remove it for the default.`, { part, path, field: 'targetPartition' }));
    }
  }
  return out;
}

/** Two applications of one owner with the same Source (the tool compares Sources case-insensitively). */
export function duplicateApplications(items: readonly StaticItem[], part: PartRef): readonly Diagnostic[] {
  const out: Diagnostic[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    if (item.kind !== 'applications') continue;
    for (const app of item.apps) {
      if (!app.source) continue;
      const key = app.source.toLowerCase();
      if (seen.has(key)) {
        out.push(diag('application-duplicate', `Another application here already uses the Source "${app.source}": remove one of them.`, { part, path: [item.key, app.key], field: 'source' }));
      }
      seen.add(key);
    }
  }
  return out;
}

export function validateDataAssets(block: DataAssetsBlock): readonly Diagnostic[] {
  const part: PartRef = { kind: 'static' };
  const out: Diagnostic[] = [];
  if (block.type === undefined || !(DATA_ASSET_TYPES as readonly string[]).includes(block.type)) {
    const was = block.type === undefined || block.type === '' ? 'is missing' : `"${block.type}" is not valid`;
    out.push(diag('data-assets-type-invalid', `DataAssets Type ${was}: choose one of ${DATA_ASSET_TYPES.join(', ')}.`, { part, path: [block.key], field: 'type' }));
  }
  if (block.assets.length === 0) {
    out.push(diag('data-assets-empty', 'This DataAssets block holds no DataAsset: add one or remove the block.', { part, path: [block.key] }));
  }
  for (const a of block.assets) {
    out.push(...checkFilePath(a.source, 'DataAsset Source', { part, path: [block.key, a.key], field: 'source' }));
  }
  return out;
}

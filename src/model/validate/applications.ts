// Checks of Applications and DataAssets blocks (docs/format.md §7; tool: VerifyApplications).

import type { ApplicationsBlock, DataAssetsBlock, StaticItem } from '../types.ts';
import { DATA_ASSET_TYPES, TARGET_PARTITIONS } from '../types.ts';
import type { FieldRef, PartRef } from '../refs.ts';
import type { Diagnostic } from './diagnostic.ts';
import { diag } from './diagnostic.ts';
import { checkFilePath, hasInvalidPathChars, isBlank, windowsFileName } from './file-paths.ts';

export function validateApplications(block: ApplicationsBlock, part: PartRef, isStatic: boolean): readonly Diagnostic[] {
  const out: Diagnostic[] = [];
  if (block.apps.length === 0) {
    out.push(diag('applications-empty', 'This Applications block holds no application: add one or remove the block.', { part, path: [block.key] }));
  }
  for (const app of block.apps) {
    const path = [block.key, app.key];
    if (isStatic && (app.source === undefined || app.source === '')) {
      out.push(diag('application-source-missing', 'This Static application has no Source: enter the path of its package (.xap/.appx).', { part, path, field: 'source' }));
    } else if (isStatic || !isBlank(app.source)) {
      // A Variant app may omit Source (installed from the Store); the tool takes a blank one as absent.
      out.push(...checkFilePath(app.source, 'Application Source', { part, path, field: 'source' }));
    }
    out.push(...checkFilePath(app.license, 'Application License', { part, path, field: 'license' }));
    out.push(...checkFilePath(app.provXml, 'Application ProvXML', { part, path, field: 'provXml' }));
    out.push(...checkPartition(app.targetPartition, isStatic, { part, path, field: 'targetPartition' }));
  }
  return out;
}

/** The tool compares TargetPartition with MainOS and Data ignoring case; blank means the default. */
function checkPartition(value: string | undefined, isStatic: boolean, ref: FieldRef): Diagnostic[] {
  if (value === undefined || (TARGET_PARTITIONS as readonly string[]).includes(value)) return [];
  const fallback = isStatic ? 'MainOS' : 'Data';
  if (isBlank(value)) {
    return [diag('application-partition-advice', `TargetPartition is blank: the imaging tool uses the default (${fallback}); remove the attribute or write ${fallback}.`, ref)];
  }
  const known = TARGET_PARTITIONS.find((p) => p.toLowerCase() === value.toLowerCase());
  if (known) {
    return [diag('application-partition-advice', `TargetPartition "${value}" is accepted by the imaging tool (it ignores case), but write it as ${known}.`, ref)];
  }
  return [diag('application-partition-invalid', `TargetPartition "${value}" is not valid: use MainOS or Data, or remove it for the default (${fallback}).`, ref)];
}

/** Path.GetFileName of an application Source, upper-cased (Windows file names ignore case), or undefined. */
function fileNameKey(source: string | undefined): string | undefined {
  if (isBlank(source) || hasInvalidPathChars(source!)) return undefined;
  const name = windowsFileName(source!);
  return name === '' ? undefined : name.toUpperCase();
}

/**
 * Applications of one owner (Static, or one Variant) with the same Source: the tool does not verify it, and the
 * package builder ignores an identical copy (a warning). Two Sources with the same file name from different folders
 * land on one device path: the package builder's AddFile throws (an error; the oracle does not cover package
 * building, see docs/format.md §7).
 */
export function duplicateApplications(items: readonly StaticItem[], part: PartRef): readonly Diagnostic[] {
  const out: Diagnostic[] = [];
  const sources = new Set<string>();
  const byFileName = new Map<string, string>();
  for (const item of items) {
    if (item.kind !== 'applications') continue;
    for (const app of item.apps) {
      if (isBlank(app.source)) continue;
      const source = app.source!;
      const ref = { part, path: [item.key, app.key], field: 'source' };
      const key = source.toUpperCase();
      if (sources.has(key)) {
        out.push(diag('application-duplicate', `Another application here already uses the Source "${source}": the package builder keeps one copy; remove this one.`, ref));
        continue;
      }
      sources.add(key);
      const name = fileNameKey(source);
      if (name === undefined) continue;
      const other = byFileName.get(name);
      if (other !== undefined) {
        out.push(diag('application-file-name-clash', `"${source}" and "${other}" have the same file name: both would land on one path in the package, and the package builder fails. Rename one of the files.`, ref));
      } else {
        byFileName.set(name, source);
      }
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

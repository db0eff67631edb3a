// Quick fixes in the editor: the fix offered for a diagnostic (kept stable while it says the same thing) and
// applying one as one undo step. What a fix does to the document: model/quick-fix-edits.ts.

import type { QuickFix } from '../model/validate/quick-fix.ts';
import type { AnswerFile } from '../model/types.ts';
import type { VariantKey } from '../model/ids.ts';
import { addFromCatalog } from '../model/catalog-edits.ts';
import type { CatalogSetting } from '../model/catalog/types.ts';
import { quickFixFor } from '../model/validate/quick-fix.ts';
import type { Diagnostic } from '../model/validate/diagnostic.ts';
import { applyFix, quickFixLabel, STATIC } from '../model/quick-fix-edits.ts';
import { shallow } from 'zustand/shallow';
import { useEditor } from './editor-store.ts';

export { quickFixLabel };

const NO_FIX = {} as const;
const lastFix = new WeakMap<Diagnostic, QuickFix | typeof NO_FIX>();

/** The fix for `d` in `doc`, the same object as last time while it says the same thing (field by field). */
function stableFix(d: Diagnostic, doc: AnswerFile): QuickFix | typeof NO_FIX {
  const next = quickFixFor(d, doc) ?? NO_FIX;
  const prev = lastFix.get(d);
  if (prev !== undefined && shallow(prev, next)) return prev;
  lastFix.set(d, next);
  return next;
}

/**
 * The certain fix for `d` in the open document. The fix is recomputed on every edit and kept while it says the
 * same thing (its fields are strings and the diagnostic's ref), so a fix button re-renders only when its fix changes.
 */
export function useQuickFix(d: Diagnostic): QuickFix | undefined {
  const fix = useEditor((s) => stableFix(d, s.doc));
  return fix === NO_FIX ? undefined : (fix as QuickFix);
}

export function applyQuickFix(fix: QuickFix, variant?: VariantKey): void {
  useEditor
    .getState()
    .edit(quickFixLabel(fix), (d, k) => applyFix(d, fix, k, variant), variant ? { select: { kind: 'variant', key: variant } } : undefined);
}

/**
 * Adds a catalog entry to Static and shows Static: what the catalog browser offers instead of adding an
 * ImageTimeOnly entry to a Variant. One undo step.
 */
export function addFromCatalogToStatic(entry: CatalogSetting): void {
  useEditor.getState().edit(`Add ${entry.name} to Static`, (d, k) => addFromCatalog(d, STATIC, entry, k), { select: { kind: 'static' } });
}

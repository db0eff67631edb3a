// What the Changes view shows: the text and model the open document is compared with (its baseline, another
// document of the workspace, or a file), the changes by part and the text hunks. Computed from a deferred copy
// of the document, so typing stays instant while the view is open on a large document.

import { useDeferredValue, useMemo } from 'react';
import type { AnswerFile } from '../../model/types.ts';
import type { Change } from '../../model/diff/change.ts';
import { diffDocuments } from '../../model/diff/diff.ts';
import { lineHunks, type LineHunk } from '../../model/line-hunks.ts';
import { layoutOf, useBaselines, type Baseline } from '../../store/baselines.ts';
import { useCompare } from '../../store/compare.ts';
import { useEditor } from '../../store/editor-store.ts';
import { sessionOf, useWorkspace } from '../../store/workspace.ts';
import { toXml } from '../../xml/serialize.ts';

export interface Reference {
  readonly text: string;
  readonly doc: AnswerFile;
  /** How the view names it: "the file as opened (sample.xml)", "document “Contoso”"... */
  readonly label: string;
  /** Whether changes can be reverted to it (only the document's own baseline). */
  readonly revertible: boolean;
}

export interface Comparison {
  readonly reference: Reference | null;
  readonly changes: readonly Change[];
  readonly hunks: readonly LineHunk[];
  /** Whether the shown result is behind the document (the deferred copy is being computed). */
  readonly stale: boolean;
}

function baselineLabel(b: Baseline): string {
  const when = new Date(b.at).toLocaleString();
  return b.kind === 'opened' ? `the file as opened (${b.fileName})` : `the file as last downloaded (${b.fileName}, ${when})`;
}

export function useComparison(): Comparison {
  const doc = useEditor((s) => s.doc);
  const deferred = useDeferredValue(doc);
  const id = useWorkspace((s) => s.currentId);
  const entries = useWorkspace((s) => s.entries);
  const baseline = useBaselines((s) => s.byId.get(id));
  const otherBaselines = useBaselines((s) => s.byId);
  const target = useCompare((s) => s.with);
  const mode = useCompare((s) => s.mode);

  const reference = useMemo((): Reference | null => {
    switch (target.kind) {
      case 'baseline':
        return baseline ? { text: baseline.reference.text, doc: baseline.reference.doc, label: baselineLabel(baseline), revertible: true } : null;
      case 'document': {
        const other = sessionOf(target.id);
        const entry = entries.find((e) => e.id === target.id);
        if (!other || !entry) return null;
        const text = toXml(other.doc, layoutOf(otherBaselines.get(target.id)));
        return { text, doc: other.doc, label: `document “${entry.name || '(unnamed)'}”`, revertible: false };
      }
      case 'file':
        return { text: target.text, doc: target.doc, label: `the file ${target.name}`, revertible: false };
    }
  }, [target, baseline, entries, otherBaselines]);

  const changes = useMemo(() => (reference ? diffDocuments(reference.doc, deferred) : []), [reference, deferred]);
  const layout = layoutOf(baseline);
  const hunks = useMemo(
    () => (reference && mode === 'text' ? lineHunks(reference.text, toXml(deferred, layout)) : []),
    [reference, deferred, layout, mode],
  );
  return { reference, changes, hunks, stale: deferred !== doc };
}

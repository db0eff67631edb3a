// Names of document parts as the user sees them in the part list.

import type { AnswerFile } from '../../model/types.ts';
import type { PartRef } from '../../model/refs.ts';
import { findTarget, findVariant } from '../../model/answer-file.ts';
import { assertNever } from '../../model/types.ts';

export function partLabel(doc: AnswerFile, p: PartRef): string {
  switch (p.kind) {
    case 'document':
      return 'Document';
    case 'imports':
      return 'Imports';
    case 'matrix':
      return p.view === 'settings' ? 'Settings matrix' : 'Targets × variants';
    case 'simulator':
      return 'SIM simulator';
    case 'static':
      return 'Static';
    case 'target': {
      const t = findTarget(doc, p.key);
      return `Target ${t?.id ? `“${t.id}”` : '(no Id)'}`;
    }
    case 'variant': {
      const v = findVariant(doc, p.key);
      return `Variant ${v?.name ? `“${v.name}”` : '(unnamed)'}`;
    }
    default:
      return assertNever(p);
  }
}

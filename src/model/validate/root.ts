// Checks of the root element (Owner, OwnerType, Priority), the Imports, and the document-wide
// Multivariant rule that needs both Static and the Variants.

import type { AnswerFile } from '../types.ts';
import { OWNER_TYPES } from '../types.ts';
import type { FieldRef } from '../refs.ts';
import type { Diagnostic } from './diagnostic.ts';
import { diag } from './diagnostic.ts';
import { checkFilePath } from './file-paths.ts';
import { multivariantState } from './multivariant.ts';
import { schemaOfRoot } from './schema.ts';

const DOC = { kind: 'document' } as const;

export function validateRoot(doc: AnswerFile): readonly Diagnostic[] {
  const out: Diagnostic[] = [];
  if (doc.owner === undefined || doc.owner.trim() === '') {
    out.push(diag('owner-empty', 'Owner is empty: enter your company name (it names the generated packages, e.g. Contoso).', { part: DOC, path: [], field: 'owner' }));
  }
  if (doc.ownerType === undefined || !(OWNER_TYPES as readonly string[]).includes(doc.ownerType)) {
    const was = doc.ownerType === undefined ? 'is missing' : `"${doc.ownerType}" is not valid`;
    out.push(diag('owner-type-invalid', `OwnerType ${was}: choose OEM, SiliconVendor or MobileOperator.`, { part: DOC, path: [], field: 'ownerType' }));
  }
  if (doc.priority !== undefined && !/^\+?0*[1-9]\d*$/.test(doc.priority.trim())) {
    out.push(diag('priority-invalid', `Priority "${doc.priority}" must be a whole number of 1 or more (1 is the highest), or be removed.`, { part: DOC, path: [], field: 'priority' }));
  }
  for (const imp of doc.imports?.imports ?? []) {
    out.push(...checkFilePath(imp.source, 'Import Source', { part: { kind: 'imports' }, path: [imp.key], field: 'source' }, true));
  }
  if (doc.variants.length > 0) {
    const mv = multivariantState(doc.static);
    if (!mv.multivariantOn) {
      const ref: FieldRef = mv.multivariantRef ?? { part: { kind: 'static' }, path: [] };
      out.push(diag('multivariant-missing', 'The document has Variants but Static does not set Multivariant/Enable to 1, so no Variant is applied at runtime. Add it to Static.', ref));
    }
  }
  // The schema's content model among the root's children and in the Imports and Targets sections (schema.ts).
  for (const d of schemaOfRoot(doc)) out.push(d);
  return out;
}

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

/** PkgBuilder's Owner rule. .NET's `$` also matches before a final newline, so "Contoso\n" passes. */
const OWNER_CHARS = /^[0-9A-Za-z_.-]+\n?$/;
const OWNER_MAX = 64;

/** What is wrong with a non-blank Owner for the package builder, or undefined. */
function ownerProblem(owner: string): string | undefined {
  if (owner.length > OWNER_MAX) return `is ${owner.length} characters long (at most ${OWNER_MAX})`;
  if (!OWNER_CHARS.test(owner)) return 'holds characters other than A-Z, a-z, 0-9, _ . and -';
  return undefined;
}

/** XML white space, which xs:positiveInteger collapses and XmlConvert.ToUInt32 trims. */
const XML_SPACE = /^[ \t\r\n]+|[ \t\r\n]+$/g;
const UINT32_MAX = '4294967295';

/**
 * Priority as the tool loads it: xs:positiveInteger (ASCII digits, no sign accepted by the next step, at least 1),
 * then XmlConvert.ToUInt32 (refuses `+`, at most 4294967295). Leading zeros and surrounding XML white space pass.
 */
export function isValidPriority(priority: string): boolean {
  const text = priority.replace(XML_SPACE, '');
  if (!/^[0-9]+$/.test(text)) return false;
  const digits = text.replace(/^0+/, '');
  if (digits === '') return false;
  return digits.length < UINT32_MAX.length || (digits.length === UINT32_MAX.length && digits <= UINT32_MAX);
}

export function validateRoot(doc: AnswerFile): readonly Diagnostic[] {
  const out: Diagnostic[] = [];
  if (doc.owner === undefined || doc.owner.trim() === '') {
    out.push(diag('owner-empty', 'Owner is empty: enter your company name (it names the generated packages, e.g. Contoso).', { part: DOC, path: [], field: 'owner' }));
  } else {
    const bad = ownerProblem(doc.owner);
    if (bad) out.push(diag('owner-invalid', `Owner "${doc.owner}" ${bad}: the package builder refuses it. Use at most ${OWNER_MAX} letters (A-Z, a-z), digits, _ . or -, e.g. Contoso.`, { part: DOC, path: [], field: 'owner' }));
  }
  if (doc.ownerType === undefined || !(OWNER_TYPES as readonly string[]).includes(doc.ownerType)) {
    const was = doc.ownerType === undefined ? 'is missing' : `"${doc.ownerType}" is not valid`;
    out.push(diag('owner-type-invalid', `OwnerType ${was}: choose OEM, SiliconVendor or MobileOperator.`, { part: DOC, path: [], field: 'ownerType' }));
  }
  if (doc.priority !== undefined && !isValidPriority(doc.priority)) {
    out.push(diag('priority-invalid', `Priority "${doc.priority}" must be a whole number from 1 to 4294967295 written with digits only, no sign (1 is the highest), or be removed.`, { part: DOC, path: [], field: 'priority' }));
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

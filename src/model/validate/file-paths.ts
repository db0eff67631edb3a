// File path rules of format.md §1.4 (tool: Path* checks), minus file existence, which needs the build PC.

import type { FieldRef } from '../refs.ts';
import type { Diagnostic } from './diagnostic.ts';
import { diag } from './diagnostic.ts';

/** Absolute on the Windows build PC, or starting with a variable that the tool expands (we cannot know it). */
const ABSOLUTE = /^([A-Za-z]:[\\/]|\\\\|\$\()/;

/**
 * Checks one path attribute. `label` names it in messages (e.g. `Import Source`).
 * `varsInFileName`: only Import may use a variable in the file-name part.
 */
export function checkFilePath(value: string | undefined, label: string, ref: FieldRef, varsInFileName = false): Diagnostic[] {
  if (value === undefined || value.trim() === '') {
    return [diag('path-empty', `${label} is empty: enter the absolute path of the file, e.g. C:\\Content\\file.ext.`, ref)];
  }
  if (value.includes('%')) {
    return [diag('path-percent', `${label} "${value}" uses %...%: the imaging tool rejects it. Write variables as $(NAME).`, ref)];
  }
  const out: Diagnostic[] = [];
  if (!ABSOLUTE.test(value)) {
    out.push(diag('path-not-absolute', `${label} "${value}" is relative: write a full path such as C:\\... or \\\\server\\share\\..., or start with a $(VARIABLE).`, ref));
  }
  const fileName = value.slice(Math.max(value.lastIndexOf('\\'), value.lastIndexOf('/')) + 1);
  if (!varsInFileName && fileName.includes('$(')) {
    out.push(diag('path-filename-vars', `${label} "${value}" has a variable in its file name; only folders may use $(...). Write the file name itself.`, ref));
  }
  return out;
}

// File path rules as the imaging tool checks them (tool: VerifyExpandedPath), with Windows System.IO.Path
// semantics, minus file existence, which needs the build PC. The tool expands each $(NAME) from the build
// environment; CAF Studio cannot know those folders, so (like the oracle) it takes every $(NAME) as a defined
// absolute folder, except $(CurrentFileDir), which the tool defines only while it resolves an Import.

import type { Asset } from '../types.ts';
import type { FieldRef } from '../refs.ts';
import type { Diagnostic } from './diagnostic.ts';
import { diag } from './diagnostic.ts';

/** The tool's variable syntax: `$(` then the shortest run of any characters up to `)`. */
const VARIABLE = /\$\((.*?)\)/gs;
/**
 * The first of Path.GetInvalidPathChars() on Windows in `p` (.NET throws "Illegal characters in path." on any):
 * control characters, `"`, `<`, `>` and `|`. By code unit: a path may be megabytes (a character at a time through
 * a regular expression took 2 s for 10 MB).
 */
const firstInvalid = (p: string): string | undefined => {
  for (let i = 0; i < p.length; i++) {
    const c = p.charCodeAt(i);
    if (c < 32 || c === 0x22 || c === 0x3c || c === 0x3e || c === 0x7c) return p[i];
  }
  return undefined;
};

const isSep = (c: string | undefined): boolean => c === '\\' || c === '/';

/** Path.GetFileName on Windows: what follows the last `\`, `/` or `:`. */
export function windowsFileName(p: string): string {
  for (let i = p.length - 1; i >= 0; i--) {
    const c = p[i];
    if (c === '\\' || c === '/' || c === ':') return p.slice(i + 1);
  }
  return p;
}

/** Path.GetPathRoot on Windows ('' when not rooted): `\`, `\\server\share`, `C:` or `C:\`. */
function windowsPathRoot(p: string): string {
  const n = p.length;
  if (n >= 1 && isSep(p[0])) {
    if (n < 2 || !isSep(p[1])) return '\\';
    let i = 2;
    let seps = 2;
    while (i < n && (!isSep(p[i]) || --seps > 0)) i++;
    return p.slice(0, i);
  }
  if (n >= 2 && p[1] === ':') return n >= 3 && isSep(p[2]) ? p.slice(0, 3) : p.slice(0, 2);
  return '';
}

/** string.IsNullOrWhiteSpace: absent, empty, or .NET white space only (which counts U+0085 too). */
export function isBlank(s: string | undefined): boolean {
  return s === undefined || /^[\s\u0085]*$/u.test(s);
}

/** Asset.Id, the asset's file name on the device: its TargetFileName when not blank, else its Source's file name; undefined when the tool could not compute it. */
export function assetFileId(a: Asset): string | undefined {
  if (!isBlank(a.targetFileName)) return a.targetFileName;
  if (a.source === undefined || hasInvalidPathChars(a.source)) return undefined;
  return windowsFileName(a.source);
}

/** Whether a path holds a character that makes System.IO.Path throw on Windows. */
export function hasInvalidPathChars(p: string): boolean {
  return firstInvalid(p) !== undefined;
}

const describeChar = (c: string): string =>
  c.charCodeAt(0) < 32 ? `a control character (U+${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')})` : `"${c}"`;

/**
 * Checks one path attribute. `label` names it in messages (e.g. `Import Source`).
 * `isImport`: an Import Source, where $(CurrentFileDir) is defined and a variable may stand in the file name.
 * At most one diagnostic, the first the tool would report (it stops at the first).
 */
export function checkFilePath(value: string | undefined, label: string, ref: FieldRef, isImport = false): Diagnostic[] {
  if (value === undefined || value.trim() === '') {
    return [diag('path-empty', `${label} is empty: enter the absolute path of the file, e.g. C:\\Content\\file.ext.`, ref)];
  }
  if (value.includes('%')) {
    return [diag('path-percent', `${label} "${value}" uses %...%: the imaging tool rejects it. Write variables as $(NAME).`, ref)];
  }
  let unresolved = false;
  const expanded = value.replace(VARIABLE, (_m, name: string) => {
    if (name.toLowerCase() === 'currentfiledir') {
      if (isImport) return 'C:\\ImportingFileFolder';
      unresolved = true;
    }
    return `C:\\BuildEnvironment\\${name}`;
  });
  if (unresolved) {
    return [diag('path-unresolved-variable', `${label} "${value}" uses $(CurrentFileDir), which the imaging tool defines only inside an Import Source: write the folder itself.`, ref)];
  }
  const bad = firstInvalid(expanded);
  if (bad !== undefined) {
    return [diag('path-invalid-chars', `${label} "${value}" holds ${describeChar(bad)}, which Windows paths cannot contain (the imaging tool fails on it): remove it.`, ref)];
  }
  const root = windowsPathRoot(expanded.replace(/\//g, '\\'));
  if (!root.includes('\\')) {
    const why = root === '' ? 'is relative' : `is relative to the current folder of drive ${root}`;
    return [diag('path-not-absolute', `${label} "${value}" ${why}: write a full path such as C:\\... or \\\\server\\share\\..., or start with a $(VARIABLE).`, ref)];
  }
  if (!isImport && windowsFileName(value).toUpperCase() !== windowsFileName(expanded).toUpperCase()) {
    return [diag('path-filename-vars', `${label} "${value}" has a variable in its file name; only folders may use $(...). Write the file name itself.`, ref)];
  }
  if (root === '\\') {
    return [diag('path-root-relative', `${label} "${value}" starts at the root of the build PC's current drive: the imaging tool accepts it, but write the drive (C:\\...) so the build does not depend on it.`, ref)];
  }
  return [];
}

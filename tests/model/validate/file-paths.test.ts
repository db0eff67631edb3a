// File paths as the imaging tool checks them (VerifyExpandedPath with Windows System.IO.Path rules). Each row's
// verdict was recorded by running the oracle on a Static Application with that Source (an Import Source for the
// Import rows): `code` is what CAF Studio reports, undefined when the tool accepts the path silently.

import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../../src/model/validate/codes.ts';
import { DIAGNOSTIC_CODES } from '../../../src/model/validate/codes.ts';
import { checkFilePath } from '../../../src/model/validate/file-paths.ts';

const REF = { part: { kind: 'static' as const }, path: [] };

const ROWS: readonly (readonly [string, DiagnosticCode | undefined])[] = [
  ['C:\\Apps\\x.appx', undefined],
  ['\\Apps\\x.appx', 'path-root-relative'], // accepted by the tool
  ['/Apps/x.appx', 'path-root-relative'], // accepted by the tool
  ['\\\\srv\\share\\x.appx', undefined],
  ['C:x.appx', 'path-not-absolute'],
  ['C:', 'path-not-absolute'],
  ['Apps\\x.appx', 'path-not-absolute'],
  ['x$(D)\\x.appx', 'path-not-absolute'],
  ['$(CurrentFileDir)\\x.appx', 'path-unresolved-variable'],
  ['$(currentfiledir)\\x.appx', 'path-unresolved-variable'],
  ['C:\\Apps\\<x.appx', 'path-invalid-chars'], // the tool crashes
  ['C:\\Ap|ps\\x.appx', 'path-invalid-chars'],
  ['C:\\Apps\\"x.appx', 'path-invalid-chars'],
  ['C:\\Apps\\\tx.appx', 'path-invalid-chars'],
  ['C:\\Apps\\*.appx', undefined], // * and ? are file-name characters, not path ones: accepted
  ['C:\\Apps\\x?.appx', undefined],
  ['$(ROOT)\\x.appx', undefined],
  ['C:\\$(D)\\x.appx', undefined],
  ['C:\\Apps\\$(X).appx', 'path-filename-vars'],
  ['$(X)x.appx', 'path-filename-vars'],
  ['$(X)', 'path-filename-vars'],
  ['C:\\Apps\\%X%.appx', 'path-percent'],
  ['', 'path-empty'],
];

describe('checkFilePath (verdicts recorded from the oracle)', () => {
  it.each(ROWS)('%j', (path, code) => {
    const got = checkFilePath(path, 'Application Source', REF);
    expect(got.map((d) => d.code)).toEqual(code ? [code] : []);
  });

  it('accepts $(CurrentFileDir) and a variable file name in an Import Source', () => {
    expect(checkFilePath('$(CurrentFileDir)\\$(N).xml', 'Import Source', REF, true)).toEqual([]);
  });

  it('makes a root-relative path a warning and every other finding an error', () => {
    for (const [path, code] of ROWS) {
      if (!code) continue;
      const [d] = checkFilePath(path, 'Application Source', REF);
      expect(d.severity, path).toBe(code === 'path-root-relative' ? 'warning' : 'error');
      expect(DIAGNOSTIC_CODES[code].severity).toBe(d.severity);
    }
  });
});

// Root attributes and Applications as the imaging tool takes them. Verdicts recorded by running the oracle on the
// same values: Priority (xs:positiveInteger, then XmlConvert.ToUInt32), Owner (the package builder's rule),
// TargetPartition (compared ignoring case, blank = the default), a blank Variant application Source.

import { describe, expect, it } from 'vitest';
import type { DiagnosticCode } from '../../../src/model/validate/codes.ts';
import { isValidPriority } from '../../../src/model/validate/root.ts';
import { validate } from '../../../src/model/validate/validate.ts';
import { app, apps, cleanDoc, group, setting, withStatic, withVariantItems } from './fixtures.ts';
import type { AnswerFile } from '../../../src/model/types.ts';

const codes = (d: AnswerFile) => validate(d, { strict: false }).map((x) => x.code);

describe('Priority', () => {
  const ROWS: readonly (readonly [string, boolean])[] = [
    ['1', true],
    ['01', true],
    [' 1 ', true],
    ['\t3\n', true],
    ['\r3', true],
    ['4294967295', true],
    ['0004294967295', true],
    ['+1', false],
    ['4294967296', false],
    ['0', false],
    ['00', false],
    [' 0 ', false],
    ['+0', false],
    ['', false],
    ['-1', false],
    ['1 2', false],
    ['\uff101', false],
    ['\u00a01', false],
    ['1e3', false],
    ['0x1', false],
  ];
  it.each(ROWS)('%j accepted: %s', (p, ok) => {
    expect(isValidPriority(p)).toBe(ok);
    expect(codes(cleanDoc({ priority: p })).includes('priority-invalid')).toBe(!ok);
  });
});

describe('Owner', () => {
  const ROWS: readonly (readonly [string | undefined, DiagnosticCode | undefined])[] = [
    ['Contoso-1.a_b', undefined],
    ['a'.repeat(64), undefined],
    ['Contoso\n', undefined], // .NET's $ matches before a final newline
    ['a'.repeat(65), 'owner-invalid'],
    ['Con toso', 'owner-invalid'],
    [' Contoso', 'owner-invalid'],
    ['Contosö', 'owner-invalid'],
    ['', 'owner-empty'],
    [undefined, 'owner-empty'],
  ];
  it.each(ROWS)('%j: %s', (owner, code) => {
    const found = validate(cleanDoc({ owner }), { strict: false }).filter((d) => d.code.startsWith('owner-') && d.code !== 'owner-type-invalid');
    expect(found.map((d) => d.code)).toEqual(code ? [code] : []);
    for (const d of found) expect(d.ref).toEqual({ part: { kind: 'document' }, path: [], field: 'owner' });
  });
});

describe('Applications', () => {
  const PARTITIONS: readonly (readonly [string, DiagnosticCode | undefined])[] = [
    ['MainOS', undefined],
    ['Data', undefined],
    ['mainos', 'application-partition-advice'],
    ['DATA', 'application-partition-advice'],
    ['', 'application-partition-advice'],
    [' ', 'application-partition-advice'],
    ['Main OS', 'application-partition-invalid'],
  ];
  it.each(PARTITIONS)('TargetPartition %j: %s (Static and Variant)', (targetPartition, code) => {
    const pick = (d: AnswerFile) => codes(d).filter((c) => c.startsWith('application-partition'));
    expect(pick(withStatic(apps(app({ targetPartition }))))).toEqual(code ? [code] : []);
    expect(pick(withVariantItems(group('Contoso/X', setting('A', '1')), apps(app({ source: undefined, targetPartition }))))).toEqual(code ? [code] : []);
  });

  it('takes a blank Variant Source as absent, and a blank Static Source as an error', () => {
    expect(codes(withVariantItems(apps(app({ source: '  ' }))))).not.toContain('path-empty');
    expect(codes(withVariantItems(apps(app({ source: '' }))))).not.toContain('path-empty');
    expect(codes(withStatic(apps(app({ source: '  ' }))))).toContain('path-empty');
  });

  it('flags one file name from two folders in one package (not covered by the oracle: the package builder fails)', () => {
    const clash = codes(withStatic(apps(app({ source: 'C:\\A\\x.appx' }), app({ source: 'C:\\B\\X.appx' }))));
    expect(clash).toContain('application-file-name-clash');
    expect(clash).not.toContain('application-duplicate');
    const same = codes(withStatic(apps(app({ source: 'C:\\A\\x.appx' }), app({ source: 'c:\\a\\x.appx' }))));
    expect(same).toContain('application-duplicate');
    expect(same).not.toContain('application-file-name-clash');
  });
});

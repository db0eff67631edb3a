// Variants that share a Target, merged as the imaging tool merges them, and the document-wide asset device paths.
// Every expected verdict below was recorded by running the imaging tool's merge and verify logic (the oracle) on
// the same document written as XML: `errors` lists the codes CAF Studio reports for what the tool refuses (load,
// merge or verify error, or a crash), `warnings` what it lets through with a warning. An empty `errors` means
// the tool accepted the file.

import { describe, expect, it } from 'vitest';
import type { AnswerFile, StaticItem, Variant } from '../../../src/model/types.ts';
import type { DiagnosticCode } from '../../../src/model/validate/codes.ts';
import { validate } from '../../../src/model/validate/validate.ts';
import { app, apps, asset, cleanDoc, group, multivariantOn, setting, simTarget, variant } from './fixtures.ts';

const PS = 'Messaging/PerSimSettings/$(__ICCID)';

function doc(variants: readonly Variant[], staticItems: readonly StaticItem[] = []): AnswerFile {
  return cleanDoc({
    targets: { targets: [simTarget('t1'), simTarget('t2', '311')] },
    static: { items: [...multivariantOn(), ...staticItems] },
    variants,
  });
}

const ok = () => group(PS, setting('AllowSMStoSMTPAddress', '1'));
const code = (name: string, value?: string) => group(PS, setting(name, value));

interface Row {
  readonly name: string;
  readonly doc: () => AnswerFile;
  readonly errors: readonly DiagnosticCode[];
  readonly warnings?: readonly DiagnosticCode[];
  /** A conflict the tool reports on both assets of the pair. */
  readonly twice?: boolean;
}

const ROWS: readonly Row[] = [
  // ---- settings of merged Variants ----
  {
    name: 'the same setting, different values (path and name in another case)',
    doc: () => doc([variant('a', ['t1'], ok()), variant('b', ['t1'], group(PS.toLowerCase(), setting('allowsmstosmtpaddress', '0')))]),
    errors: ['variant-setting-conflict'],
  },
  {
    name: 'the same setting, the same value',
    doc: () => doc([variant('a', ['t1'], ok()), variant('b', ['t1'], ok())]),
    errors: [],
    warnings: ['variant-setting-repeated'],
  },
  {
    name: 'values that differ only in case (ordinal)',
    doc: () => doc([variant('a', ['t1'], code('SMStoSMTPShortCode', 'abc')), variant('b', ['t1'], code('SMStoSMTPShortCode', 'ABC'))]),
    errors: ['variant-setting-conflict'],
  },
  {
    name: 'Variants of different Targets are not merged',
    doc: () => doc([variant('a', ['t1'], ok()), variant('b', ['t2'], group(PS, setting('AllowSMStoSMTPAddress', '0')))]),
    errors: [],
  },
  {
    name: 'a merged setting without Value (the tool crashes)',
    doc: () => doc([variant('a', ['t1'], code('SMStoSMTPShortCode', '1')), variant('b', ['t1'], code('SMStoSMTPShortCode'))]),
    errors: ['setting-value-missing', 'variant-setting-conflict'],
  },
  {
    name: 'a merged setting without Value under an unknown path (the tool crashes)',
    doc: () => doc([variant('a', ['t1'], group('Contoso/X', setting('Foo', '1'))), variant('b', ['t1'], group('Contoso/X', setting('Foo')))]),
    errors: ['variant-setting-conflict'],
  },
  {
    name: 'three Variants with the same value: two warnings',
    doc: () => doc([variant('a', ['t1'], ok()), variant('b', ['t1'], ok()), variant('c', ['t1'], ok())]),
    errors: [],
    warnings: ['variant-setting-repeated', 'variant-setting-repeated'],
  },
  {
    name: 'paths differing only in case in the Variant merged into (the tool crashes)',
    doc: () =>
      doc([
        variant('a', ['t1'], code('LimitRecipients', '10'), group(PS.toUpperCase(), setting('SMStoSMTPShortCode', '1'))),
        variant('b', ['t1'], code('MMSLimitAttachments', '5')),
      ]),
    errors: ['variant-setting-conflict'],
  },
  // ---- groups of one path in one Variant: joined only when a merge happens ----
  {
    name: 'two groups of one path in one Variant, no merge: validated separately',
    doc: () => doc([variant('a', ['t1'], code('SMStoSMTPShortCode', '1'), code('SMStoSMTPShortCode', '2'))]),
    errors: [],
  },
  {
    name: 'two groups of one path, merged with a Variant without that path: the joined group repeats the setting',
    doc: () => doc([variant('a', ['t1'], code('SMStoSMTPShortCode', '1'), code('SMStoSMTPShortCode', '2')), variant('b', ['t1'], group('Contoso/X', setting('Foo', '1')))]),
    errors: ['setting-name-duplicate'],
  },
  {
    name: 'two groups of one path, merged with a Variant with that path: one warning, the setting dropped',
    doc: () => doc([variant('a', ['t1'], code('SMStoSMTPShortCode', '1'), code('SMStoSMTPShortCode', '1')), variant('b', ['t1'], code('LimitRecipients', '10'))]),
    errors: [],
    warnings: ['variant-setting-repeated'],
  },
  {
    name: 'two groups of one path in the merging Variant',
    doc: () => doc([variant('a', ['t1'], group('Contoso/X', setting('Foo', '1'))), variant('b', ['t1'], code('SMStoSMTPShortCode', '1'), code('SMStoSMTPShortCode', '1'))]),
    errors: ['setting-name-duplicate'],
  },
  {
    name: 'a setting twice in one group of the Variant merged into: the merge drops both (a warning only)',
    doc: () => doc([variant('a', ['t1'], group(PS, setting('SMStoSMTPShortCode', '1'), setting('SMStoSMTPShortCode', '1'))), variant('b', ['t1'], code('LimitRecipients', '10'))]),
    errors: [],
    warnings: ['variant-setting-repeated'],
  },
  {
    name: 'a setting twice in one group of the merging Variant: both kept, then a duplicate',
    doc: () => doc([variant('a', ['t1'], code('LimitRecipients', '10')), variant('b', ['t1'], group(PS, setting('SMStoSMTPShortCode', '1'), setting('SMStoSMTPShortCode', '1')))]),
    errors: ['setting-name-duplicate'],
    warnings: ['variant-setting-repeated'],
  },
  // ---- applications of merged Variants ----
  {
    name: 'two Store applications (no Source) in Variants of one Target',
    doc: () => doc([variant('a', ['t1'], ok(), apps(app({ source: undefined }))), variant('b', ['t1'], apps(app({ source: undefined })))]),
    errors: ['variant-application-duplicate'],
  },
  {
    name: 'two Store applications in Variants of different Targets',
    doc: () => doc([variant('a', ['t1'], ok(), apps(app({ source: undefined }))), variant('b', ['t2'], apps(app({ source: undefined })))]),
    errors: [],
  },
  {
    name: 'one Source in Variants of one Target',
    doc: () => doc([variant('a', ['t1'], ok(), apps(app({ source: 'C:\\Apps\\x.appx' }))), variant('b', ['t1'], apps(app({ source: 'C:\\Apps\\x.appx' })))]),
    errors: ['variant-application-duplicate'],
  },
  {
    name: 'Sources differing in case only (the tool compares them ordinally)',
    doc: () => doc([variant('a', ['t1'], ok(), apps(app({ source: 'C:\\Apps\\x.appx' }))), variant('b', ['t1'], apps(app({ source: 'C:\\apps\\X.appx' })))]),
    errors: [],
  },
  {
    name: 'one Source twice inside a Variant that is merged',
    doc: () => doc([variant('a', ['t1'], ok(), apps(app({ source: 'C:\\Apps\\x.appx' }), app({ source: 'C:\\Apps\\x.appx' }))), variant('b', ['t1'], code('SMStoSMTPShortCode', '1'))]),
    errors: ['variant-application-duplicate'],
    warnings: ['application-duplicate'],
  },
  {
    name: 'one Source twice inside a Variant that is not merged',
    doc: () => doc([variant('a', ['t1'], ok(), apps(app({ source: 'C:\\Apps\\x.appx' }), app({ source: 'C:\\Apps\\x.appx' })))]),
    errors: [],
    warnings: ['application-duplicate'],
  },
  {
    name: 'one Source twice in Static',
    doc: () => doc([variant('a', ['t1'], ok())], [apps(app({ source: 'C:\\Apps\\x.appx' }), app({ source: 'C:\\Apps\\x.appx' }))]),
    errors: [],
    warnings: ['application-duplicate'],
  },
  // ---- assets of merged Variants ----
  {
    name: 'one asset file in Variants of one Target (names and files in another case)',
    doc: () => doc([variant('a', ['t1'], group(PS, asset('EtwsSound', 'C:\\S\\a.wav'))), variant('b', ['t1'], group(PS, asset('etwssound', 'C:\\S\\A.WAV')))]),
    errors: ['variant-asset-duplicate'],
  },
  {
    name: 'one asset file through TargetFileName',
    doc: () => doc([variant('a', ['t1'], group(PS, asset('EtwsSound', 'C:\\S\\a.wav'))), variant('b', ['t1'], group(PS, asset('EtwsSound', 'C:\\T\\b.wav', { targetFileName: 'A.wav' })))]),
    errors: ['variant-asset-duplicate'],
  },
  {
    name: 'different asset files in Variants of one Target',
    doc: () => doc([variant('a', ['t1'], group(PS, asset('EtwsSound', 'C:\\S\\a.wav'))), variant('b', ['t1'], group(PS, asset('EtwsSound', 'C:\\S\\b.wav')))]),
    errors: [],
  },
  // ---- asset device paths across the file ----
  {
    name: 'one ringtone file from two folders (Static and a Variant)',
    doc: () => doc([variant('a', ['t1'], ok(), group('EventSounds', asset('Ringtones', 'C:\\Q\\a.wma')))], [group('EventSounds', asset('Ringtones', 'C:\\R\\a.wma'))]),
    errors: ['asset-target-conflict'],
    twice: true,
  },
  {
    name: 'the same Source in another case',
    doc: () => doc([variant('a', ['t1'], ok(), group('EventSounds', asset('Ringtones', 'c:\\r\\a.wma')))], [group('EventSounds', asset('Ringtones', 'C:\\R\\a.wma'))]),
    errors: [],
  },
  {
    name: 'file names differing in case (device paths compared ordinally)',
    doc: () => doc([variant('a', ['t1'], ok(), group('EventSounds', asset('Ringtones', 'C:\\Q\\A.wma')))], [group('EventSounds', asset('Ringtones', 'C:\\R\\a.wma'))]),
    errors: [],
  },
  {
    name: 'one sound file in Variants of different Targets',
    doc: () => doc([variant('a', ['t1'], group(PS, asset('EtwsSound', 'C:\\S\\a.wav'))), variant('b', ['t2'], group(PS, asset('EtwsSound', 'C:\\T\\a.wav')))]),
    errors: ['asset-target-conflict'],
    twice: true,
  },
  {
    name: 'one file name in two different catalog assets (different folders)',
    doc: () => doc([variant('a', ['t1'], group(PS, asset('EtwsSound', 'C:\\T\\a.wav')))], [group('EventSounds', asset('Ringtones', 'C:\\R\\a.wav'))]),
    errors: [],
  },
  {
    name: 'an asset the catalog does not know',
    doc: () => doc([variant('a', ['t1'], ok(), group('EventSounds', asset('Foo', 'C:\\T\\a.wav')))], [group('EventSounds', asset('Foo', 'C:\\R\\a.wav'))]),
    errors: [],
  },
  {
    name: 'a TargetFileName landing on another asset file',
    doc: () => doc([variant('a', ['t1'], ok(), group('EventSounds', asset('Ringtones', 'C:\\Q\\b.wma', { targetFileName: 'a.wma' })))], [group('EventSounds', asset('Ringtones', 'C:\\R\\a.wma'))]),
    errors: ['asset-target-conflict'],
    twice: true,
  },
];

/** The distinct error codes (the tool reports a conflict once per asset of a pair, as CAF Studio does). */
const errorsOf = (d: AnswerFile) => [...new Set(validate(d, { strict: false }).filter((x) => x.severity === 'error').map((x) => x.code))].sort();
const warningsOf = (d: AnswerFile) => validate(d, { strict: false }).filter((x) => x.severity === 'warning').map((x) => x.code);

describe('merged Variants and asset device paths (verdicts recorded from the oracle)', () => {
  it.each(ROWS)('$name', (row) => {
    const d = row.doc();
    expect(errorsOf(d)).toEqual([...row.errors].sort());
    if (row.twice) expect(validate(d, { strict: false }).filter((x) => x.code === 'asset-target-conflict')).toHaveLength(2);
    if (row.warnings) {
      const got = warningsOf(d);
      for (const w of new Set(row.warnings)) expect(got.filter((x) => x === w).length, w).toBe(row.warnings.filter((x) => x === w).length);
    }
  });

  it('names both Variants and the Target, on the merging Variant', () => {
    const a = variant('a', ['t1'], ok());
    const b = variant('b', ['t1'], group(PS, setting('AllowSMStoSMTPAddress', '0')));
    const d = validate(doc([a, b]), { strict: false }).find((x) => x.code === 'variant-setting-conflict');
    expect(d?.message).toMatch(/Variant "b" and Variant "a" share Target "t1"/);
    expect(d?.ref.part).toEqual({ kind: 'variant', key: b.key });
    expect(d?.ref.path).toEqual([b.items[0].key, (b.items[0] as { entries: readonly { key: string }[] }).entries[0].key]);
  });

  it('shows a Variant\'s merge diagnostics right after its own', () => {
    const a = variant('a', ['t1'], ok());
    const b = variant('b', ['t1'], group(PS, setting('AllowSMStoSMTPAddress', '0'), setting('Unknown', '1')));
    const c = variant('c', ['t2'], group(PS, setting('Unknown', '1')));
    const parts = validate(doc([a, b, c]), { strict: false }).map((x) => `${x.ref.part.kind === 'variant' ? x.ref.part.key : x.ref.part.kind}:${x.code}`);
    expect(parts).toEqual([`${b.key}:setting-name-unknown`, `${b.key}:variant-setting-conflict`, `${c.key}:setting-name-unknown`]);
  });
});

// Rule cases of one area (see rules.test.ts): merged Variants, asset device paths, root, applications and file
// paths as the imaging tool checks them. Each bad case is one the oracle refuses (errors) or warns about / accepts
// (warnings); each good case one it accepts.

import type { Case } from '../rule-case.ts';
import { app, apps, asset, cleanDoc, group, multivariantOn, setting, simTarget, variant, withStatic } from '../fixtures.ts';

const PS = 'Messaging/PerSimSettings/$(__ICCID)';

/** Two Variants: `a` for T1 with `first`, `b` with `second` for `target`. */
const twoVariants = (first: Parameters<typeof variant>[2][], second: Parameters<typeof variant>[2][], target = 'T1') =>
  cleanDoc({
    targets: { targets: [simTarget('T1'), simTarget('T2', '311')] },
    variants: [variant('a', ['T1'], ...first), variant('b', [target], ...second)],
  });

const sms = (value: string) => group(PS, setting('AllowSMStoSMTPAddress', value));
const ring = (source: string) => group('EventSounds', asset('Ringtones', source));

export const CASES: readonly Case[] = [
  { code: 'priority-invalid', bad: () => cleanDoc({ priority: '+1' }), good: () => cleanDoc({ priority: ' 01 ' }) },
  { code: 'owner-invalid', bad: () => cleanDoc({ owner: 'Contoso Ltd' }), good: () => cleanDoc({ owner: 'Contoso_Ltd.1-a' }) },
  {
    code: 'multivariant-and-adc',
    bad: () => cleanDoc({ static: { items: [group('Multivariant', setting('Enable', '1')), group('AutoDataConfig', setting('Enable', '0x1'))] } }),
    good: () => cleanDoc(),
  },
  { code: 'variant-setting-conflict', bad: () => twoVariants([sms('1')], [sms('0')]), good: () => twoVariants([sms('1')], [sms('0')], 'T2') },
  { code: 'variant-setting-repeated', bad: () => twoVariants([sms('1')], [sms('1')]), good: () => twoVariants([sms('1')], [group(PS, setting('SMStoSMTPShortCode', '1'))]) },
  {
    code: 'variant-application-duplicate',
    bad: () => twoVariants([sms('1'), apps(app({ source: undefined }))], [apps(app({ source: undefined }))]),
    good: () => twoVariants([sms('1'), apps(app({ source: 'C:\\Apps\\A.appx' }))], [apps(app({ source: 'C:\\Apps\\B.appx' }))]),
  },
  {
    code: 'variant-asset-duplicate',
    bad: () => twoVariants([group(PS, asset('EtwsSound', 'C:\\S\\a.wav'))], [group(PS, asset('EtwsSound', 'C:\\S\\a.wav'))]),
    good: () => twoVariants([group(PS, asset('EtwsSound', 'C:\\S\\a.wav'))], [group(PS, asset('EtwsSound', 'C:\\S\\a.wav'))], 'T2'),
  },
  {
    code: 'asset-target-conflict',
    bad: () => cleanDoc({ static: { items: [...multivariantOn(), ring('C:\\R\\a.wma')] }, variants: [variant('V1', ['T1'], ring('C:\\Q\\a.wma'))] }),
    good: () => cleanDoc({ static: { items: [...multivariantOn(), ring('C:\\R\\a.wma')] }, variants: [variant('V1', ['T1'], ring('c:\\r\\a.wma'))] }),
  },
  { code: 'application-partition-advice', bad: () => withStatic(apps(app({ targetPartition: 'mainos' }))), good: () => withStatic(apps(app({ targetPartition: 'MainOS' }))) },
  { code: 'application-partition-invalid', bad: () => withStatic(apps(app({ targetPartition: 'OSPartition' }))), good: () => withStatic(apps(app({ targetPartition: 'DATA' }))) },
  {
    code: 'application-duplicate',
    bad: () => withStatic(apps(app()), apps(app({ source: 'c:\\apps\\app.appx' }))),
    good: () => withStatic(apps(app(), app({ source: 'C:\\Apps\\Other.appx' }))),
  },
  {
    code: 'application-file-name-clash',
    bad: () => withStatic(apps(app({ source: 'C:\\A\\App.appx' }), app({ source: 'C:\\B\\App.appx' }))),
    good: () => withStatic(apps(app({ source: 'C:\\A\\App.appx' }), app({ source: 'C:\\B\\App2.appx' }))),
  },
  { code: 'path-root-relative', bad: () => withStatic(apps(app({ source: '\\Apps\\App.appx' }))), good: () => withStatic(apps(app({ source: 'C:\\Apps\\App.appx' }))) },
  {
    code: 'path-unresolved-variable',
    bad: () => withStatic(apps(app({ source: '$(CurrentFileDir)\\App.appx' }))),
    good: () => cleanDoc({ imports: { imports: [{ key: 'i1' as never, source: '$(CurrentFileDir)\\base.xml' }] } }),
  },
  { code: 'path-invalid-chars', bad: () => withStatic(apps(app({ source: 'C:\\Apps|\\App.appx' }))), good: () => withStatic(apps(app({ source: 'C:\\Apps\\App?.appx' }))) },
];

// The founding scenario of CAF Studio: the docs page "Send SMS messages to SMTP addresses" as a ready
// document. Values only the user knows (Owner, MCC/MNC/SPN, the short code) are left empty, never invented.

import type { AnswerFile, Setting, SettingsGroup } from './types.ts';
import type { KeyGen } from './ids.ts';
import { asKey } from './ids.ts';

function setting(keys: KeyGen, name: string, value: string): Setting {
  return { kind: 'setting', key: asKey<'Entry'>(keys()), name, value };
}

function group(keys: KeyGen, path: string, settings: readonly (readonly [string, string])[]): SettingsGroup {
  const key = asKey<'Group'>(keys());
  return { kind: 'settings', key, path, entries: settings.map(([n, v]) => setting(keys, n, v)) };
}

export function createFoundingDocument(keys: KeyGen): AnswerFile {
  return {
    name: 'SMStoSMTP',
    description: 'Send SMS messages to email (SMTP) addresses',
    owner: '',
    ownerType: 'OEM',
    targets: {
      targets: [
        {
          key: asKey<'Target'>(keys()),
          id: 'Operator',
          states: [
            {
              key: asKey<'TargetState'>(keys()),
              conditions: ['MCC', 'MNC', 'SPN'].map((name) => ({ key: asKey<'Condition'>(keys()), name, value: '' })),
            },
          ],
        },
      ],
    },
    // Runtime configuration on, legacy AutoDataConfig off: every per-SIM docs template carries this pair.
    static: {
      items: [group(keys, 'Multivariant', [['Enable', '1']]), group(keys, 'AutoDataConfig', [['Enable', '0']])],
    },
    variants: [
      {
        key: asKey<'Variant'>(keys()),
        name: 'Operator',
        targetRefs: { refs: [{ key: asKey<'TargetRef'>(keys()), id: 'Operator' }] },
        items: [
          group(keys, 'Messaging/PerSimSettings/$(__ICCID)', [
            ['AllowSMStoSMTPAddress', '1'],
            ['SMStoSMTPShortCode', ''],
          ]),
        ],
      },
    ],
  };
}

import { describe, expect, it } from 'vitest';
import { createFoundingDocument } from '../../src/model/founding.ts';
import { counterKeys } from '../../src/model/ids.ts';

describe('createFoundingDocument', () => {
  it('builds exactly the SMS-to-SMTP scenario, with user-only values left empty', () => {
    const doc = createFoundingDocument(counterKeys('k'));
    expect(doc).toStrictEqual({
      name: 'SMStoSMTP',
      description: 'Send SMS messages to email (SMTP) addresses',
      owner: '',
      ownerType: 'OEM',
      targets: {
        targets: [
          {
            key: 'k1',
            id: 'Operator',
            states: [
              {
                key: 'k2',
                conditions: [
                  { key: 'k3', name: 'MCC', value: '' },
                  { key: 'k4', name: 'MNC', value: '' },
                  { key: 'k5', name: 'SPN', value: '' },
                ],
              },
            ],
          },
        ],
      },
      static: {
        items: [
          { kind: 'settings', key: 'k6', path: 'Multivariant', entries: [{ kind: 'setting', key: 'k7', name: 'Enable', value: '1' }] },
          { kind: 'settings', key: 'k8', path: 'AutoDataConfig', entries: [{ kind: 'setting', key: 'k9', name: 'Enable', value: '0' }] },
        ],
      },
      variants: [
        {
          key: 'k10',
          name: 'Operator',
          targetRefs: { refs: [{ key: 'k11', id: 'Operator' }] },
          items: [
            {
              kind: 'settings',
              key: 'k12',
              path: 'Messaging/PerSimSettings/$(__ICCID)',
              entries: [
                { kind: 'setting', key: 'k13', name: 'AllowSMStoSMTPAddress', value: '1' },
                { kind: 'setting', key: 'k14', name: 'SMStoSMTPShortCode', value: '' },
              ],
            },
          ],
        },
      ],
    });
  });

  it('has no Priority and no Imports', () => {
    const doc = createFoundingDocument(counterKeys());
    expect('priority' in doc).toBe(false);
    expect(doc.imports).toBeUndefined();
  });

  it('mints every key from the given generator', () => {
    const a = createFoundingDocument(counterKeys('a'));
    const b = createFoundingDocument(counterKeys('b'));
    expect(JSON.stringify(a).replace(/"a(\d+)"/g, '"b$1"')).toBe(JSON.stringify(b));
  });
});

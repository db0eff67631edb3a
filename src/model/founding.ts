// The founding scenario of CAF Studio: the docs page "Send SMS messages to SMTP addresses" as a ready
// document. Values only the user knows (Owner, MCC/MNC/SPN, the short code) are left empty, never invented.

import type { AnswerFile } from './types.ts';
import type { KeyGen } from './ids.ts';
import { group, multivariantStatic, operatorTarget, operatorVariant } from './templates/build.ts';

export function createFoundingDocument(keys: KeyGen): AnswerFile {
  const target = operatorTarget(keys, 'Operator', ['MCC', 'MNC', 'SPN']);
  const staticSection = multivariantStatic(keys);
  return {
    name: 'SMStoSMTP',
    description: 'Send SMS messages to email (SMTP) addresses',
    owner: '',
    ownerType: 'OEM',
    targets: { targets: [target] },
    static: staticSection,
    variants: [
      operatorVariant(keys, 'Operator', 'Operator', (k) => [
        group(k, 'Messaging/PerSimSettings/$(__ICCID)', [
          ['AllowSMStoSMTPAddress', '1'],
          ['SMStoSMTPShortCode', ''],
        ]),
      ]),
    ],
  };
}

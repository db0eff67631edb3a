// The documents New offers: the founding scenario, an empty document, and per-operator jobs the settings catalog
// documents (operator-templates.ts). Each is a complete document once the user's own values are filled; the
// values left empty are listed in `fill`, each with an example (the tests fill them with it).

import type { AnswerFile } from '../types.ts';
import type { KeyGen } from '../ids.ts';
import { createEmptyDocument } from '../answer-file.ts';
import { createFoundingDocument } from '../founding.ts';
import {
  deliveryReportsDocument,
  emergencyAlertsDocument,
  mmsDataDocument,
  mmsLimitsDocument,
  smsLengthDocument,
  startLayoutDocument,
} from './operator-templates.ts';

/** A value the template leaves to the user: where it is (a condition or setting name, or Owner) and an example. */
export interface TemplateValue {
  readonly kind: 'owner' | 'condition' | 'setting';
  readonly name: string;
  readonly example: string;
}

export interface DocumentTemplate {
  readonly id: string;
  readonly label: string;
  /** One line: what the document does and what the user fills in. */
  readonly description: string;
  readonly create: (keys: KeyGen) => AnswerFile;
  readonly fill: readonly TemplateValue[];
}

const OWNER: TemplateValue = { kind: 'owner', name: 'Owner', example: 'Contoso' };
const MCC: TemplateValue = { kind: 'condition', name: 'MCC', example: '310' };
const MNC: TemplateValue = { kind: 'condition', name: 'MNC', example: '260' };
const SIM = [OWNER, MCC, MNC] as const;

export const TEMPLATES: readonly DocumentTemplate[] = [
  {
    id: 'founding',
    label: 'SMS to email',
    description: 'Send SMS messages to email addresses. Fill in Owner, MCC, MNC, SPN and the short code.',
    create: createFoundingDocument,
    fill: [...SIM, { kind: 'condition', name: 'SPN', example: 'Contoso' }, { kind: 'setting', name: 'SMStoSMTPShortCode', example: '1234' }],
  },
  {
    id: 'empty',
    label: 'Empty document',
    description: 'No targets, variants or settings. Start from scratch.',
    create: () => createEmptyDocument(),
    fill: [OWNER],
  },
  {
    id: 'mms-limits',
    label: 'MMS limits',
    description: 'Attachments, recipients and send retries of MMS. Fill in Owner, MCC, MNC and the four limits.',
    create: mmsLimitsDocument,
    fill: [
      ...SIM,
      { kind: 'setting', name: 'MMSLimitAttachments', example: '5' },
      { kind: 'setting', name: 'LimitRecipients', example: '20' },
      { kind: 'setting', name: 'MaxRetryCount', example: '3' },
      { kind: 'setting', name: 'RetrySize', example: '300' },
    ],
  },
  {
    id: 'mms-data',
    label: 'MMS with mobile data off',
    description: 'MMS while data is off or roaming, and automatic download. Fill in Owner, MCC and MNC.',
    create: mmsDataDocument,
    fill: SIM,
  },
  {
    id: 'delivery-reports',
    label: 'Delivery reports',
    description: 'SMS and MMS delivery reports and read receipts. Fill in Owner, MCC and MNC.',
    create: deliveryReportsDocument,
    fill: SIM,
  },
  {
    id: 'emergency-alerts',
    label: 'Emergency alerts (CMAS)',
    description: 'CMAS extreme, severe and AMBER alerts on. Fill in Owner, MCC and MNC.',
    create: emergencyAlertsDocument,
    fill: SIM,
  },
  {
    id: 'sms-length',
    label: 'SMS length and expiry',
    description: 'Longest SMS in pages, and how long the network keeps one. Fill in Owner, MCC, MNC and the page limit.',
    create: smsLengthDocument,
    fill: [...SIM, { kind: 'setting', name: 'SmsPageLimit', example: '10' }],
  },
  {
    id: 'start-layout',
    label: 'Operator Start layout',
    description: 'The Start screen for one operator’s SIM. Fill in Owner, MCC, MNC and the layout file’s path.',
    create: startLayoutDocument,
    fill: [...SIM, { kind: 'setting', name: 'LayoutModificationFilePath', example: 'C:\\Layouts\\Contoso\\LayoutModification.xml' }],
  },
];

export function templateById(id: string): DocumentTemplate | undefined {
  return TEMPLATES.find((t) => t.id === id);
}

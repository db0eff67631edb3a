// Per-operator jobs the settings catalog documents, each as a whole one-operator document (templates.ts lists
// them). Values only the user knows are left empty; the validator asks for each of them. A value the catalog
// documents as the default is written as that default.

import type { AnswerFile } from '../types.ts';
import type { KeyGen } from '../ids.ts';
import { group, operatorDocument } from './build.ts';

const MESSAGING = 'Messaging/PerSimSettings/$(__ICCID)';

/** "Maximum number of attachments / recipients", "Automatic send retry and resize" (MMS). */
export function mmsLimitsDocument(keys: KeyGen): AnswerFile {
  return operatorDocument(keys, 'MmsLimits', 'MMS attachment, recipient and retry limits for one operator', (k) => [
    group(k, MESSAGING, [
      ['MMSLimitAttachments', ''],
      ['LimitRecipients', ''],
      ['MaxRetryCount', ''],
      ['RetrySize', ''],
    ]),
  ]);
}

/** "MMS data options" and "MMS automatic download". */
export function mmsDataDocument(keys: KeyGen): AnswerFile {
  return operatorDocument(keys, 'MmsData', 'MMS while mobile data is off or roaming, and automatic download', (k) => [
    group(k, `${MESSAGING}/AllowMmsIfDataIsOff`, [
      ['AllowMmsIfDataIsOffSupported', '1'],
      ['AllowMmsIfDataIsOff', '1'],
      ['AllowMmsIfDataIsOffWhileRoaming', '0'],
    ]),
    group(k, `${MESSAGING}/AutomaticallyDownload`, [
      ['ShowAutomaticallyDownloadMMSToggle', '1'],
      ['AutomaticallyDownload', '1'],
    ]),
  ]);
}

/** "MMS delivery confirmation", "MMS receipt acknowledgement", "SMS delivery confirmation". */
export function deliveryReportsDocument(keys: KeyGen): AnswerFile {
  return operatorDocument(keys, 'DeliveryReports', 'SMS and MMS delivery reports for one operator', (k) => [
    group(k, `${MESSAGING}/RequestDeliveryReport`, [
      ['RequestDeliveryReportIsSupported', '1'],
      ['RequestDeliveryReport', '0'],
    ]),
    group(k, `${MESSAGING}/AllowSendingDeliveryReport`, [
      ['AllowSendingDeliveryReportIsSupported', '1'],
      ['AllowSendingDeliveryReport', '1'],
    ]),
    group(k, `${MESSAGING}/SMSDeliveryNotify`, [
      ['DeliveryNotifySupported', '1'],
      ['SMSDeliveryNotify', '0'],
    ]),
  ]);
}

/** "Emergency notifications" (CMAS) and "CMAS required monthly test". */
export function emergencyAlertsDocument(keys: KeyGen): AnswerFile {
  return operatorDocument(keys, 'EmergencyAlerts', 'CMAS emergency alerts for one operator', (k) => [
    group(k, MESSAGING, [['ShowRequiredMonthlyTest', '0']]),
    group(k, `${MESSAGING}/EmergencyAlertOptions`, [
      ['EmOperatorEnabled', '1'],
      ['CmasExtremeAlertEnabled', '1'],
      ['CmasSevereAlertEnabled', '1'],
      ['CmasAMBERAlertEnabled', '1'],
    ]),
  ]);
}

/** "Maximum length for SMS messages" and "Expiration time for SMS messages". */
export function smsLengthDocument(keys: KeyGen): AnswerFile {
  return operatorDocument(keys, 'SmsLength', 'Longest SMS in pages, and how long the network keeps one, for one operator', (k) => [
    group(k, 'CellCore/PerIMSI/$(__IMSI)/SMS', [
      ['SmsPageLimit', ''],
      ['MessageExpirySeconds', '0x15180'],
    ]),
  ]);
}

/** "Start layout": the operator's Start screen, applied at the first SIM. */
export function startLayoutDocument(keys: KeyGen): AnswerFile {
  return operatorDocument(keys, 'StartLayout', 'The Start screen layout for one operator', (k) => [
    group(k, 'StartLayoutModificationFilePath', [['LayoutModificationFilePath', '']]),
  ]);
}

// The test plan: one row per Target with a matching SIM, the expected values and the check; Markdown and CSV.

import { describe, expect, it } from 'vitest';
import { SMS_TO_SMTP_CHECK, manualCheck, testPlan } from '../../../src/model/simulate/testplan.ts';
import { csvField, testPlanCsv, testPlanMarkdown } from '../../../src/model/simulate/testplan-render.ts';
import { cleanDoc, cond, group, setting, state, target, variant } from '../validate/fixtures.ts';

const PS = 'Messaging/PerSimSettings/$(__ICCID)';

function doc() {
  return cleanDoc({
    targets: {
      targets: [
        target('US', state(cond('MCC', '310'), cond('MNC', '260'))),
        target('Iccid', state(cond('ICCID', 'pattern:^8901(26|41)\\d{14}$'), cond('MCC', 'range:310,316'))),
        target('Broad', state(cond('MCC', 'range:310,316'))),
        target('Never', state(cond('MCC', 'range:9,1'))),
        target('Spare', state(cond('MCC', '999'))),
      ],
    },
    variants: [
      variant('SMS to email', ['US'], group(PS, setting('AllowSMStoSMTPAddress', '1'), setting('SMStoSMTPShortCode', '1234, "x"'))),
      variant('By ICCID', ['Iccid'], group('CellCore/PerIMSI/$(__IMSI)/SMS', setting('SmsPageLimit', '5'))),
      variant('Broad', ['Broad'], group(PS, setting('AllowSMStoSMTPAddress', '0'))),
      variant('Never', ['Never'], group(PS, setting('AllowSMStoSMTPAddress', '0'))),
    ],
  });
}

describe('testPlan', () => {
  const plan = testPlan(doc());
  const row = (id: string) => plan.rows.find((r) => r.targetId === id)!;

  it('has one row per Target, in document order', () => {
    expect(plan.rows.map((r) => r.targetId)).toEqual(['US', 'Iccid', 'Broad', 'Never', 'Spare']);
  });

  it('gives each Target a SIM that satisfies its plain values, ranges and patterns', () => {
    expect(row('US').sim).toEqual({ MCC: '310', MNC: '260' });
    const iccid = row('Iccid').sim!;
    expect(iccid.ICCID).toMatch(/^8901(26|41)\d{14}$/);
    expect(Number(iccid.MCC)).toBeGreaterThanOrEqual(310);
    expect(row('Iccid').simNote).toMatch(/patterns/);
    expect(row('Never').sim).toBeUndefined();
    expect(row('Never').simNote).toMatch(/contradict/);
    expect(row('Spare').simNote).toMatch(/no Variant uses/);
  });

  it('expects the values the phone ends with, and says when another Target wins', () => {
    expect(row('US').expected.map((e) => [e.name, e.value, e.note])).toEqual([
      ['AllowSMStoSMTPAddress', '1', undefined],
      ['SMStoSMTPShortCode', '1234, "x"', undefined],
    ]);
    // The SIM chosen for Broad (MCC 310) also matches nothing more specific; for US it is US's own values.
    expect(row('Broad').expected[0]).toMatchObject({ name: 'AllowSMStoSMTPAddress', value: '0' });
  });

  it('notes an expected value that another, higher-ranked Target overrides', () => {
    const d = cleanDoc({
      targets: { targets: [target('Broad', state(cond('MCC', '310'))), target('US', state(cond('MCC', '310'), cond('MNC', '260')))] },
      variants: [variant('B', ['Broad'], group(PS, setting('AllowSMStoSMTPAddress', '0'))), variant('U', ['US'], group(PS, setting('AllowSMStoSMTPAddress', '1')))],
    });
    // Broad's SIM is MCC 310 alone: US may match but is not applied, so Broad's own value is expected.
    expect(testPlan(d).rows[0].expected[0]).toMatchObject({ value: '0' });
  });

  it('uses the founding scenario check for SMS to email, else the catalog help', () => {
    expect(row('US').expected[0].check).toBe(SMS_TO_SMTP_CHECK);
    expect(manualCheck(PS, 'LimitRecipients', '1')).toMatch(/^Check that LimitRecipients .* is "1": \S/);
    expect(manualCheck('Contoso/Private', 'X', '1')).toBe('Check that X (Contoso/Private) is "1".');
  });
});

describe('renderers', () => {
  const plan = testPlan(doc());

  it('quotes CSV fields per RFC 4180', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\r')).toBe('"cr\r"');
  });

  it('writes one CSV record per Target after the header, records ended by CRLF', () => {
    const csv = testPlanCsv(plan);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.startsWith('Target,Variants,SIM,Expected settings,Manual check\r\n')).toBe(true);
    expect(parseCsv(csv)).toHaveLength(1 + plan.rows.length);
    const us = parseCsv(csv)[1];
    expect(us[0]).toBe('US');
    expect(us[3]).toContain('SMStoSMTPShortCode = "1234, \\"x\\""');
    expect(us[4]).toBe(SMS_TO_SMTP_CHECK);
  });

  it('writes a Markdown table with one row per Target and the assumptions', () => {
    const md = testPlanMarkdown(plan, 'Plan | x');
    const rows = md.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| Target'));
    expect(rows).toHaveLength(plan.rows.length);
    expect(md).toContain('# Plan \\| x');
    expect(md).toMatch(/AllowSMStoSMTPAddress = "1"<br>/);
    expect(md).toMatch(/## Assumptions\n\n- \*\*/);
  });
});

/** A strict RFC 4180 reader, to check what the writer wrote. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else if (text[i] === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (text.startsWith('\r\n', i)) {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += 2;
    } else field += text[i++];
  }
  return records;
}

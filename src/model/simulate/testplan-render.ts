// The test plan as Markdown (a table, one row per Target) and as CSV (RFC 4180: fields separated by commas, records
// by CRLF, a field holding a comma, a quote, CR or LF enclosed in quotes with its quotes doubled; one record per
// Target, its settings on lines of their own inside the cell).

import { ASSUMPTIONS } from './assumptions.ts';
import type { ExpectedSetting, TestPlan, TestPlanRow } from './testplan.ts';

function simCell(row: TestPlanRow): string {
  const values = row.sim ? Object.entries(row.sim).map(([k, v]) => `${k}=${v}`) : [];
  const text = row.sim ? (values.length > 0 ? values.join(', ') : 'any SIM') : 'none';
  return row.simNote ? `${text} (${row.simNote})` : text;
}

const settingLine = (e: ExpectedSetting): string => `${e.path}/${e.name} = ${JSON.stringify(e.value ?? '')}${e.note ? ` (${e.note})` : ''}`;

function checks(row: TestPlanRow): string[] {
  return [...new Set(row.expected.map((e) => e.check))];
}

// ---- Markdown ----

/** Text safe in a Markdown table cell: pipes escaped, line breaks as <br>, HTML-significant < & escaped. */
function mdCell(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\|/g, '\\|').replace(/\r\n|\r|\n/g, '<br>');
}

export function testPlanMarkdown(plan: TestPlan, title = 'Test plan'): string {
  const lines = [`# ${mdCell(title)}`, '', '| Target | Variants | SIM | Expected settings | Manual check |', '|---|---|---|---|---|'];
  for (const row of plan.rows) {
    const cells = [
      row.targetId,
      row.variants.join(', ') || '(none)',
      simCell(row),
      row.expected.map(settingLine).join('\n') || '(nothing to check)',
      checks(row).join('\n'),
    ];
    lines.push(`| ${cells.map(mdCell).join(' | ')} |`);
  }
  lines.push('', '## Assumptions', '');
  for (const a of ASSUMPTIONS) if (plan.assumptions.includes(a.id)) lines.push(`- **${a.id}**: ${mdCell(a.text)}`);
  return `${lines.join('\n')}\n`;
}

// ---- CSV ----

/** One RFC 4180 field. */
export function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const CSV_HEADER = ['Target', 'Variants', 'SIM', 'Expected settings', 'Manual check'] as const;

export function testPlanCsv(plan: TestPlan): string {
  const records = [CSV_HEADER.map(csvField).join(',')];
  for (const row of plan.rows) {
    const fields = [row.targetId, row.variants.join(', '), simCell(row), row.expected.map(settingLine).join('\n'), checks(row).join('\n')];
    records.push(fields.map(csvField).join(','));
  }
  return `${records.join('\r\n')}\r\n`;
}

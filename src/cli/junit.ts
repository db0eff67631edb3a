// `caf check --format junit`: the reports as JUnit XML, for CI systems that read only test reports. One testsuite
// per file with one testcase, the file's check: it fails (<failure>) when the file has errors, listing each as
// `line:column code message`; a file that could not be read or was refused is an <error>; warnings and notes go
// to the testcase's <system-out>. One testcase per file, not per diagnostic, so that the count of tests is the
// count of files checked whatever they hold, and a clean file is a passing test rather than an empty suite.

import type { FileReport } from './check.ts';

/** XML 1.0 allows neither these characters nor lone surrogates: each becomes U+FFFD. */
// eslint-disable-next-line no-control-regex -- the control characters are what this finds
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\n': '&#10;', '\r': '&#13;', '\t': '&#9;' };

/** Text for an attribute value (`attr`) or element content. */
function xml(s: string, attr = false): string {
  return s.replace(NOT_XML, '\uFFFD').replace(attr ? /[&<>"\n\r\t]/g : /[&<>\r]/g, (c) => ESCAPES[c]);
}

const at = (p: { line?: number; column?: number }) => (p.line === undefined ? '' : p.column === undefined ? `${p.line}: ` : `${p.line}:${p.column}: `);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

function testsuite(r: FileReport): string {
  const errors = r.diagnostics.filter((d) => d.severity === 'error');
  const others = [
    ...r.reading.map((w) => `${at(w)}warning ${w.code} ${w.message}`),
    ...r.diagnostics.filter((d) => d.severity !== 'error').map((d) => `${at(d)}${d.severity} ${d.code} ${d.message}`),
    ...r.notes.map((n) => `${at(n)}note kept ${n.message}`),
  ];
  const name = xml(r.file, true);
  let body = '';
  if (r.error) {
    const repair = r.error.repairAvailable ? ' (a repair is available: caf format --repair)' : '';
    body += `      <error message="${xml(r.error.message + repair, true)}" type="${xml(r.error.code, true)}">${xml(`${at(r.error)}${r.error.code} ${r.error.message}`)}</error>\n`;
  } else if (errors.length > 0) {
    const lines = errors.map((d) => `${at(d)}${d.code} ${d.message}`).join('\n');
    body += `      <failure message="${plural(errors.length, 'error')}" type="caf-check">${xml(lines)}</failure>\n`;
  }
  if (others.length > 0) body += `      <system-out>${xml(others.join('\n'))}</system-out>\n`;
  const failures = !r.error && errors.length > 0 ? 1 : 0;
  const testcase = body ? `    <testcase name="${name}" classname="caf check">\n${body}    </testcase>\n` : `    <testcase name="${name}" classname="caf check" />\n`;
  return `  <testsuite name="${name}" tests="1" failures="${failures}" errors="${r.error ? 1 : 0}" skipped="0">\n${testcase}  </testsuite>\n`;
}

/** The JUnit XML report of `reports`. */
export function formatJunit(reports: readonly FileReport[]): string {
  const failures = reports.filter((r) => !r.error && r.diagnostics.some((d) => d.severity === 'error')).length;
  const errors = reports.filter((r) => r.error).length;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="caf check" tests="${reports.length}" failures="${failures}" errors="${errors}">\n` +
    reports.map(testsuite).join('') +
    '</testsuites>\n'
  );
}

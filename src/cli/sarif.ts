// `caf check --format sarif`: the reports as a SARIF 2.1.0 log (OASIS Static Analysis Results Interchange Format),
// the format code-scanning services and editors read. One run; one rule per code reported (id = the code, its
// help text and a link to its section of docs/format.md: rules.ts); one result per diagnostic, refusal, reading
// warning and note, located by file (a URI relative to the working folder) and line and column. Levels: error and
// warning as our severities, note for what was kept without being understood. A file that could not be read at
// all is a tool execution notification, and the invocation is then not successful.

import { isAbsolute, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { REPOSITORY_URL, TOOL_NAME, TOOL_VERSION } from './about.ts';
import type { FileReport } from './check.ts';
import { KEPT_CODE, ruleOf } from './rules.ts';

type Level = 'error' | 'warning' | 'note';

interface Item {
  readonly code: string;
  readonly level: Level;
  readonly message: string;
  readonly line?: number;
  readonly column?: number;
}

const SRCROOT = '%SRCROOT%';

/** The file's URI relative to `cwd` (percent-encoded segments); a file URL when no relative path reaches it. */
export function artifactUri(file: string, cwd: string): string {
  const abs = resolve(cwd, file);
  const rel = relative(cwd, abs);
  if (isAbsolute(rel)) return pathToFileURL(abs).href;
  return rel.split(sep).map(encodeURIComponent).join('/');
}

/** What a checked or refused file reports, in order: reading warnings, the refusal or the diagnostics, notes. */
function itemsOf(r: FileReport): Item[] {
  const items: Item[] = r.reading.map((w) => ({ code: w.code, level: 'warning', message: w.message, line: w.line, column: w.column }));
  if (r.error) {
    const repair = r.error.repairAvailable ? ' (a repair is available: caf format --repair)' : '';
    items.push({ code: r.error.code, level: 'error', message: r.error.message + repair, line: r.error.line, column: r.error.column });
    return items;
  }
  for (const d of r.diagnostics) items.push({ code: d.code, level: d.severity, message: d.message, line: d.line, column: d.column });
  for (const n of r.notes) items.push({ code: KEPT_CODE, level: 'note', message: n.message, line: n.line, column: n.column });
  return items;
}

/** The SARIF log of `reports`, checked in `cwd`, as JSON text. */
export function formatSarif(reports: readonly FileReport[], cwd: string): string {
  const ruleIndex = new Map<string, number>();
  const rules: object[] = [];
  const results: object[] = [];
  const notifications: object[] = [];
  for (const r of reports) {
    const uri = artifactUri(r.file, cwd);
    if (r.status === 'unreadable') {
      notifications.push({
        level: 'error',
        message: { text: `${r.file}: ${r.error?.message ?? 'cannot read the file'}` },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: SRCROOT } } }],
      });
      continue;
    }
    for (const item of itemsOf(r)) {
      let index = ruleIndex.get(item.code);
      if (index === undefined) {
        const rule = ruleOf(item.code);
        index = rules.length;
        ruleIndex.set(item.code, index);
        rules.push({
          id: rule.id,
          shortDescription: { text: rule.description },
          help: { text: `${rule.description} See docs/format.md ${rule.section}: ${rule.helpUri}` },
          helpUri: rule.helpUri,
        });
      }
      const region = item.line === undefined ? {} : { region: { startLine: item.line, ...(item.column !== undefined ? { startColumn: item.column } : {}) } };
      results.push({
        ruleId: item.code,
        ruleIndex: index,
        level: item.level,
        message: { text: item.message },
        locations: [{ physicalLocation: { artifactLocation: { uri, uriBaseId: SRCROOT }, ...region } }],
      });
    }
  }
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: TOOL_VERSION, semanticVersion: TOOL_VERSION, informationUri: REPOSITORY_URL, rules } },
        originalUriBaseIds: { [SRCROOT]: { uri: pathToFileURL(cwd.endsWith(sep) ? cwd : cwd + sep).href } },
        invocations: [{ executionSuccessful: notifications.length === 0, ...(notifications.length > 0 ? { toolExecutionNotifications: notifications } : {}) }],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

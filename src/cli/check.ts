// `caf check FILE...`: imports each file (or each file a glob pattern matches) with the editor's parser and prints the editor's diagnostics.
// Exit code: 0 no errors, 1 some error, 2 some file could not be read or imported (the worst one wins).
// The file is read as the imaging tool reads it (tool-reading.ts: UTF-8 unless a byte-order mark says otherwise,
// invalid bytes replaced), so the verdict is the tool's; where that reading is not what the file means, a
// warning says so. A file over MAX_IMPORT_BYTES is not read (exit 2). A document whose canonical output would be
// over the limit, which the page and `caf format` refuse to open, is still checked: the tool takes it.

import { fromXml } from '../xml/parse.ts';
import type { ImportError, ImportNote } from '../xml/parse-types.ts';
import { readAsTool, type ReadingWarning } from '../xml/tool-reading.ts';
import { validate } from '../model/validate/validate.ts';
import type { Diagnostic } from '../model/validate/diagnostic.ts';
import type { CheckOutput } from './args.ts';
import { expandFiles } from './files.ts';
import type { CliIo } from './io.ts';
import { reason, sizeRefusal } from './io.ts';

interface Located {
  readonly line?: number;
  readonly column?: number;
}

export interface FileReport {
  readonly file: string;
  /** 'ok' imported and checked; 'unreadable' / 'refused' could not be checked. */
  readonly status: 'ok' | 'unreadable' | 'refused';
  /** Why the file was not checked: an ImportError (without the repaired text), or code 'unreadable'. */
  readonly error?: Omit<ImportError, 'repair' | 'code'> & { readonly code: ImportError['code'] | 'unreadable'; readonly repairAvailable?: boolean };
  readonly diagnostics: readonly (Diagnostic & Located)[];
  readonly notes: readonly ImportNote[];
  /** Where the imaging tool reads the file otherwise than it means (its encoding); warnings. */
  readonly reading: readonly ReadingWarning[];
}

type Positions = ReadonlyMap<string, { readonly line: number; readonly column: number }>;

/** The start tag a diagnostic is about: its deepest keyed entity, else its part. */
function locate(d: Diagnostic, positions: Positions): Located {
  for (const k of [...d.ref.path].reverse()) {
    const p = positions.get(k);
    if (p) return p;
  }
  const part = d.ref.part;
  const p =
    part.kind === 'target' || part.kind === 'variant'
      ? positions.get(part.key)
      : positions.get(part.kind === 'document' ? '#document' : part.kind === 'imports' ? '#Imports' : '#Static');
  return p ?? positions.get('#document') ?? {};
}

export async function checkFile(file: string, strict: boolean, io: CliIo): Promise<FileReport> {
  const none = { diagnostics: [], notes: [], reading: [] };
  let bytes: Uint8Array;
  try {
    bytes = await io.read(file);
  } catch (e) {
    // Over the size limit: refused as the page refuses it, not a failure to read.
    const big = sizeRefusal(e);
    if (big) return { file, status: 'refused', error: big, ...none };
    return { file, status: 'unreadable', error: { code: 'unreadable', message: `cannot read the file: ${reason(e)}` }, ...none };
  }
  const read = readAsTool(bytes);
  if (!read.ok) return { file, status: 'refused', error: read.error, ...none };
  const r = fromXml(read.text);
  if (!r.ok) {
    const { repair, ...error } = r.error;
    return { file, status: 'refused', error: repair ? { ...error, repairAvailable: true } : error, ...none, reading: read.warnings };
  }
  const diagnostics = validate(r.doc, { strict }).map((d) => ({ ...d, ...locate(d, r.positions) }));
  return { file, status: 'ok', diagnostics, notes: r.report, reading: read.warnings };
}

export function exitCodeOf(reports: readonly FileReport[]): number {
  if (reports.some((r) => r.status !== 'ok')) return 2;
  return reports.some((r) => r.diagnostics.some((d) => d.severity === 'error')) ? 1 : 0;
}

function where(file: string, at: Located): string {
  return at.line === undefined ? file : at.column === undefined ? `${file}:${at.line}` : `${file}:${at.line}:${at.column}`;
}

/** Text lines: `file:line:column severity code message`, one per diagnostic, note or refusal. */
export function formatText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  for (const r of reports) {
    for (const w of r.reading) lines.push(`${where(r.file, w)} warning ${w.code} ${w.message}`);
    if (r.error) {
      const repair = r.error.repairAvailable ? ' (a repair is available: caf format --repair)' : '';
      lines.push(`${where(r.file, r.error)} error ${r.error.code} ${r.error.message}${repair}`);
      continue;
    }
    for (const d of r.diagnostics) lines.push(`${where(r.file, d)} ${d.severity} ${d.code} ${d.message}`);
    for (const n of r.notes) lines.push(`${where(r.file, n)} note kept ${n.message}`);
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

/** One JSON object for tools: every file with its status, diagnostics (with positions) and notes. */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((r) => ({
    file: r.file,
    status: r.status,
    ...(r.error ? { error: r.error } : {}),
    reading: r.reading,
    diagnostics: r.diagnostics.map((d) => ({
      severity: d.severity,
      code: d.code,
      message: d.message,
      ...(d.line !== undefined ? { line: d.line, column: d.column } : {}),
      ref: d.ref,
    })),
    notes: r.notes,
  }));
  return `${JSON.stringify({ exitCode: exitCodeOf(reports), files }, null, 2)}\n`;
}

/** The report of a pattern that matched no file (files.ts), as of a file that could not be read. */
function unmatchedReport(pattern: string): FileReport {
  return { file: pattern, status: 'unreadable', error: { code: 'unreadable', message: 'no file matches this pattern' }, diagnostics: [], notes: [], reading: [] };
}

async function printReports(reports: readonly FileReport[], output: CheckOutput, io: CliIo): Promise<void> {
  switch (output) {
    case 'text':
      return io.out(formatText(reports));
    case 'json':
      return io.out(formatJson(reports));
    case 'sarif':
      return io.out((await import('./sarif.ts')).formatSarif(reports, process.cwd()));
    case 'junit':
      return io.out((await import('./junit.ts')).formatJunit(reports));
  }
}

/** `caf check`: `patterns` are files and glob patterns (files.ts). */
export async function runCheck(patterns: readonly string[], opts: { output: CheckOutput; strict: boolean }, io: CliIo): Promise<number> {
  const { files, unmatched } = await expandFiles(patterns);
  const reports: FileReport[] = unmatched.map(unmatchedReport);
  for (const f of files) reports.push(await checkFile(f, opts.strict, io));
  await printReports(reports, opts.output, io);
  if (opts.output !== 'json') {
    const errors = reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
    const warnings = reports.reduce((n, r) => n + r.reading.length + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
    const refused = reports.filter((r) => r.status !== 'ok').length;
    const parts = [`${errors} error${errors === 1 ? '' : 's'}`, `${warnings} warning${warnings === 1 ? '' : 's'}`];
    if (refused > 0) parts.push(`${refused} file${refused === 1 ? '' : 's'} not checked`);
    io.err(`${parts.join(', ')} in ${reports.length} file${reports.length === 1 ? '' : 's'}\n`);
  }
  return exitCodeOf(reports);
}

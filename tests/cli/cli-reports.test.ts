// `caf check --format sarif | junit | json` from the built package on a folder of answer files given as a glob:
// the SARIF log validates against the SARIF 2.1.0 JSON schema (the schemastore copy that @microsoft/jest-sarif
// ships, checked with Ajv), says what the JSON output says (codes, levels, positions), and links each rule to its
// section of docs/format.md; the JUnit report is well-formed XML (read with saxes, the project's parser), one
// testsuite per file, failures for errors.

import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { SaxesParser } from 'saxes';
import { afterAll, describe, expect, it } from 'vitest';
import { FORMAT_DOC_URL } from '../../src/cli/about.ts';
import { formatJunit } from '../../src/cli/junit.ts';
import { formatSarif } from '../../src/cli/sarif.ts';
import type { FileReport } from '../../src/cli/check.ts';
import { cliPackageForSuite, repoRoot } from '../support/cli-package.ts';
import { CLEAN_ANSWER_FILE } from '../support/clean-answer-file.ts';
import { TEST_TIMEOUT_MS } from '../support/time-limits.ts';

const require = createRequire(import.meta.url);
const schemaFile = join(dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib/schemas/sarif-2.1.0-rtm.5.json');
// unicodeRegExp false: the schema's `language` pattern has a stray `]`, an error under the u flag (not without).
const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);
const schemaErrors = (log: unknown) => (validateSarif(log) ? [] : (validateSarif.errors ?? []).map((e) => `${e.instancePath} ${e.message}`));

const pkg = cliPackageForSuite();
const dir = mkdtempSync(join(tmpdir(), 'caf-reports-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const fx = (name: string) => join(repoRoot, 'tests/fixtures/import', name);
mkdirSync(join(dir, 'customizations/sub'), { recursive: true });
copyFileSync(fx('empty-template.xml'), join(dir, 'customizations/empty-template.xml'));
copyFileSync(fx('unknown-content.xml'), join(dir, 'customizations/sub/unknown content.xml'));
copyFileSync(fx('defects/nested-comments.xml'), join(dir, 'customizations/sub/nested-comments.xml'));
writeFileSync(
  join(dir, 'customizations/clean.xml'),
  CLEAN_ANSWER_FILE,
);
const GLOB = 'customizations/**/*.xml';

function caf(...args: string[]) {
  const r = spawnSync(process.execPath, [pkg().bin, ...args], { cwd: dir, encoding: 'utf8', timeout: TEST_TIMEOUT_MS });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface JsonFile {
  file: string;
  status: string;
  error?: { code: string; line?: number; column?: number };
  reading: { code: string; line: number; column: number }[];
  diagnostics: { severity: string; code: string; line?: number; column?: number }[];
  notes: { line: number; column: number }[];
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string }; region?: { startLine: number; startColumn?: number } } }[];
}
interface SarifRule {
  id: string;
  helpUri: string;
  help: { text: string };
  shortDescription: { text: string };
}

describe('caf check --format sarif', () => {
  it('writes a SARIF 2.1.0 log that the schema accepts, with what --json reports', () => {
    const sarif = caf('check', '--format', 'sarif', GLOB);
    const json = caf('check', '--format', 'json', GLOB);
    expect(sarif.code).toBe(2); // nested-comments.xml is refused, as in every other format
    expect(json.code).toBe(2);
    expect(sarif.err).toMatch(/errors?, \d+ warnings?, 1 file not checked in 4 files\n$/);
    const log = JSON.parse(sarif.out) as { version: string; runs: { tool: { driver: { name: string; rules: SarifRule[] } }; results: SarifResult[]; invocations: { executionSuccessful: boolean }[] }[] };
    expect(schemaErrors(log)).toEqual([]);
    expect(log.version).toBe('2.1.0');
    const [run] = log.runs;
    expect(run.tool.driver.name).toBe('caf');
    expect(run.invocations[0].executionSuccessful).toBe(true);

    // The same findings as --json: file (as a URI relative to the working folder), code, level, line, column.
    const files = (JSON.parse(json.out) as { files: JsonFile[] }).files;
    expect(files.map((f) => f.file)).toEqual(['customizations/clean.xml', 'customizations/empty-template.xml', 'customizations/sub/nested-comments.xml', 'customizations/sub/unknown content.xml']);
    const fromJson = files.flatMap((f) => {
      const uri = f.file.split('/').map(encodeURIComponent).join('/');
      return [
        ...f.reading.map((w) => [uri, w.code, 'warning', w.line, w.column]),
        ...(f.error ? [[uri, f.error.code, 'error', f.error.line, f.error.column]] : []),
        ...f.diagnostics.map((d) => [uri, d.code, d.severity, d.line, d.column]),
        ...f.notes.map((n) => [uri, 'kept', 'note', n.line, n.column]),
      ];
    });
    const fromSarif = run.results.map((r) => {
      const loc = r.locations[0].physicalLocation;
      return [loc.artifactLocation.uri, r.ruleId, r.level, loc.region?.startLine, loc.region?.startColumn];
    });
    expect(fromSarif).toEqual(fromJson);
    expect(fromSarif.map((r) => r[0])).toContain('customizations/sub/unknown%20content.xml');
    expect(new Set(run.results.map((r) => r.level))).toEqual(new Set(['error', 'warning', 'note']));

    // Every result's rule: its index, its help text, and a link to its section of docs/format.md.
    const ids = run.tool.driver.rules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
    const owner = run.tool.driver.rules.find((r) => r.id === 'owner-empty')!;
    expect(owner.helpUri).toBe(`${FORMAT_DOC_URL}#22-attributes-and-their-values`);
    expect(owner.help.text).toContain('Owner is missing or empty');
    expect(owner.help.text).toContain('docs/format.md §2.2');
    expect(run.tool.driver.rules.find((r) => r.id === 'not-well-formed')!.helpUri).toBe(`${FORMAT_DOC_URL}#112-what-is-refused`);
    expect(run.tool.driver.rules.find((r) => r.id === 'kept')!.helpUri).toBe(`${FORMAT_DOC_URL}#113-what-is-kept-the-lossless-round-trip`);
  });

  it('exits as text does, and a clean folder gives a valid log without results', () => {
    expect(caf('check', '--format', 'sarif', 'customizations/clean.xml', 'customizations/empty-template.xml').code).toBe(1);
    const clean = caf('check', '--format', 'sarif', 'customizations/clean.xml');
    expect(clean.code).toBe(0);
    const log = JSON.parse(clean.out) as { runs: { results: unknown[]; tool: { driver: { rules: unknown[] } } }[] };
    expect(schemaErrors(log)).toEqual([]);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].tool.driver.rules).toEqual([]);
  });

  it('the schema check can fail: a wrong level or a missing message is refused', () => {
    const log = JSON.parse(caf('check', '--format', 'sarif', 'customizations/empty-template.xml').out) as { runs: { results: Record<string, unknown>[] }[] };
    log.runs[0].results[0].level = 'fatal';
    delete log.runs[0].results[1].message;
    expect(schemaErrors(log).length).toBeGreaterThanOrEqual(2);
  });

  it('a file that cannot be read is a tool execution notification, and the invocation did not succeed', () => {
    const reports: FileReport[] = [
      { file: 'missing.xml', status: 'unreadable', error: { code: 'unreadable', message: 'cannot read the file: no such file' }, diagnostics: [], notes: [], reading: [] },
    ];
    const log = JSON.parse(formatSarif(reports, dir)) as { runs: { invocations: { executionSuccessful: boolean; toolExecutionNotifications: { message: { text: string } }[] }[]; results: unknown[] }[] };
    expect(schemaErrors(log)).toEqual([]);
    expect(log.runs[0].results).toEqual([]);
    expect(log.runs[0].invocations[0].executionSuccessful).toBe(false);
    expect(log.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toBe('missing.xml: cannot read the file: no such file');
  });
});

/** The elements of an XML text, with their attributes and text, read by saxes; throws when not well-formed. */
function readXml(xml: string): { name: string; attributes: Record<string, string>; text: string }[] {
  const parser = new SaxesParser();
  const elements: { name: string; attributes: Record<string, string>; text: string }[] = [];
  const open: { text: string }[] = [];
  parser.on('error', (e) => {
    throw e;
  });
  parser.on('opentag', (t) => {
    const el = { name: t.name, attributes: t.attributes as Record<string, string>, text: '' };
    elements.push(el);
    open.push(el);
  });
  parser.on('text', (t) => {
    if (open.length > 0) open[open.length - 1].text += t;
  });
  parser.on('closetag', () => void open.pop());
  parser.write(xml).close();
  return elements;
}

describe('caf check --format junit', () => {
  it('writes well-formed JUnit XML: a testsuite per file, a failure for errors, an error for a refused file', () => {
    const r = caf('check', '--format', 'junit', GLOB);
    expect(r.code).toBe(2);
    const els = readXml(r.out);
    expect(els[0]).toMatchObject({ name: 'testsuites', attributes: { tests: '4', failures: '2', errors: '1' } });
    const suites = els.filter((e) => e.name === 'testsuite');
    expect(suites.map((s) => s.attributes.name)).toEqual(['customizations/clean.xml', 'customizations/empty-template.xml', 'customizations/sub/nested-comments.xml', 'customizations/sub/unknown content.xml']);
    expect(suites.map((s) => [s.attributes.failures, s.attributes.errors])).toEqual([['0', '0'], ['1', '0'], ['0', '1'], ['1', '0']]);
    const failures = els.filter((e) => e.name === 'failure');
    expect(failures).toHaveLength(2);
    expect(failures[0].text).toMatch(/^3:1: owner-empty /m);
    const error = els.find((e) => e.name === 'error')!;
    expect(error.attributes.type).toBe('not-well-formed');
    expect(error.attributes.message).toContain('(a repair is available: caf format --repair)');
    // Warnings and notes are in the testcase's output, markup quoted as text.
    const out = els.filter((e) => e.name === 'system-out').map((e) => e.text).join('\n');
    expect(out).toContain('11:5: warning target-id-empty ');
    expect(out).toContain('6:3: note kept Unknown element <RootCert>');
  });

  it('stays well-formed whatever a message holds: markup, quotes, control characters, lone surrogates', () => {
    const message = 'a <b> & "c" ]]> \u0001 \uD800 tail\nnext line';
    const reports: FileReport[] = [
      {
        file: 'odd "name" <&>.xml',
        status: 'ok',
        diagnostics: [{ severity: 'error', code: 'owner-empty', message, ref: { part: { kind: 'document' }, path: [] } as never, line: 1, column: 2 }],
        notes: [{ message, line: 3, column: 4 }],
        reading: [],
      },
    ];
    const els = readXml(formatJunit(reports));
    expect(els.find((e) => e.name === 'testsuite')!.attributes.name).toBe('odd "name" <&>.xml');
    expect(els.find((e) => e.name === 'failure')!.text).toBe('1:2: owner-empty a <b> & "c" ]]> \uFFFD \uFFFD tail\nnext line');
    expect(els.find((e) => e.name === 'system-out')!.text).toBe('3:4: note kept a <b> & "c" ]]> \uFFFD \uFFFD tail\nnext line');
  });
});

describe('caf check --format: usage', () => {
  it('refuses an unknown format, a missing one, and --json with another', () => {
    const bad = caf('check', '--format', 'xml', 'customizations/clean.xml');
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('option "--format" takes text, json, sarif or junit (got "xml")');
    expect(caf('check', 'customizations/clean.xml', '--format').err).toContain('option "--format" needs a value');
    expect(caf('check', '--json', '--format', 'sarif', 'customizations/clean.xml').err).toContain('--json is --format json');
    expect(caf('check', '--json', '--format=json', 'customizations/clean.xml').code).toBe(0);
  });
});

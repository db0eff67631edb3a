// Agreement with the imaging tool: every answer file of the differential corpus (tests/fixtures/agreement/) gets
// the verdict the tool's own load/merge/verify logic gave it, recorded by hand in verdicts.json. A file the tool
// refuses (REJECTED at load, merge or verify, or a CRASH while generating packages) must have an error in
// validate() and make `caf check` exit 1; a file it accepts must have no error and exit 0.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../src/cli/io.ts';
import { readFileBytes } from '../src/cli/io.ts';
import { main } from '../src/cli/main.ts';
import { validate } from '../src/model/validate/validate.ts';
import { fromXml } from '../src/xml/parse.ts';
import { readAsTool } from '../src/xml/tool-reading.ts';

type Verdict = 'ACCEPTED' | 'REJECTED' | 'CRASH';
interface Recorded {
  readonly verdict: Verdict;
  readonly stage?: 'load' | 'merge' | 'verify';
  readonly errors?: readonly string[];
  readonly warnings?: readonly string[];
  readonly strict?: boolean;
  readonly probe: string;
}

const dir = fileURLToPath(new URL('./fixtures/agreement/', import.meta.url));
const manifest = JSON.parse(readFileSync(join(dir, 'verdicts.json'), 'utf8')) as Record<string, unknown>;
const { note, ...byFile } = manifest;
const files = Object.entries(byFile as Record<string, Recorded>);

/** What the tool said, in one line. */
function toolSays(r: Recorded): string {
  const stage = r.stage ? ` at ${r.stage}` : '';
  const errors = r.errors?.length ? `: ${r.errors.join('; ')}` : '';
  return `${r.verdict}${stage}${errors}`;
}

/** The file as `caf check` reads and imports it, and what validate() says about it, in one line. */
async function weSay(file: string, strict: boolean): Promise<{ hasError: boolean; imported: boolean; text: string }> {
  let text: string;
  try {
    const read = readAsTool(await readFileBytes(file));
    if (!read.ok) throw new Error(read.error.message);
    text = read.text;
  } catch (e) {
    return { hasError: true, imported: false, text: `unreadable: ${e instanceof Error ? e.message : String(e)}` };
  }
  const r = fromXml(text);
  if (!r.ok) return { hasError: true, imported: false, text: `import refused: ${r.error.code} ${r.error.message}` };
  const diagnostics = validate(r.doc, { strict });
  const lines = diagnostics.map((d) => `${d.severity} ${d.code}: ${d.message}`);
  return {
    hasError: diagnostics.some((d) => d.severity === 'error'),
    imported: true,
    text: lines.length > 0 ? lines.join(' | ') : 'no diagnostics',
  };
}

async function cafCheck(file: string, strict: boolean): Promise<{ code: number; output: string }> {
  const out: string[] = [];
  const io: CliIo = { out: (t) => out.push(t), err: (t) => out.push(t), read: readFileBytes };
  const code = await main(['check', ...(strict ? ['--strict'] : []), file], io);
  return { code, output: out.join('').trim() };
}

describe('the differential corpus', () => {
  it('is recorded by hand from the oracle, covers at least 60 files and at least 25 of each class', () => {
    expect(typeof note === 'string' && /recorded by hand from the oracle/.test(note) && /\d{4}-\d{2}-\d{2}/.test(note), 'verdicts.json note').toBe(true);
    const accepted = files.filter(([, r]) => r.verdict === 'ACCEPTED').length;
    const refused = files.length - accepted;
    expect(files.length, 'files in verdicts.json').toBeGreaterThanOrEqual(60);
    expect(accepted, 'files the tool accepts').toBeGreaterThanOrEqual(25);
    expect(refused, 'files the tool refuses').toBeGreaterThanOrEqual(25);
  });

  it('lists every answer file of the folder once, each with a verdict and what it probes', () => {
    const onDisk = readdirSync(dir).filter((f) => f.endsWith('.xml')).sort();
    expect(files.map(([f]) => f).sort()).toEqual(onDisk);
    for (const [f, r] of files) {
      expect(['ACCEPTED', 'REJECTED', 'CRASH'], `${f} verdict`).toContain(r.verdict);
      expect(r.probe, `${f} probe`).toMatch(/\S/);
      expect(r.verdict === 'REJECTED' ? ['load', 'merge', 'verify'] : [undefined], `${f} stage`).toContain(r.stage);
    }
  });
});

describe.each(files)('%s', (name, r) => {
  const file = join(dir, name);
  const strict = r.strict === true;
  const refused = r.verdict !== 'ACCEPTED';
  const about = `${name}${strict ? ' (--strict)' : ''}, probing ${r.probe}: the tool says ${toolSays(r)}`;

  it(`validate() ${refused ? 'has an error' : 'has no error'}`, async () => {
    const ours = await weSay(file, strict);
    expect(ours.hasError, `${about}; we say ${ours.text}`).toBe(refused);
    // Refusing to import a file is agreement only where the tool, too, refuses it while loading.
    if (!ours.imported) expect(r.stage, `${about}; we refuse to import it: ${ours.text}`).toBe('load');
  });

  it(`caf check exits ${refused ? 1 : 0}`, async () => {
    const ours = await weSay(file, strict);
    const { code, output } = await cafCheck(file, strict);
    // A file caf cannot import at all (a DOCTYPE, UTF-16 without a BOM) exits 2, "not checked": also a refusal.
    const expected = refused ? (ours.imported ? [1] : [2]) : [0];
    expect(expected, `${about}; caf check exited ${code}: ${output}`).toContain(code);
  });
});

// caf's argument parsing (node:util parseArgs): commands, flags per command, `--`, and the usage errors' wording.

import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';

const help = { command: 'help', files: [], output: 'text', strict: false, repair: false, check: false, write: false };
const none = { output: 'text', strict: false, repair: false, check: false, write: false };

describe('parseArgs', () => {
  it('reads a command, its flags in any place and its files', () => {
    expect(parseArgs(['check', '--strict', 'a.xml', '--json', 'b.xml'])).toEqual({ ...none, command: 'check', files: ['a.xml', 'b.xml'], output: 'json', strict: true });
    expect(parseArgs(['format', 'a.xml', '--repair'])).toEqual({ ...none, command: 'format', files: ['a.xml'], repair: true });
    expect(parseArgs(['check', '-'])).toMatchObject({ files: ['-'] });
  });

  it('takes everything after -- as a file', () => {
    expect(parseArgs(['check', '--', '--json', '-x.xml'])).toEqual({ ...none, command: 'check', files: ['--json', '-x.xml'] });
  });

  it('shows help for no command, help, --help and -h, also after a command', () => {
    for (const argv of [[], ['help'], ['--help'], ['-h'], ['check', '--help'], ['format', '-h', 'a.xml']]) expect(parseArgs(argv)).toEqual(help);
  });

  it('names an unknown command, an unknown option and the command it was given to', () => {
    expect(parseArgs(['frobnicate'])).toEqual({ error: 'unknown command "frobnicate"' });
    expect(parseArgs(['check', '--nope', 'a.xml'])).toEqual({ error: 'unknown option "--nope" for check' });
    expect(parseArgs(['format', '--json', 'a.xml'])).toEqual({ error: 'unknown option "--json" for format' });
    expect(parseArgs(['check', '--repair', 'a.xml'])).toEqual({ error: 'unknown option "--repair" for check' });
    expect(parseArgs(['check', '-x', 'a.xml'])).toEqual({ error: 'unknown option "-x" for check' });
  });

  it('reads the value of --format, given apart or with =, and refuses others', () => {
    expect(parseArgs(['check', '--format', 'sarif', 'a.xml'])).toMatchObject({ output: 'sarif', files: ['a.xml'] });
    expect(parseArgs(['check', '--format=junit', 'a.xml'])).toMatchObject({ output: 'junit' });
    expect(parseArgs(['check', '--format', 'yaml', 'a.xml'])).toEqual({ error: 'option "--format" takes text, json, sarif or junit (got "yaml")' });
    expect(parseArgs(['check', 'a.xml', '--format'])).toEqual({ error: 'option "--format" needs a value: text, json, sarif or junit' });
    expect(parseArgs(['format', '--format', 'json', 'a.xml'])).toEqual({ error: 'unknown option "--format" for format' });
  });

  it('refuses a value given to a flag', () => {
    expect(parseArgs(['check', '--json=yes', 'a.xml'])).toEqual({ error: 'option "--json" takes no value (got "--json=yes")' });
  });

  it('needs a file, and format takes exactly one', () => {
    expect(parseArgs(['check'])).toEqual({ error: 'check needs a FILE' });
    expect(parseArgs(['check', '--json'])).toEqual({ error: 'check needs a FILE' });
    expect(parseArgs(['format'])).toEqual({ error: 'format needs a FILE' });
    expect(parseArgs(['format', 'a.xml', 'b.xml'])).toEqual({ error: 'format takes one FILE (got 2); --check and --write take several' });
    expect(parseArgs(['format', '--check', 'a.xml', 'b.xml'])).toMatchObject({ check: true, files: ['a.xml', 'b.xml'] });
    expect(parseArgs(['format', '--write', '--repair', 'c/**/*.xml'])).toMatchObject({ write: true, repair: true, files: ['c/**/*.xml'] });
    expect(parseArgs(['format', '--check', '--write', 'a.xml'])).toEqual({ error: 'format takes one of --check and --write' });
  });
});

// caf's argument parsing (node:util parseArgs): commands, flags per command, `--`, and the usage errors' wording.

import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/cli/args.ts';

const help = { command: 'help', files: [], json: false, strict: false, repair: false };

describe('parseArgs', () => {
  it('reads a command, its flags in any place and its files', () => {
    expect(parseArgs(['check', '--strict', 'a.xml', '--json', 'b.xml'])).toEqual({ command: 'check', files: ['a.xml', 'b.xml'], json: true, strict: true, repair: false });
    expect(parseArgs(['format', 'a.xml', '--repair'])).toEqual({ command: 'format', files: ['a.xml'], json: false, strict: false, repair: true });
    expect(parseArgs(['check', '-'])).toMatchObject({ files: ['-'] });
  });

  it('takes everything after -- as a file', () => {
    expect(parseArgs(['check', '--', '--json', '-x.xml'])).toEqual({ command: 'check', files: ['--json', '-x.xml'], json: false, strict: false, repair: false });
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

  it('refuses a value given to a flag', () => {
    expect(parseArgs(['check', '--json=yes', 'a.xml'])).toEqual({ error: 'option "--json" takes no value (got "--json=yes")' });
  });

  it('needs a file, and format takes exactly one', () => {
    expect(parseArgs(['check'])).toEqual({ error: 'check needs a FILE' });
    expect(parseArgs(['check', '--json'])).toEqual({ error: 'check needs a FILE' });
    expect(parseArgs(['format'])).toEqual({ error: 'format needs a FILE' });
    expect(parseArgs(['format', 'a.xml', 'b.xml'])).toEqual({ error: 'format takes one FILE (got 2)' });
  });
});

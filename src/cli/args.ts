// Command-line arguments: `caf <command> [flags] FILE...`, read with node:util's parseArgs (no dependency).

import { parseArgs as parseTokens } from 'node:util';

export type Command = 'check' | 'format' | 'help';

export interface Args {
  readonly command: Command;
  readonly files: readonly string[];
  readonly json: boolean;
  readonly strict: boolean;
  readonly repair: boolean;
}

export const USAGE = `Usage:
  caf check [--strict] [--json] FILE...   print each file's diagnostics
  caf format [--repair] FILE              write FILE back through the model to stdout
  caf simulate FILE [--mcc N] [--mnc N] [--spn T] [--gid1 H] [--iccid N] [--imsi N] [--condition NAME=VALUE]... [--json]
                                          what a phone gets for one SIM (caf simulate --help)
  caf testplan FILE [--csv]               one test per Target: a matching SIM, the expected settings, the check
  caf help                                show this text

check exits 0 when no file has an error, 1 when any has, 2 when a file cannot be read or parsed.
--strict   unknown Settings paths and setting names are errors (the imaging tool's /StrictSettingPolicies)
--json     one JSON object on stdout instead of text lines
--repair   format a file with a known documentation defect (nested comments, no-break space,
           "<--" comment, white space before <?xml) after repairing it; the changes go to stderr
A FILE that starts with "-" goes after "--": caf check -- -odd-name.xml`;

/** The flags each command takes (all boolean); --help / -h is taken by every command. */
const FLAGS = { check: ['json', 'strict'], format: ['repair'] } as const;

type Flag = (typeof FLAGS)[keyof typeof FLAGS][number];

const HELP: Args = { command: 'help', files: [], json: false, strict: false, repair: false };

/** The parsed arguments, or a usage error message. */
export function parseArgs(argv: readonly string[]): Args | { readonly error: string } {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return HELP;
  if (command !== 'check' && command !== 'format') return { error: `unknown command "${command}"` };
  const allowed: readonly Flag[] = FLAGS[command];
  const options = { ...Object.fromEntries(allowed.map((name) => [name, { type: 'boolean' as const }])), help: { type: 'boolean' as const, short: 'h' } };
  // Not parseArgs' strict mode, whose errors would be Node's wording: the checks below are as strict (an unknown
  // option, a value given to a flag), with messages that name the command.
  const { tokens } = parseTokens({ args: [...rest], options, allowPositionals: true, strict: false, tokens: true });
  const files: string[] = [];
  const flags = new Set<string>();
  for (const t of tokens) {
    if (t.kind === 'positional') files.push(t.value);
    else if (t.kind === 'option') {
      if (t.name !== 'help' && !(allowed as readonly string[]).includes(t.name)) return { error: `unknown option "${t.rawName}" for ${command}` };
      if (t.inlineValue) return { error: `option "${t.rawName}" takes no value (got "${t.rawName}=${t.value}")` };
      flags.add(t.name);
    }
  }
  if (flags.has('help')) return HELP;
  if (files.length === 0) return { error: `${command} needs a FILE` };
  if (command === 'format' && files.length > 1) return { error: `format takes one FILE (got ${files.length})` };
  return { command, files, json: flags.has('json'), strict: flags.has('strict'), repair: flags.has('repair') };
}

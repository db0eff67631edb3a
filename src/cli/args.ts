// Command-line arguments: `caf <command> [options] FILE...`, read with node:util's parseArgs (no dependency).

import { parseArgs as parseTokens } from 'node:util';

export type Command = 'check' | 'format' | 'help';

/** What `caf check` prints: text lines, one JSON object, a SARIF 2.1.0 log, or a JUnit XML report. */
export type CheckOutput = 'text' | 'json' | 'sarif' | 'junit';

export interface Args {
  readonly command: Command;
  /** Files and glob patterns, as given (files.ts expands them). */
  readonly files: readonly string[];
  readonly output: CheckOutput;
  readonly strict: boolean;
  readonly repair: boolean;
  /** format: report the files that are not in canonical form (exit 1), change nothing. */
  readonly check: boolean;
  /** format: rewrite in place the files that are not in canonical form. */
  readonly write: boolean;
}

export const USAGE = `Usage:
  caf check [--strict] [--format FORMAT] FILE...   print each file's diagnostics
  caf format [--repair] FILE                       write FILE back through the model to stdout
  caf format --check [--repair] FILE...            list the files not in canonical form (exit 1 if any)
  caf format --write [--repair] FILE...            rewrite in place the files not in canonical form
  caf simulate FILE [--mcc N] [--mnc N] [--spn T] [--gid1 H] [--iccid N] [--imsi N] [--condition NAME=VALUE]... [--json]
                                                   what a phone gets for one SIM (caf simulate --help)
  caf testplan FILE [--csv]                        one test per Target: a matching SIM, the expected settings, the check
  caf diff A B [--json]                            the changes from A to B by part (exit 0: equal in meaning, 1: not)
  caf help                                         show this text

check exits 0 when no file has an error, 1 when any has, 2 when a file cannot be read or parsed.
--strict   unknown Settings paths and setting names are errors (the imaging tool's /StrictSettingPolicies)
--format   text (default): file:line:column lines; json: one JSON object (--json is the same); sarif: a
           SARIF 2.1.0 log (code scanning); junit: JUnit XML, a testsuite per file (CI test reports)
--repair   format a file with a known documentation defect (nested comments, no-break space,
           "<--" comment, white space before <?xml) after repairing it; the changes go to stderr
A FILE may be a glob pattern, expanded by caf itself (quote it): caf check "customizations/**/*.xml"
(node_modules and dot folders are skipped). A FILE that starts with "-" goes after "--": caf check -- -odd.xml`;

/** The flags each command takes (all boolean); --help / -h is taken by every command. */
const FLAGS = { check: ['json', 'strict'], format: ['repair', 'check', 'write'] } as const;
/** The options that take a value, with the values they accept. */
const VALUES = { check: { format: ['text', 'json', 'sarif', 'junit'] }, format: {} } as const;

type Flag = (typeof FLAGS)[keyof typeof FLAGS][number];

const HELP: Args = { command: 'help', files: [], output: 'text', strict: false, repair: false, check: false, write: false };

const list = (values: readonly string[]) => `${values.slice(0, -1).join(', ')} or ${values[values.length - 1]}`;

/** The parsed arguments, or a usage error message. */
export function parseArgs(argv: readonly string[]): Args | { readonly error: string } {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') return HELP;
  if (command !== 'check' && command !== 'format') return { error: `unknown command "${command}"` };
  const allowed: readonly Flag[] = FLAGS[command];
  const valued: Readonly<Record<string, readonly string[]>> = VALUES[command];
  const options = {
    ...Object.fromEntries(allowed.map((name) => [name, { type: 'boolean' as const }])),
    ...Object.fromEntries(Object.keys(valued).map((name) => [name, { type: 'string' as const }])),
    help: { type: 'boolean' as const, short: 'h' },
  };
  // Not parseArgs' strict mode, whose errors would be Node's wording: the checks below are as strict (an unknown
  // option, a value given to a flag, a value missing), with messages that name the command.
  const { tokens } = parseTokens({ args: [...rest], options, allowPositionals: true, strict: false, tokens: true });
  const files: string[] = [];
  const flags = new Set<string>();
  const values = new Map<string, string>();
  for (const t of tokens) {
    if (t.kind === 'positional') files.push(t.value);
    else if (t.kind === 'option') {
      const accepted = valued[t.name];
      if (accepted) {
        if (t.value === undefined || t.value === '') return { error: `option "${t.rawName}" needs a value: ${list(accepted)}` };
        if (!accepted.includes(t.value)) return { error: `option "${t.rawName}" takes ${list(accepted)} (got "${t.value}")` };
        values.set(t.name, t.value);
        continue;
      }
      if (t.name !== 'help' && !(allowed as readonly string[]).includes(t.name)) return { error: `unknown option "${t.rawName}" for ${command}` };
      if (t.inlineValue) return { error: `option "${t.rawName}" takes no value (got "${t.rawName}=${t.value}")` };
      flags.add(t.name);
    }
  }
  if (flags.has('help')) return HELP;
  const format = values.get('format') as CheckOutput | undefined;
  if (flags.has('json') && format !== undefined && format !== 'json') return { error: `--json is --format json: give one of --json and --format ${format}` };
  if (flags.has('check') && flags.has('write')) return { error: 'format takes one of --check and --write' };
  if (files.length === 0) return { error: `${command} needs a FILE` };
  const many = flags.has('check') || flags.has('write');
  if (command === 'format' && !many && files.length > 1) return { error: `format takes one FILE (got ${files.length}); --check and --write take several` };
  return {
    command,
    files,
    output: flags.has('json') ? 'json' : (format ?? 'text'),
    strict: flags.has('strict'),
    repair: flags.has('repair'),
    check: flags.has('check'),
    write: flags.has('write'),
  };
}

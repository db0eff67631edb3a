// Command-line arguments: `caf <command> [flags] FILE...`. Kept tiny on purpose (no dependency).

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
  caf help                                show this text

check exits 0 when no file has an error, 1 when any has, 2 when a file cannot be read or parsed.
--strict   unknown Settings paths and setting names are errors (the imaging tool's /StrictSettingPolicies)
--json     one JSON object on stdout instead of text lines
--repair   format a file with a known documentation defect (nested comments, no-break space,
           "<--" comment, white space before <?xml) after repairing it; the changes go to stderr`;

/** The parsed arguments, or a usage error message. */
export function parseArgs(argv: readonly string[]): Args | { readonly error: string } {
  const [command, ...rest] = argv;
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    return { command: 'help', files: [], json: false, strict: false, repair: false };
  }
  if (command !== 'check' && command !== 'format') return { error: `unknown command "${command}"` };
  const files: string[] = [];
  const flags = new Set<string>();
  let onlyFiles = false;
  for (const a of rest) {
    if (!onlyFiles && a === '--') onlyFiles = true;
    else if (!onlyFiles && a.startsWith('--')) flags.add(a);
    else files.push(a);
  }
  const allowed = command === 'check' ? ['--json', '--strict'] : ['--repair'];
  const unknown = [...flags].find((f) => !allowed.includes(f));
  if (unknown) return { error: `unknown option "${unknown}" for ${command}` };
  if (files.length === 0) return { error: `${command} needs a FILE` };
  if (command === 'format' && files.length > 1) return { error: 'format takes one FILE' };
  return { command, files, json: flags.has('--json'), strict: flags.has('--strict'), repair: flags.has('--repair') };
}

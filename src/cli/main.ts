// The `caf` command: the editor's own import, checks and export, on the command line.
// bin/caf.js runs this file through tsx, so no build step is needed.

import { parseArgs, USAGE } from './args.ts';
import { runCheck } from './check.ts';
import { runFormat } from './format.ts';
import type { CliIo } from './io.ts';
import { nodeIo } from './io.ts';

/** Runs one command; returns the exit code (2 also for usage errors). */
export async function main(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  const args = parseArgs(argv);
  if ('error' in args) {
    io.err(`caf: ${args.error}\n\n${USAGE}\n`);
    return 2;
  }
  switch (args.command) {
    case 'help':
      io.out(`${USAGE}\n`);
      return 0;
    case 'check':
      return runCheck(args.files, args, io);
    case 'format':
      return runFormat(args.files[0], args, io);
  }
}

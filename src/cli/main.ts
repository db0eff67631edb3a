// The `caf` command: the editor's own import, checks and export, on the command line.
// vite.cli.config.ts bundles this file into dist-cli/caf.mjs, which bin/caf.js runs. `format` is loaded only when
// used: it brings the serializer (xmlbuilder2, two thirds of the code), which `check` never needs, so `check` starts
// without parsing it.

import { parseArgs, USAGE } from './args.ts';
import { runCheck } from './check.ts';
import type { CliIo } from './io.ts';
import { nodeIo } from './io.ts';

/** Runs one command; returns the exit code (2 also for usage errors). */
export async function main(argv: readonly string[], io: CliIo = nodeIo): Promise<number> {
  // simulate, testplan and diff parse their own options (string values, repeatable --condition).
  if (argv[0] === 'simulate') return (await import('./simulate.ts')).runSimulate(argv.slice(1), io);
  if (argv[0] === 'testplan') return (await import('./testplan.ts')).runTestPlan(argv.slice(1), io);
  if (argv[0] === 'diff') return (await import('./diff.ts')).runDiff(argv.slice(1), io);
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
      return (await import('./format.ts')).runFormat(args.files, args, io);
  }
}

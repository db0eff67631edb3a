// `caf testplan FILE [--csv]`: the test plan (src/model/simulate/testplan.ts), one row per Target, as Markdown
// or, with --csv, as RFC 4180 CSV. Exit 0, or 2 for a usage error or a file that cannot be opened.

import { parseArgs } from 'node:util';
import { testPlan } from '../model/simulate/testplan.ts';
import { testPlanCsv, testPlanMarkdown } from '../model/simulate/testplan-render.ts';
import type { CliIo } from './io.ts';
import { openDocument } from './open.ts';

export const TESTPLAN_USAGE = `Usage: caf testplan FILE [--csv]
One row per Target: a SIM that matches it, the value of every setting its Variants change, the check to make.
--csv   CSV (RFC 4180) instead of Markdown`;

export async function runTestPlan(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: { csv: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (e) {
    io.err(`caf: testplan: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n\n${TESTPLAN_USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    io.out(`${TESTPLAN_USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length !== 1) {
    io.err(`caf: testplan takes one FILE (got ${parsed.positionals.length})\n\n${TESTPLAN_USAGE}\n`);
    return 2;
  }
  const file = parsed.positionals[0];
  const doc = await openDocument(file, io);
  if (!doc) return 2;
  const plan = testPlan(doc);
  io.out(parsed.values.csv ? testPlanCsv(plan) : testPlanMarkdown(plan, `Test plan: ${doc.name || file}`));
  return 0;
}

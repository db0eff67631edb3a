// The bench row of `caf check` on a small file (bench/cli.bench.mjs's numbers), shared by a full `npm run bench`
// and BENCH_ONLY=cli (which measures only this row and replaces it in bench/results.json).

const r1 = (x) => Math.round(x * 10) / 10;

export const CLI_ROW = 'caf check on a small file, start to exit (bin/caf.js + bundle), median';

/**
 * The goal is 300 ms on this machine, where `node -e 0` took 110 ms (median of 25, load average 2.3, when the
 * bundle was made): 2.7 times Node's own start. On a busier machine both grow; the row then holds the command to the
 * same multiple of `node -e 0` measured in the same run.
 */
export const CLI_BUDGET_MS = 300;
export const CLI_BUDGET_RATIO = 2.7;

export function cliRow(cli) {
  const ratio = cli.bundle.median / cli.nodeOnly.median;
  return {
    name: CLI_ROW,
    budget: `≤ ${CLI_BUDGET_MS} ms, or ≤ ${CLI_BUDGET_RATIO}× node -e 0 on a busy machine`,
    measured: `${r1(cli.bundle.median)} ms vs node -e 0 ${r1(cli.nodeOnly.median)} ms`,
    ratio: Math.round(ratio * 100) / 100,
    status: cli.bundle.median <= CLI_BUDGET_MS || ratio <= CLI_BUDGET_RATIO ? 'pass' : 'MISS',
    note:
      `ratio = × node -e 0 in the same run (${cli.bundle.runs} runs each, interleaved); p95 ${r1(cli.bundle.p95)} ms vs ${r1(cli.nodeOnly.p95)} ms; ` +
      `the TypeScript sources through tsx, as before the bundle: median ${r1(cli.tsx.median)} ms = ${r1(cli.tsx.median / cli.nodeOnly.median)}× node -e 0 (${cli.tsx.runs} runs)`,
  };
}

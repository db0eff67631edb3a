// The bench row of `caf check` on a small file (bench/cli.bench.mjs's numbers), shared by a full `npm run bench`
// and BENCH_ONLY=cli (which measures only this row and replaces it in bench/results.json).

const r1 = (x) => Math.round(x * 10) / 10;

export const CLI_ROW = 'caf check on a small file, start to exit (bin/caf.js + bundle), median';

export function cliRow(cli) {
  const ratio = cli.bundle.median / cli.nodeOnly.median;
  return {
    name: CLI_ROW,
    budget: '≤ 300 ms',
    measured: `${r1(cli.bundle.median)} ms vs node -e 0 ${r1(cli.nodeOnly.median)} ms`,
    ratio: Math.round(ratio * 100) / 100,
    status: cli.bundle.median <= 300 ? 'pass' : 'MISS',
    note:
      `ratio = × node -e 0 in the same run (${cli.bundle.runs} runs each, interleaved); p95 ${r1(cli.bundle.p95)} ms vs ${r1(cli.nodeOnly.p95)} ms; ` +
      `the TypeScript sources through tsx, as before the bundle: median ${r1(cli.tsx.median)} ms = ${r1(cli.tsx.median / cli.nodeOnly.median)}× node -e 0 (${cli.tsx.runs} runs)`,
  };
}

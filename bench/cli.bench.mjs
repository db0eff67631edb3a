// `caf check` on a small file, start to exit: the built launcher (bin/caf.js + dist-cli/caf.mjs, built by
// scripts/bench.mjs just before) against `node -e 0` in the same run, interleaved so both see the same load, and
// the old way (the TypeScript sources through tsx) for comparison. Plain JavaScript: nothing here needs tsx.
// Prints one JSON object on stdout. BENCH_CLI_RUNS sets the runs of each (default 21; tsx gets a third of them).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUNS = Number(process.env.BENCH_CLI_RUNS ?? 21);
const NS = 'http://schemas.microsoft.com/embedded/2004/10/ImageUpdate';
const SMALL = `<?xml version="1.0" encoding="utf-8"?>
<ImageCustomizations xmlns="${NS}" Name="Small" Description="d" Owner="Contoso" OwnerType="OEM">
  <Static>
    <Settings Path="Multivariant">
      <Setting Name="Enable" Value="1" />
    </Settings>
  </Static>
</ImageCustomizations>
`;

const dir = mkdtempSync(join(tmpdir(), 'caf-bench-'));
const file = join(dir, 'small.xml');
writeFileSync(file, SMALL);

/** Milliseconds from spawn to exit of `node ...args`; throws unless it exits with `expected`. */
function once(args, expected = 0) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, args, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== expected) throw new Error(`node ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

function stats(samples) {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
  return { median: at(0.5), p95: at(0.95), min: s[0], runs: s.length };
}

const nodeOnly = ['-e', '0'];
const bundle = [join(root, 'bin/caf.js'), 'check', file];
const viaTsx = [
  '--import', 'tsx', '--input-type=module', '-e',
  "const { main } = await import('./src/cli/main.ts'); process.exitCode = await main(process.argv.slice(1));",
  'check', file,
];

try {
  for (let i = 0; i < 2; i++) for (const args of [nodeOnly, bundle, viaTsx]) once(args); // warm the file cache
  const samples = { nodeOnly: [], bundle: [], tsx: [] };
  for (let i = 0; i < RUNS; i++) {
    samples.nodeOnly.push(once(nodeOnly));
    samples.bundle.push(once(bundle));
    if (i % 3 === 0) samples.tsx.push(once(viaTsx));
  }
  const out = { file: 'a 9-line answer file, 0 diagnostics', nodeOnly: stats(samples.nodeOnly), bundle: stats(samples.bundle), tsx: stats(samples.tsx) };
  process.stdout.write(`${JSON.stringify(out)}\n`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}

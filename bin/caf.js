#!/usr/bin/env node
// Launcher for the `caf` command: runs the built bundle dist-cli/caf.mjs (vite.cli.config.ts; `npm run build:cli`,
// which `npm install` runs as the `prepare` script). The bundle is self-contained, so a packed install needs
// neither src/ nor tsx. When it is missing (a clone installed with --ignore-scripts, a deleted dist-cli/), this
// says how to build it instead of failing with a module-not-found trace; it does not build on the fly, because a
// build needs Vite (a devDependency) and two commands building at once would race on the same file.
import { existsSync, readFileSync, statSync } from 'node:fs';
import module from 'node:module';
import { fileURLToPath } from 'node:url';

// Node 22.1 and later keep the compiled bundle in a cache on disk for the next start; Node 20 has no such cache.
module.enableCompileCache?.();

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = new URL('../dist-cli/caf.mjs', import.meta.url);

if (!existsSync(bundle)) {
  process.stderr.write(
    `caf: the command is not built yet (${fileURLToPath(bundle)} is missing).\n` +
      `Build it with \`npm run build:cli\` in ${root} (npm install builds it too, unless run with --ignore-scripts).\n`,
  );
  process.exit(2);
}

// In a checkout, a bundle older than the sources it was built from gives old answers: say so.
const inputs = new URL('../dist-cli/inputs.json', import.meta.url);
if (existsSync(new URL('../src/cli/main.ts', import.meta.url)) && existsSync(inputs)) {
  const built = statSync(bundle).mtimeMs;
  const changed = JSON.parse(readFileSync(inputs, 'utf8')).find((f) => (statSync(new URL(`../${f}`, import.meta.url), { throwIfNoEntry: false })?.mtimeMs ?? 0) > built);
  if (changed) process.stderr.write(`caf: warning: ${changed} changed after dist-cli/caf.mjs was built; run \`npm run build:cli\` to use the change\n`);
}

const { main } = await import(bundle.href);
process.exitCode = await main(process.argv.slice(2));

// The page under bench: a production build (the app, and the stack-floor page at /floor/) and `vite preview`
// serving it, started and stopped by scripts/bench.mjs and bench/compiler-ab.mjs.

import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** BENCH_PORT (default 4471): another checkout's bench may hold the default port. */
export const PORT = Number(process.env.BENCH_PORT ?? 4471);
export const URL_ = `http://127.0.0.1:${PORT}`;

/**
 * CPU seconds (user + system) of this process's finished children (Linux: /proc/self/stat cutime + cstime, in
 * clock ticks of 1/100 s), or null elsewhere. A build's CPU time depends far less on the machine's load than its
 * wall-clock time.
 */
function childCpuSeconds() {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    return (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    return null;
  }
}

/**
 * Builds the app into `outDir` and the floor page into `outDir`/floor with the app's config, under `extraEnv`
 * (REACT_COMPILER=0: without the React Compiler). Returns the wall-clock and CPU seconds of each build.
 */
export function buildPage(root, dir, extraEnv = {}) {
  // Absolute: the floor page's config has its own root (bench/floor/), against which a relative outDir would land.
  const outDir = resolve(root, dir);
  const vite = join(root, 'node_modules/.bin/vite');
  const env = { ...process.env, ...extraEnv };
  const r1 = (x) => Math.round(x * 10) / 10;
  const timed = (args, what) => {
    const t0 = performance.now();
    const c0 = childCpuSeconds();
    const b = spawnSync(vite, args, { cwd: root, env, stdio: 'inherit' });
    if (b.status !== 0) throw new Error(`vite build of ${what} failed`);
    const c1 = childCpuSeconds();
    return { wall: r1((performance.now() - t0) / 1000), cpu: c0 === null || c1 === null ? null : r1(c1 - c0) };
  };
  const app = timed(['build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn'], 'the app');
  // The stack-floor page (bench/floor/): the same fixed parts without the app, served at /floor/.
  const floor = timed(['build', '--config', 'bench/floor/vite.config.ts', '--outDir', join(outDir, 'floor'), '--emptyOutDir', '--logLevel', 'warn'], 'the floor page');
  return { appSeconds: app.wall, appCpuSeconds: app.cpu, floorSeconds: floor.wall, floorCpuSeconds: floor.cpu };
}

let server = null;

export function stopServer() {
  if (server && server.exitCode === null) {
    try {
      process.kill(server.pid, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }
  server = null;
}

/** Serves `outDir` on PORT and resolves once it answers; a second call stops the first server. */
export async function startServer(root, outDir) {
  stopServer();
  // ./node_modules/.bin/vite, not npx: killing npx would leave its child server running.
  const s = spawn(join(root, 'node_modules/.bin/vite'), ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort', '--outDir', outDir], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  server = s;
  for (let i = 0; i < 100; i++) {
    if (s.exitCode !== null) throw new Error(`vite preview exited (${s.exitCode}); is port ${PORT} in use? (set BENCH_PORT)`);
    try {
      if ((await fetch(URL_)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error('vite preview did not start');
}

process.on('exit', stopServer);

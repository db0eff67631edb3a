#!/usr/bin/env node
// Launcher for the `caf` command. It runs the TypeScript sources directly through tsx's ESM API, so a fresh
// clone works right after `npm install` with no build step (tsx is a runtime dependency for this reason).
import { tsImport } from 'tsx/esm/api';

const { main } = await tsImport('../src/cli/main.ts', import.meta.url);
process.exitCode = await main(process.argv.slice(2));

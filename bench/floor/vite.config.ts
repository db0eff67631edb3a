// The stack-floor page (main.tsx), built by npm run bench into dist-bench/floor/ with the app's own config
// (React Compiler, aliases), served at /floor/ next to the app.
import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig } from 'vite';
import app from '../../vite.config.ts';

export default mergeConfig(app, defineConfig({ root: fileURLToPath(new URL('.', import.meta.url)), base: '/floor/' }));

/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react, { reactCompilerPreset } from '@vitejs/plugin-react';
import babel from '@rolldown/plugin-babel';
import { BASE_HEADERS, cspPlugin, securityHeaders } from './scripts/csp.ts';
import { TEST_TIMEOUT_MS } from './tests/support/time-limits.ts';

export default defineConfig({
  // React Compiler: components and their callbacks and elements are memoised automatically, so a keystroke
  // re-renders the field it changed, not the form around it (the speed budget of issue 6).
  // cspPlugin: the Content-Security-Policy as <meta> in the built page (scripts/csp.ts; the header is below).
  plugins: [react(), babel({ presets: [reactCompilerPreset()] }), cspPlugin()],
  resolve: {
    alias: [
      // xmlbuilder2 -> @oozcitak/url does require("url"); Vite would externalize it (warning + empty module).
      { find: /^url$/, replacement: fileURLToPath(new URL('./src/shims/node-url.ts', import.meta.url)) },
      // Parts of xmlbuilder2's dependencies the serializer never calls (YAML input, URL parsing): ~17 kB gzip less.
      { find: /^js-yaml$/, replacement: fileURLToPath(new URL('./src/shims/js-yaml.ts', import.meta.url)) },
      { find: /^@oozcitak\/url\/lib\/URLAlgorithm$/, replacement: fileURLToPath(new URL('./src/shims/oozcitak-url.ts', import.meta.url)) },
    ],
  },
  // No policy in dev (React refresh's inline preamble); `vite preview` (npm start, e2e) sends it as a header.
  server: { host: '127.0.0.1', port: 5173, strictPort: true, headers: { ...BASE_HEADERS } },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true, headers: securityHeaders() },
  build: {
    chunkSizeWarningLimit: 600,
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            // start-storage.ts and what it imports, in a chunk of their own: the entry imports it first, so the saved
            // workspace is being opened and read while the chunks after it evaluate (as part of the entry chunk it
            // ran after all of them).
            { name: 'start-storage', test: /src[\\/](start-storage|store[\\/]storage-open|lib[\\/]storage)\.ts$/, priority: 1 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'xml', test: /node_modules[\\/](xmlbuilder2|@oozcitak|js-yaml|events|argparse|saxes|xmlchars)[\\/]/ },
            { name: 'codemirror', test: /node_modules[\\/](@codemirror|style-mod|w3c-keyname|crelt)[\\/]/ },
          ],
        },
      },
    },
  },
  test: {
    include: ['tests/**/*.test.ts', 'src/**/*.test.ts'],
    environment: 'node',
    // Hang guards only (tests/support/time-limits.ts): property tests run hundreds of cases, the CLI tests build a
    // bundle, and a loaded 2-core machine takes its time over both.
    testTimeout: TEST_TIMEOUT_MS,
    hookTimeout: TEST_TIMEOUT_MS,
  },
});

/// <reference types="vitest/config" />
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react, { reactCompilerPreset } from '@vitejs/plugin-react';
import babel from '@rolldown/plugin-babel';
import { VitePWA } from 'vite-plugin-pwa';
import { BASE_HEADERS, cspPlugin, securityHeaders } from './scripts/csp.ts';
import { foundingTextPlugin } from './scripts/founding-text.ts';
import { TEST_TIMEOUT_MS } from './tests/support/time-limits.ts';

// React Compiler: components and their callbacks and elements are memoised automatically, so a keystroke
// re-renders the field it changed, not the form around it (the speed budget of issue 6). REACT_COMPILER=0 builds
// without it (the bench's A/B: BENCH_ONLY=compiler). COMPILER_ALL=1 runs it over every module as before (for
// measuring the restriction below).
const compiler = process.env.REACT_COMPILER !== '0';
// Only modules that can hold components or hooks go through Babel: .tsx files and the .ts of src/ui and src/store
// (hooks); the model, the XML layer, src/lib and node_modules are left to Rolldown alone. The built page is the
// same, byte for byte, as with every module compiled (checked when this was written), for less CPU (the bench's
// compilerAB in bench/results.json: 13.2 s against 15.9 s for the app; 2.9 s without the compiler).
const compilerInclude = process.env.COMPILER_ALL === '1' ? undefined : [/\.tsx$/, /[\\/]src[\\/](ui|store)[\\/].*\.ts$/];
// Offline (issue 23): a Workbox service worker precaches every file of the build, so that after the first visit
// the app opens and works with no network. Nothing from another origin is cached (the app fetches nothing from
// one). A new build is never switched to on its own: registerType 'prompt' leaves the new worker waiting until
// the user chooses Reload (src/ui/app/UpdatePrompt.tsx, which also registers the worker: injectRegister false,
// so no inline script is added and the CSP stays script-src 'self').
const pwa = VitePWA({
  registerType: 'prompt',
  injectRegister: false,
  // The icons and the manifest are precached through globPatterns (the plugin adds the manifest itself).
  includeManifestIcons: false,
  manifest: {
    name: 'CAF Studio',
    short_name: 'CAF Studio',
    description: 'Edit Windows 10 Mobile customization answer files, offline.',
    start_url: '.',
    scope: '.',
    display: 'standalone',
    background_color: '#f6f7f9',
    theme_color: '#1f5fa8',
    icons: [
      { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
      { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
      { src: 'icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
      { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
    ],
  },
  workbox: {
    globPatterns: ['**/*.{js,css,html,svg,png}'],
    navigateFallback: 'index.html',
    cleanupOutdatedCaches: true,
    // No runtimeCaching: only the build's own files are cached.
  },
  devOptions: { enabled: false },
});

export default defineConfig({
  // cspPlugin: the Content-Security-Policy as <meta> in the built page (scripts/csp.ts; the header is below).
  // foundingTextPlugin: the first document's XML, written at build time (scripts/founding-text.ts).
  plugins: [react(), ...(compiler ? [babel({ include: compilerInclude, presets: [reactCompilerPreset()] })] : []), cspPlugin(), foundingTextPlugin(), pwa],
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
            { name: 'start-storage', test: /src[\\/](start-storage|store[\\/]saved[\\/]storage-open|lib[\\/]storage)\.ts$/, priority: 1 },
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

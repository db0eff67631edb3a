// The `caf` command as self-contained ES modules for Node: `npm run build:cli` (also the `prepare` script, so
// `npm install`, `npm ci` and `npm pack` build it) writes dist-cli/caf.mjs, which bin/caf.js runs, and
// dist-cli/caf-format.mjs, the serializer that only `caf format` loads. Everything the CLI needs is inlined (the
// catalog JSON, saxes, xmlbuilder2); only Node's built-in modules stay imports, so dist-cli/ runs without src/,
// tsx or node_modules.
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));
const shim = (file: string) => fileURLToPath(new URL(`./src/shims/${file}`, import.meta.url));

/** dist-cli/inputs.json: the project files the bundle was built from, so bin/caf.js can tell a stale bundle. */
const inputsList: Plugin = {
  name: 'caf-inputs-list',
  generateBundle(_options, bundle) {
    const files = new Set<string>();
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      for (const id of chunk.moduleIds) {
        const rel = relative(root, id).split(sep).join('/');
        if (rel.startsWith('src/')) files.add(rel);
      }
    }
    this.emitFile({ type: 'asset', fileName: 'inputs.json', source: `${JSON.stringify([...files].sort())}\n` });
  },
};

export default defineConfig({
  // No public/ copying, no .env files: this build has nothing to do with the page.
  publicDir: false,
  envDir: false,
  plugins: [inputsList],
  resolve: {
    alias: [
      // The parts of xmlbuilder2 the serializer never calls (YAML input, URL parsing), left out as in the page's
      // build: a smaller file parses faster at every start.
      { find: /^js-yaml$/, replacement: shim('js-yaml.ts') },
      { find: /^@oozcitak\/url\/lib\/URLAlgorithm$/, replacement: shim('oozcitak-url.ts') },
    ],
  },
  ssr: {
    // Bundle every package instead of importing it from node_modules at run time.
    noExternal: true,
    target: 'node',
  },
  build: {
    ssr: 'src/cli/main.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    sourcemap: false,
    copyPublicDir: false,
    reportCompressedSize: false,
    rolldownOptions: {
      output: { entryFileNames: 'caf.mjs', chunkFileNames: 'caf-[name].mjs', format: 'es' },
    },
  },
});

// ESLint flat config. Besides the usual TypeScript and React rules, it enforces the layer rules of
// docs/architecture.md: model and xml are pure; only xml knows the XML libraries; only store knows zustand.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

const uiLibs = ['react', 'react-dom', 'react-dom/*', '@mui/*', '@emotion/*', '@codemirror/*'];
const xmlLibs = ['xmlbuilder2', 'xmlbuilder2/*', 'saxes'];

function restrict(patterns, message) {
  return { 'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }] };
}

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'bench/tmp', 'node_modules', 'test-results', 'playwright-report', 'reports', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/ui/**/*.{ts,tsx}', 'src/main.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: ['src/model/**/*.ts'],
    rules: restrict(
      [...uiLibs, ...xmlLibs, 'zustand', 'zustand/*', '**/xml/*', '**/store/*', '**/ui/*', '**/ui/**', '**/lib/*', '**/cli/*'],
      'src/model is the pure core: it may not import UI, store, XML, lib or CLI code.',
    ),
  },
  {
    files: ['src/xml/**/*.ts'],
    rules: restrict(
      [...uiLibs, 'zustand', 'zustand/*', '**/store/*', '**/ui/*', '**/ui/**', '**/lib/*', '**/cli/*'],
      'src/xml is pure: it may import the model and the XML libraries only.',
    ),
  },
  {
    files: ['src/store/**/*.ts'],
    rules: restrict([...uiLibs, ...xmlLibs, '**/ui/*', '**/ui/**', '**/cli/*'], 'src/store may import model, xml and lib, never UI.'),
  },
  {
    files: ['src/lib/**/*.ts'],
    rules: restrict(
      [...uiLibs, ...xmlLibs, 'zustand', 'zustand/*', '**/store/*', '**/ui/*', '**/ui/**'],
      'src/lib holds browser side effects only.',
    ),
  },
  {
    files: ['src/ui/**/*.{ts,tsx}'],
    rules: restrict([...xmlLibs, 'zustand', 'zustand/*', '**/cli/*'], 'UI reaches XML and zustand only through src/xml modules and the store.'),
  },
);

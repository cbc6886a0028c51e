import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'util', 'stream', 'events', 'buffer', 'process'];

const sharedPatterns = [
  { group: ['electron', 'electron/*'], message: 'shared/ must not import Electron.' },
  { group: nodeBuiltins, message: 'shared/ must not import Node built-ins.' },
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*'], message: 'shared/ must not depend on the UI.' },
  { group: ['**/electron/**', '**/renderer/**'], message: 'shared/ is imported by both sides, never the other way round.' },
];

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='exec'][callee.object.name=/^(child_process|cp)$/]",
          message: 'Start processes with execFile and an argument list, never a shell string.',
        },
      ],
    },
  },
  {
    files: ['electron/**/*.ts', 'tests/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts', '*.config.*'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The OCR worker thread is a CommonJS file that Node starts by path.
    files: ['electron/**/*.cjs', 'tests/**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // shared/ runs in the renderer and in main alike: no Electron, no Node, no DOM.
    files: ['shared/**/*.ts'],
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: sharedPatterns }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'process', 'Buffer', 'require', '__dirname'],
    },
  },
  {
    // The contract (shared/api) is built on the domain, never the other way round: domain
    // code owns its types, and the validation vocabulary stays in the contract.
    files: ['shared/**/*.ts'],
    ignores: ['shared/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...sharedPatterns,
            { group: ['**/api/*', '**/api/**'], message: 'Domain code in shared/ must not import the contract (shared/api); move the type it needs down.' },
          ],
        },
      ],
    },
  },
  {
    // The core runs in plain Node for tests: everything Electron-specific lives in main/.
    files: ['electron/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'electron/core must not import Electron; put it behind a port in electron/main.' },
            { group: ['**/main/**', '**/preload/**', '**/renderer/**'], message: 'electron/core must not reach into main, preload or the renderer.' },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['electron', 'electron/*'], message: 'The renderer talks to the core only through window.api.' },
            { group: nodeBuiltins, message: 'The renderer has no Node.' },
            { group: ['**/electron/**'], message: 'The renderer talks to the core only through window.api.' },
          ],
        },
      ],
    },
  },
);

import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Dependencies point one way (app → components → db/queries → lib): no cycles anywhere.
      'import/no-cycle': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Reader pages use plain <a> on purpose: every page is a whole document the page cache keeps,
    // and the router's prefetches would bypass it.
    files: ['app/**/*.tsx', 'components/**/*.tsx'],
    rules: { '@next/next/no-html-link-for-pages': 'off', '@next/next/no-img-element': 'off' },
  },
  {
    // Playwright's fixture callback is named `use`, not React's hook; parsed XML and JSON in tests
    // are untyped by nature, and the assertions are what check their shape.
    files: ['tests/**/*.ts'],
    rules: { 'react-hooks/rules-of-hooks': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  globalIgnores(['.next/**', '.next-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'bench/results/**', 'data/**']),
]);

import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import prettier from 'eslint-config-prettier/flat';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Dependencies point one way (app → components → db/queries → lib): no cycles anywhere.
      'import/no-cycle': 'error',
      // …and that one way is enforced: each layer imports only the layers below it.
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './lib', from: ['./db', './components', './app'], message: 'lib/ is the bottom layer: it may not import db/, components/ or app/.' },
            { target: './db', from: ['./components', './app'], message: 'db/ may import lib/ only, never components/ or app/.' },
            { target: './components', from: './app', message: 'components/ may not import app/: let the page pass actions and data in as props.' },
          ],
        },
      ],
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
  // Layout is Prettier's (npm run format; checked by npm run lint): no ESLint rule argues with it.
  prettier,
  globalIgnores(['.next/**', '.next-*/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts', 'bench/results/**', 'data/**']),
]);

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// Integration tests run against real SQLite files: the global setup migrates and seeds a template
// once per run, and tests/helpers/vitest-file-db.ts gives each test file its own copy of it. Set
// here, in the main process, so the setup and every worker see the same paths.
if (!process.env.QAMSHY_TEST_DIR) {
  process.env.QAMSHY_TEST_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'qamshy-vitest-'));
  process.env.QAMSHY_TEMPLATE_DB = path.join(process.env.QAMSHY_TEST_DIR, 'template.db');
  // Until a test file's copy is made: importing @/db/client here (the global setup does) opens a
  // connection at once, which must not hold the template open.
  process.env.DATABASE_URL = ':memory:';
  process.env.UPLOADS_DIR = path.join(process.env.QAMSHY_TEST_DIR, 'uploads');
  process.env.SITE_URL = 'http://qamshy.test';
}

export default defineConfig({
  resolve: {
    alias: {
      '@': root,
      // The real package throws outside a React Server Component bundle.
      'server-only': fileURLToPath(new URL('./tests/helpers/server-only-stub.ts', import.meta.url)),
    },
  },
  test: {
    environment: 'node',
    // next-intl ships ESM that imports "next/navigation" without an extension;
    // inlining lets Vite resolve it instead of Node's strict ESM loader.
    server: { deps: { inline: ['next-intl'] } },
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/integration/**/*.test.ts'],
    globalSetup: ['tests/helpers/vitest-global-setup.ts'],
    setupFiles: ['tests/helpers/vitest-file-db.ts'],
    testTimeout: 20000,
    // Native modules (better-sqlite3, sharp) are not safe to share across worker threads.
    pool: 'forks',
  },
});

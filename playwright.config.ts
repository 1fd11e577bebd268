import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { adminCreateCommands } from './tests/helpers/accounts';

// The config is evaluated in the runner and again in each worker; values stored in process.env
// here are inherited by the workers, so every process agrees on one port and one database.
if (!process.env.E2E_PORT) {
  const probe = spawnSync(
    process.execPath,
    ['-e', "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"],
    { encoding: 'utf8' },
  );
  process.env.E2E_PORT = probe.stdout.trim();
}
if (!process.env.E2E_DATA_DIR) process.env.E2E_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'qamshy-e2e-'));

const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;
const serverEnv = {
  DATABASE_URL: path.join(process.env.E2E_DATA_DIR, 'portal.db'),
  UPLOADS_DIR: path.join(process.env.E2E_DATA_DIR, 'uploads'),
  SITE_URL: baseURL,
  NEXT_DIST_DIR: process.env.E2E_DIST_DIR ?? '.next-e2e',
  NEXT_TELEMETRY_DISABLED: '1',
  PORT: String(port),
  // Dates must come out in Almaty time whatever the server's own zone is.
  TZ: 'America/New_York',
};
process.env.E2E_DATABASE_URL = serverEnv.DATABASE_URL;

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // One folder per build folder, so parallel runs never delete each other's traces.
  outputDir: `test-results/artifacts${(process.env.E2E_DIST_DIR ?? '.next-e2e').replace('.next-e2e', '')}`,
  fullyParallel: false,
  // A test.only left in a commit would silently skip every other test on CI.
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  reporter: [['list']],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    // Debian's Chromium: Playwright's own browser download cannot reach its host here.
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
  projects: [
    { name: 'chromium', testDir: 'tests/e2e', use: { ...devices['Desktop Chrome'], channel: undefined } },
    // `npm run test:security`: attacks on the same built server (see SECURITY.md).
    { name: 'security', testDir: 'tests/security', timeout: 180_000, use: { ...devices['Desktop Chrome'], channel: undefined } },
  ],
  webServer: {
    // The real thing: migrate + seed a temp database, create accounts, `next build`, then the
    // front server around Next, as `npm start` runs it.
    command: `npx tsx scripts/seed.ts && ${adminCreateCommands()} && npx next build && npx tsx scripts/build-server.ts && npm run serve`,
    url: `${baseURL}/api/health`,
    env: serverEnv,
    timeout: 420_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});

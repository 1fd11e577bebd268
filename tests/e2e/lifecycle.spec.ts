import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { freePort } from '../../scripts/free-port';

// A second server from the same build, on its own database, so stopping it disturbs no other test.
const distDir = process.env.E2E_DIST_DIR ?? '.next-e2e';

function get(port: number, urlPath: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path: urlPath, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (chunk: string) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode!, body }));
      })
      .on('error', reject);
  });
}

async function waitForHealth(port: number, server: ChildProcess): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (server.exitCode !== null) throw new Error('the server exited before answering');
    try {
      if ((await get(port, '/api/health')).status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the server did not become healthy');
}

test('SIGTERM: requests in flight finish, health says stopping, then connections are refused and the WAL is folded into the database', async () => {
  test.setTimeout(120_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamshy-lifecycle-'));
  const port = await freePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    NEXT_DIST_DIR: distDir,
    DATABASE_URL: path.join(dir, 'portal.db'),
    UPLOADS_DIR: path.join(dir, 'uploads'),
    PORT: String(port),
    HOST: '127.0.0.1',
    SITE_URL: `http://127.0.0.1:${port}`,
  };
  expect(spawnSync(process.execPath, ['node_modules/tsx/dist/cli.mjs', 'scripts/seed.ts'], { env, encoding: 'utf8' }).status).toBe(0);
  const server = spawn(process.execPath, [path.join(distDir, 'qamshy-server.mjs')], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  server.stdout!.on('data', (chunk) => (log += chunk));
  server.stderr!.on('data', (chunk) => (log += chunk));
  const exited = new Promise<number | null>((resolve) => server.on('exit', (code) => resolve(code)));
  try {
    await waitForHealth(port, server);
    // Uncached renders (each a different listing page) so they are still running when the signal comes.
    const inFlight = ['/kk', '/ru', '/kk-latn', '/kk/search?q=партия', '/ru/search?q=Казахстан', '/kk/search?q=Астана'].map((p) => get(port, encodeURI(p)));
    await new Promise((resolve) => setTimeout(resolve, 30));
    server.kill('SIGTERM');
    // While it drains, it says so to a balancer's health check.
    const during = await get(port, '/api/health');
    expect(during.status).toBe(503);
    expect(JSON.parse(during.body)).toEqual({ status: 'stopping' });
    const answers = await Promise.all(inFlight);
    expect(answers.map((a) => a.status)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(await exited).toBe(0);
    await expect(get(port, '/api/health')).rejects.toThrow(/ECONNREFUSED/);
    const wal = path.join(dir, 'portal.db-wal');
    expect(!fs.existsSync(wal) || fs.statSync(wal).size === 0).toBe(true);
    // The log is JSON lines: the drain and the stop are recorded.
    const lines = log
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { message: string });
    expect(lines.some((line) => line.message.startsWith('SIGTERM'))).toBe(true);
    expect(lines.some((line) => line.message === 'Stopped')).toBe(true);
  } finally {
    if (server.exitCode === null) server.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

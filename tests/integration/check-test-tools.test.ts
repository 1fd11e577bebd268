import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// scripts/check-test-tools.ts, run as `npm test` runs it, with PATH, CHROMIUM_PATH and NGINX_PATH
// pointing at folders that hold only what each case allows.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'qamshy-tools-'));
const bin = path.join(dir, 'bin');
const empty = path.join(dir, 'empty');
fs.mkdirSync(bin);
fs.mkdirSync(empty);
for (const name of ['java', 'chromium', 'nginx']) fs.writeFileSync(path.join(bin, name), '#!/bin/sh\n', { mode: 0o755 });
fs.writeFileSync(path.join(dir, 'not-executable'), '', { mode: 0o644 });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function check(env: { PATH: string; CHROMIUM_PATH: string; NGINX_PATH: string }) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/check-test-tools.ts'], {
    env: { NODE_ENV: 'test', ...env },
    encoding: 'utf8',
    timeout: 15_000,
  });
  return { status: run.status, output: (run.stdout + run.stderr).trim() };
}

describe('the test command checks its tools first', () => {
  it('stops with one line naming every missing tool and the apt-get command', () => {
    const result = check({ PATH: empty, CHROMIUM_PATH: path.join(dir, 'missing'), NGINX_PATH: path.join(dir, 'not-executable') });
    expect(result.status).toBe(1);
    expect(result.output.split('\n')).toHaveLength(1);
    expect(result.output).toContain('chromium, java, nginx');
    expect(result.output).toContain('`apt-get install chromium default-jre-headless nginx`');
  });

  it('names only what is missing', () => {
    const result = check({ PATH: empty, CHROMIUM_PATH: path.join(bin, 'chromium'), NGINX_PATH: path.join(bin, 'nginx') });
    expect(result.status).toBe(1);
    expect(result.output).toMatch(/^The tests need java: run `apt-get install default-jre-headless` as root/);
  });

  it('passes silently when all three are there', () => {
    expect(check({ PATH: bin, CHROMIUM_PATH: path.join(bin, 'chromium'), NGINX_PATH: path.join(bin, 'nginx') })).toEqual({ status: 0, output: '' });
  });
});

import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from '../../scripts/free-port';

// Debian's nginx running deploy/nginx.conf for a test: the same file, with only its addresses and
// paths moved to a temporary prefix. A line of the reference that is no longer found fails loudly
// rather than leaving the test on a different configuration.
export const NGINX = process.env.NGINX_PATH ?? '/usr/sbin/nginx';
const REFERENCE = fileURLToPath(new URL('../../deploy/nginx.conf', import.meta.url));

export function nginxConfig(prefix: string, port: number, upstreamPort: number): string {
  let text = fs.readFileSync(REFERENCE, 'utf8');
  const swap = (from: string | RegExp, to: string) => {
    const count = typeof from === 'string' ? text.split(from).length - 1 : (text.match(new RegExp(from.source, `${from.flags}g`)) ?? []).length;
    if (count !== 1) throw new Error(`deploy/nginx.conf: expected one ${from}, found ${count}`);
    text = text.replace(from, to);
  };
  swap(/^pid .*;$/m, `pid ${prefix}/nginx.pid;`);
  swap(/^error_log .*;$/m, `error_log ${prefix}/logs/error.log info;`);
  swap(/^ {4}access_log .*;$/m, `    access_log ${prefix}/logs/access.log;`);
  swap('/var/cache/nginx/qamshy', `${prefix}/cache`);
  swap('server 127.0.0.1:3000;', `server 127.0.0.1:${upstreamPort};`);
  swap(/^ {8}listen 80;$/m, `        listen 127.0.0.1:${port};`);
  // Debian's compiled-in temporary folders are under /var/lib/nginx: keep everything in the prefix.
  const temps = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((name) => `    ${name}_temp_path ${prefix}/temp/${name};`).join('\n');
  swap(/^http \{$/m, `http {\n${temps}`);
  return text;
}

export type RunningNginx = { port: number; base: string; prefix: string; errorLog: () => string; stop: () => Promise<void> };

export async function startNginx(upstreamPort: number): Promise<RunningNginx> {
  const port = await freePort();
  if (!fs.existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install nginx (.ci/run installs it)`);
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), 'qamshy-nginx-'));
  for (const dir of ['logs', 'cache', 'temp']) fs.mkdirSync(path.join(prefix, dir));
  // Run as root, nginx's workers switch to an unprivileged user: they must be able to write here.
  for (const dir of ['', 'cache', 'temp']) fs.chmodSync(path.join(prefix, dir), 0o777);
  const conf = path.join(prefix, 'nginx.conf');
  fs.writeFileSync(conf, nginxConfig(prefix, port, upstreamPort));
  const args = ['-p', prefix, '-e', path.join(prefix, 'logs', 'error.log'), '-c', conf];
  const check = spawnSync(NGINX, [...args, '-t'], { encoding: 'utf8' });
  if (check.status !== 0) {
    fs.rmSync(prefix, { recursive: true, force: true });
    throw new Error(`nginx -t refused the configuration:\n${check.stderr}`);
  }
  const child = spawn(NGINX, [...args, '-g', 'daemon off;'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const deadline = Date.now() + 10_000;
  while (!(await accepts(port))) {
    const failure = child.exitCode !== null ? `nginx exited (${child.exitCode})` : Date.now() > deadline ? `nginx did not listen on ${port} within 10 s` : null;
    if (failure) {
      child.kill('SIGKILL');
      fs.rmSync(prefix, { recursive: true, force: true });
      throw new Error(`${failure}: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const errorLog = () => fs.readFileSync(path.join(prefix, 'logs', 'error.log'), 'utf8');
  return {
    port,
    base: `http://127.0.0.1:${port}`,
    prefix,
    errorLog,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGQUIT'); // graceful: workers finish what they serve
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

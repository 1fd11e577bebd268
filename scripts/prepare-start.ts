import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';
import { prepareDatabase } from './prepare-db';

// `npm start` does all set-up: migrate, seed an empty database, build when the sources changed, serve.
const root = process.cwd();
const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
const stampFile = path.join(root, '.next', 'qamshy-build-stamp');
const SOURCES = ['app', 'components', 'db', 'i18n', 'lib', 'messages', 'public', 'next.config.ts', 'proxy.ts', 'package-lock.json', 'postcss.config.mjs'];

function sourceStamp(): string {
  const hash = crypto.createHash('sha256');
  const visit = (entry: string) => {
    const full = path.join(root, entry);
    if (!fs.existsSync(full)) return;
    const stat = fs.statSync(full);
    if (stat.isDirectory()) {
      for (const child of fs.readdirSync(full).sort()) if (child !== 'migrations' || entry !== 'db') visit(path.join(entry, child));
    } else {
      hash.update(`${entry}:${stat.size}:${stat.mtimeMs}\n`);
    }
  };
  SOURCES.forEach(visit);
  return hash.digest('hex');
}

await prepareDatabase();

const stamp = sourceStamp();
const built = fs.existsSync(path.join(root, '.next', 'BUILD_ID')) && fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp;
if (!built) {
  console.log('Building the portal (first start or sources changed)…');
  const result = spawnSync(process.execPath, [nextBin, 'build'], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  if (result.status !== 0) process.exit(result.status ?? 1);
  fs.writeFileSync(stampFile, stamp);
}

const port = process.env.PORT ?? '3000';
console.log(`Serving ${env.SITE_URL} on port ${port}`);
const server = spawn(process.execPath, [nextBin, 'start', '-p', port], { stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));

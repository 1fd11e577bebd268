import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { prepareDatabase } from './prepare-db';

// `npm start`, first half: migrate, seed an empty database, build when the sources changed. The
// second half (package.json) replaces the shell with the server itself: one process serves.
const root = process.cwd();
const require = createRequire(import.meta.url);
const nextBin = require.resolve('next/dist/bin/next');
const tsxCli = require.resolve('tsx/cli');
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
const stampFile = path.join(root, distDir, 'qamshy-build-stamp');
const SOURCES = [
  'app',
  'components',
  'db',
  'i18n',
  'lib',
  'messages',
  'public',
  'server',
  'scripts/build-server.ts',
  'next.config.ts',
  'proxy.ts',
  'package-lock.json',
  'postcss.config.mjs',
];

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
const bundle = path.join(root, distDir, 'qamshy-server.mjs');
const built = [path.join(root, distDir, 'BUILD_ID'), bundle, stampFile].every((file) => fs.existsSync(file)) && fs.readFileSync(stampFile, 'utf8') === stamp;
if (!built) {
  console.log('Building the portal (first start or sources changed)…');
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: 'production' };
  for (const args of [
    [nextBin, 'build'],
    [tsxCli, 'scripts/build-server.ts'],
  ]) {
    const result = spawnSync(process.execPath, args, { stdio: 'inherit', env });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
  fs.writeFileSync(stampFile, stamp);
}

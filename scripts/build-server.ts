import path from 'node:path';
import { build } from 'esbuild';

// The front server (server/) runs as plain Node after `next build`: bundled once here, with the
// packages left to node_modules, so `npm start` is one `node` process with no TypeScript loader.
const distDir = process.env.NEXT_DIST_DIR ?? '.next';
export const SERVER_BUNDLE = 'qamshy-server.mjs';

await build({
  entryPoints: ['server/main.ts'],
  outfile: path.join(distDir, SERVER_BUNDLE),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  sourcemap: 'linked',
  logLevel: 'warning',
});
console.log(`Front server bundled into ${path.join(distDir, SERVER_BUNDLE)}`);

import path from 'node:path';
import { createBackup } from '@/db/backup/create-backup';
import { env } from '@/lib/env';
import { exitOnBackupError, megabytes, parseOrUsage } from './backup-cli';

const USAGE = 'npm run db:backup [-- --out DIR]   (default DIR: backups/ next to the database)';
const { values } = parseOrUsage({ options: { out: { type: 'string' } } }, USAGE);
const outDir = path.resolve(values.out ?? path.join(path.dirname(env.DATABASE_URL), 'backups'));

try {
  const { dir, manifest } = await createBackup({ databaseFile: env.DATABASE_URL, uploadsDir: env.UPLOADS_DIR, outDir });
  console.log(
    [
      `Backup written to ${dir}`,
      `  ${manifest.database.file}  ${megabytes(manifest.database.bytes)}, ${manifest.database.migrations} migrations, copied online from ${env.DATABASE_URL}`,
      `  ${manifest.uploads.file}  ${megabytes(manifest.uploads.bytes)}, ${manifest.uploads.files} files from ${env.UPLOADS_DIR}`,
      `  manifest.json  sizes and SHA-256 checksums`,
      `Restore with: npm run db:restore -- ${dir}`,
    ].join('\n'),
  );
} catch (error) {
  exitOnBackupError(error);
}

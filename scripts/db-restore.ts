import path from 'node:path';
import { restoreBackup } from '@/db/backup/restore-backup';
import { env } from '@/lib/env';
import { exitOnBackupError, parseOrUsage } from './backup-cli';

const USAGE = 'npm run db:restore -- BACKUP_DIR|FILE.db [--force]';
const { values, positionals } = parseOrUsage({ options: { force: { type: 'boolean', default: false } }, allowPositionals: true }, USAGE);
if (positionals.length !== 1) {
  console.error(`Which backup? Usage: ${USAGE}`);
  process.exit(2);
}

try {
  const outcome = await restoreBackup({
    source: path.resolve(positionals[0]),
    databaseFile: env.DATABASE_URL,
    uploadsDir: env.UPLOADS_DIR,
    force: values.force,
  });
  const lines = [`Restored ${env.DATABASE_URL} from ${outcome.database}${outcome.createdAt ? ` (backup of ${outcome.createdAt})` : ''}.`];
  if (outcome.previousDatabase) lines.push(`  the database it replaced is kept at ${outcome.previousDatabase}`);
  if (outcome.uploads) lines.push(`Restored ${outcome.uploads.files} files into ${env.UPLOADS_DIR}.`);
  else lines.push(`Uploads left as they were (${positionals[0]} holds a database only).`);
  if (outcome.previousUploads) lines.push(`  the uploads folder it replaced is kept at ${outcome.previousUploads}`);
  console.log(lines.join('\n'));
} catch (error) {
  exitOnBackupError(error);
}

import { parseArgs, type ParseArgsConfig } from 'node:util';
import { BackupError } from '@/db/backup/backup-error';

/** Arguments for the backup scripts; a wrong one prints the usage line instead of a stack trace. */
export function parseOrUsage<T extends ParseArgsConfig>(config: T, usage: string) {
  try {
    return parseArgs(config);
  } catch (error) {
    console.error(`${(error as Error).message}\nUsage: ${usage}`);
    process.exit(2);
  }
}

/** A refused or failed check is the operator's to act on: its message, exit code 1. Anything else is a bug and keeps its stack. */
export function exitOnBackupError(error: unknown): never {
  if (!(error instanceof BackupError)) throw error;
  console.error(error.message);
  process.exit(1);
}

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

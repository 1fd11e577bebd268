import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { Db } from './client';

export const MIGRATIONS_FOLDER = path.join(process.cwd(), 'db', 'migrations');

export function runMigrations(database: Db): void {
  migrate(database, { migrationsFolder: MIGRATIONS_FOLDER });
}

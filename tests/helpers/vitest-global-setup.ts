import fs from 'node:fs';
import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemoContent } from '@/db/seed';

// Builds the template every test file copies (tests/helpers/vitest-file-db.ts).
export async function setup() {
  const database = openDatabase(process.env.QAMSHY_TEMPLATE_DB!);
  await migrateDatabase(database);
  await seedDemoContent(database, process.env.UPLOADS_DIR!);
  // One self-contained file, so a plain copy of it is the whole database.
  database.$client.pragma('journal_mode = DELETE');
  database.$client.close();
}

export function teardown() {
  if (process.env.QAMSHY_TEST_DIR) fs.rmSync(process.env.QAMSHY_TEST_DIR, { recursive: true, force: true });
}

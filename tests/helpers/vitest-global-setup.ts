import fs from 'node:fs';
import { openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { seedDemoContent } from '@/db/seed';

export async function setup() {
  const database = openDatabase(process.env.DATABASE_URL!);
  await migrateDatabase(database);
  await seedDemoContent(database, process.env.UPLOADS_DIR!);
  database.$client.close();
}

export function teardown() {
  if (process.env.QAMSHY_TEST_DIR) fs.rmSync(process.env.QAMSHY_TEST_DIR, { recursive: true, force: true });
}

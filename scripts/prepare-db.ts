import { db } from '@/db/client';
import { isDatabaseEmpty, seedDemoContent } from '@/db/seed';
import { env } from '@/lib/env';
import { migrateOrExit } from './migrate-or-exit';

/** Migrations always; demo content only into an empty database. */
export async function prepareDatabase(): Promise<void> {
  await migrateOrExit();
  if (isDatabaseEmpty(db)) {
    const { articles } = await seedDemoContent(db, env.UPLOADS_DIR);
    console.log(`Empty database: loaded ${articles} demo articles.`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await prepareDatabase();

import { db } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { isDatabaseEmpty, seedDemoContent } from '@/db/seed';
import { env } from '@/lib/env';

/** Migrations always; demo content only into an empty database. */
export async function prepareDatabase(): Promise<void> {
  runMigrations(db);
  if (isDatabaseEmpty(db)) {
    const { articles } = await seedDemoContent(db, env.UPLOADS_DIR);
    console.log(`Empty database: loaded ${articles} demo articles.`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await prepareDatabase();

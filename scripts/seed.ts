import { db } from '@/db/client';
import { isDatabaseEmpty, seedDemoContent } from '@/db/seed';
import { env } from '@/lib/env';
import { migrateOrExit } from './migrate-or-exit';

await migrateOrExit();
if (!isDatabaseEmpty(db)) {
  console.log(`${env.DATABASE_URL} already has articles; demo content not loaded.`);
} else {
  const { articles } = await seedDemoContent(db, env.UPLOADS_DIR);
  console.log(`Loaded ${articles} demo articles into ${env.DATABASE_URL} (images in ${env.UPLOADS_DIR}).`);
}

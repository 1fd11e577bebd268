import { db } from '@/db/client';
import { runMigrations } from '@/db/migrate';
import { env } from '@/lib/env';

runMigrations(db);
console.log(`Migrations applied to ${env.DATABASE_URL}`);

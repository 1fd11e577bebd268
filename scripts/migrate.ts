import { env } from '@/lib/env';
import { migrateOrExit } from './migrate-or-exit';

const { applied } = await migrateOrExit();
console.log(applied ? `Applied ${applied} migration(s) to ${env.DATABASE_URL}` : `${env.DATABASE_URL} is up to date`);

import { db } from '@/db/client';
import { DatabaseNewerThanCodeError, migrateDatabase, type MigrationOutcome } from '@/db/migrate';

/** Every script migrates through here, so a database newer than the code stops it with the reason, not a stack trace. */
export async function migrateOrExit(): Promise<MigrationOutcome> {
  try {
    const outcome = await migrateDatabase(db);
    if (outcome.snapshot) console.log(`Copied the database to ${outcome.snapshot} before applying ${outcome.applied} migration(s).`);
    return outcome;
  } catch (error) {
    if (!(error instanceof DatabaseNewerThanCodeError)) throw error;
    console.error(error.message);
    process.exit(1);
  }
}

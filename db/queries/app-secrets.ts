import 'server-only';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { appSecrets } from '@/db/schema';

/**
 * The stored secret called `name`, made from `generate()` the first time. INSERT OR IGNORE and
 * then reading back means that two processes starting at once agree on the first value written.
 */
export function storedSecret(name: string, generate: () => string): string {
  db.insert(appSecrets).values({ name, value: generate() }).onConflictDoNothing().run();
  return db.select({ value: appSecrets.value }).from(appSecrets).where(eq(appSecrets.name, name)).get()!.value;
}

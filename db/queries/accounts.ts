import 'server-only';
import { eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';

/** Sign-in lookup: the only query that returns a password hash. */
export function findAccountByEmail(email: string) {
  return (
    db
      .select({ id: users.id, name: users.name, role: users.role, active: users.active, passwordHash: users.passwordHash })
      .from(users)
      .where(eq(sql`lower(${users.email})`, email.toLowerCase()))
      .get() ?? null
  );
}

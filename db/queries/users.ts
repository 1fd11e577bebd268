import 'server-only';
import { cache } from 'react';
import { eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { users } from '@/db/schema';

export const getAuthorBySlug = cache(
  (slug: string) =>
    db.select({ id: users.id, name: users.name, slug: users.slug, bioKk: users.bioKk, bioRu: users.bioRu }).from(users).where(eq(users.slug, slug)).get() ??
    null,
);

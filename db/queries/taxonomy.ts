import 'server-only';
import { cache } from 'react';
import { and, asc, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { categories, tags } from '@/db/schema';
import type { Edition } from '@/lib/domain';

export type CategoryDto = { id: number; slug: string; name: string };

export const listCategories = cache((locale: Edition): CategoryDto[] =>
  db
    .select({ id: categories.id, slug: categories.slug, name: categories.name })
    .from(categories)
    .where(eq(categories.locale, locale))
    .orderBy(asc(categories.position), asc(categories.name))
    .all(),
);

export const getCategory = cache(
  (locale: Edition, slug: string): CategoryDto | null =>
    db
      .select({ id: categories.id, slug: categories.slug, name: categories.name })
      .from(categories)
      .where(and(eq(categories.locale, locale), eq(categories.slug, slug)))
      .get() ?? null,
);

export const getTag = cache(
  (locale: Edition, slug: string) =>
    db
      .select({ id: tags.id, slug: tags.slug, name: tags.name })
      .from(tags)
      .where(and(eq(tags.locale, locale), eq(tags.slug, slug)))
      .get() ?? null,
);

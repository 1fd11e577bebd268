import 'server-only';
import { and, asc, count, desc, eq, ne, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { articles, articleTags, categories, tags } from '@/db/schema';
import { can, type Actor } from '@/lib/auth/permissions';
import type { Edition } from '@/lib/domain';
import { recordAudit } from './audit';

export type TaxonomyChange = { ok: true } | { ok: false; reason: 'forbidden' | 'slugTaken' | 'notFound' | 'notEmpty' };

// Counted per category or tag of the edition, each a range of an index (articles_category_date_idx,
// article_tags_tag_idx), rather than grouping every article of both editions.
export function listCategoriesWithCounts(locale: Edition) {
  const used = sql<number>`(${db.select({ n: count() }).from(articles).where(eq(articles.categoryId, categories.id))})`.mapWith(Number);
  return db
    .select({ id: categories.id, name: categories.name, slug: categories.slug, position: categories.position, articles: used })
    .from(categories)
    .where(eq(categories.locale, locale))
    .orderBy(asc(categories.position), asc(categories.name))
    .all();
}

export function listTagsWithCounts(locale: Edition, limit = 200) {
  const used = sql<number>`(${db.select({ n: count() }).from(articleTags).where(eq(articleTags.tagId, tags.id))})`.mapWith(Number);
  return db
    .select({ id: tags.id, name: tags.name, slug: tags.slug, articles: used })
    .from(tags)
    .where(eq(tags.locale, locale))
    .orderBy(desc(used), asc(tags.name))
    .limit(limit)
    .all();
}

export function saveCategory(actor: Actor, id: number | null, input: { locale: Edition; name: string; slug: string; position: number }): TaxonomyChange {
  if (!can(actor, 'taxonomy.manage')) return { ok: false, reason: 'forbidden' };
  return db.transaction((tx): TaxonomyChange => {
    const clash = tx
      .select({ id: categories.id })
      .from(categories)
      .where(and(eq(categories.locale, input.locale), eq(categories.slug, input.slug), id ? ne(categories.id, id) : undefined))
      .get();
    if (clash) return { ok: false, reason: 'slugTaken' };
    if (id) {
      const current = tx.select({ locale: categories.locale }).from(categories).where(eq(categories.id, id)).get();
      if (!current) return { ok: false, reason: 'notFound' };
      // An edition never changes: articles of that edition point at this category.
      tx.update(categories).set({ name: input.name, slug: input.slug, position: input.position }).where(eq(categories.id, id)).run();
    } else {
      id = tx.insert(categories).values(input).returning({ id: categories.id }).get().id;
    }
    recordAudit(actor.id, 'category.save', 'category', id, `${input.locale}/${input.slug}`);
    return { ok: true };
  });
}

export function deleteCategory(actor: Actor, id: number): TaxonomyChange {
  if (!can(actor, 'taxonomy.manage')) return { ok: false, reason: 'forbidden' };
  return db.transaction((tx): TaxonomyChange => {
    if (tx.select({ n: count() }).from(articles).where(eq(articles.categoryId, id)).get()!.n > 0) return { ok: false, reason: 'notEmpty' };
    if (tx.delete(categories).where(eq(categories.id, id)).run().changes !== 1) return { ok: false, reason: 'notFound' };
    recordAudit(actor.id, 'category.delete', 'category', id);
    return { ok: true };
  });
}

export function renameTag(actor: Actor, id: number, input: { name: string; slug: string }): TaxonomyChange {
  if (!can(actor, 'taxonomy.manage')) return { ok: false, reason: 'forbidden' };
  return db.transaction((tx): TaxonomyChange => {
    const tag = tx.select({ locale: tags.locale }).from(tags).where(eq(tags.id, id)).get();
    if (!tag) return { ok: false, reason: 'notFound' };
    if (
      tx
        .select({ id: tags.id })
        .from(tags)
        .where(and(eq(tags.locale, tag.locale), eq(tags.slug, input.slug), ne(tags.id, id)))
        .get()
    )
      return { ok: false, reason: 'slugTaken' };
    tx.update(tags).set(input).where(eq(tags.id, id)).run();
    recordAudit(actor.id, 'tag.rename', 'tag', id, input.slug);
    return { ok: true };
  });
}

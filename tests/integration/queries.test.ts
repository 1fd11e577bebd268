import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import {
  getLeadStory,
  getReadableArticle,
  listByCategory,
  listByTag,
  listLatest,
  listMostRead,
  listRelated,
  locateReadableArticle,
  PAGE_SIZE,
  recordView,
} from '@/db/queries/articles';
import { getCategory, getTag, listCategories } from '@/db/queries/taxonomy';
import { articles, articleTags } from '@/db/schema';
import { renderMarkdown } from '@/lib/markdown';

const seedTitle = '«Нұр Отан» аймақтық филиалдармен';
const seed = db
  .select()
  .from(articles)
  .all()
  .find((a) => a.title.startsWith(seedTitle))!;

function insertArticle(values: Partial<typeof articles.$inferInsert>) {
  return db
    .insert(articles)
    .values({
      locale: 'kk',
      slug: `test-${Math.random().toString(36).slice(2)}`,
      title: 'Сынақ мақала',
      bodyMarkdown: 'Мәтін',
      bodyHtml: renderMarkdown('Мәтін'),
      authorId: seed.authorId,
      categoryId: seed.categoryId,
      ...values,
    })
    .returning({ id: articles.id })
    .get().id;
}

const created: number[] = [];
afterAll(() => {
  for (const id of created) db.delete(articles).where(eq(articles.id, id)).run();
});

describe('reader visibility', () => {
  it('shows published articles and hides drafts, submitted and future ones', () => {
    const draft = insertArticle({ status: 'draft', publishedAt: new Date(Date.now() - 60_000) });
    const submitted = insertArticle({ status: 'submitted', publishedAt: new Date(Date.now() - 60_000) });
    const future = insertArticle({ status: 'scheduled', publishedAt: new Date(Date.now() + 3_600_000) });
    const due = insertArticle({ status: 'scheduled', publishedAt: new Date(Date.now() - 1000) });
    created.push(draft, submitted, future, due);
    expect(getReadableArticle('kk', draft)).toBeNull();
    expect(getReadableArticle('kk', submitted)).toBeNull();
    expect(getReadableArticle('kk', future)).toBeNull();
    expect(getReadableArticle('kk', due)?.id).toBe(due);
    const latestIds = listLatest('kk', 200).map((a) => a.id);
    expect(latestIds).toContain(due);
    expect(latestIds).not.toContain(draft);
    expect(latestIds).not.toContain(future);
  });

  it('keeps editions apart', () => {
    expect(getReadableArticle('ru', seed.id)).toBeNull();
    expect(listLatest('ru', 200).every((a) => a.locale === 'ru')).toBe(true);
  });
});

describe('article view', () => {
  it('returns the seed article with author, category, source and tags', () => {
    const article = getReadableArticle('kk', seed.id)!;
    expect(article.title).toBe(seed.title);
    expect(article.authorName.length).toBeGreaterThan(1);
    expect(article.categoryName).toBe('Саясат');
    expect(article.sourceName).toBe('ҚазАқпарат');
    expect(article.tags.map((t) => t.name)).toContain('партия');
  });

  it('finds a translation from either side of the pair', () => {
    const ru = db
      .select()
      .from(articles)
      .all()
      .find((a) => a.translationId !== null)!;
    const fromRu = getReadableArticle('ru', ru.id)!;
    expect(fromRu.translation).toMatchObject({ locale: 'kk', id: ru.translationId });
    const fromKk = getReadableArticle('kk', ru.translationId!)!;
    expect(fromKk.translation).toMatchObject({ locale: 'ru', id: ru.id });
    expect(locateReadableArticle(ru.translationId!)?.translation?.id).toBe(ru.id);
  });
});

describe('related articles', () => {
  it('gives 4–6 articles of the same edition, never itself, shared tags first', () => {
    const article = getReadableArticle('kk', seed.id)!;
    const related = listRelated(article, 6);
    expect(related.length).toBeGreaterThanOrEqual(4);
    expect(related.length).toBeLessThanOrEqual(6);
    expect(related.some((a) => a.id === seed.id)).toBe(false);
    expect(related.every((a) => a.locale === 'kk')).toBe(true);
    const seedTags = new Set(
      db
        .select()
        .from(articleTags)
        .where(eq(articleTags.articleId, seed.id))
        .all()
        .map((t) => t.tagId),
    );
    const shared = (id: number) =>
      db
        .select()
        .from(articleTags)
        .where(eq(articleTags.articleId, id))
        .all()
        .filter((t) => seedTags.has(t.tagId)).length;
    const counts = related.map((a) => shared(a.id));
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
  });
});

describe('listings', () => {
  it('pages a category 20 at a time, newest first', () => {
    const category = getCategory('kk', 'sayasat')!;
    const page = listByCategory(category.id, 1);
    expect(page.items.length).toBeLessThanOrEqual(PAGE_SIZE);
    expect(page.total).toBeGreaterThanOrEqual(page.items.length);
    const times = page.items.map((a) => a.publishedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(listByCategory(category.id, page.pages + 1).items).toHaveLength(0);
  });

  it('lists tag pages and the menu in order', () => {
    const tag = getTag('kk', 'partiia')!;
    expect(tag).not.toBeNull();
    expect(listByTag(tag.id, 1).items.map((a) => a.id)).toContain(seed.id);
    const menu = listCategories('ru');
    expect(menu.length).toBeGreaterThanOrEqual(6);
  });

  it('picks a lead story and counts views into most read', () => {
    expect(getLeadStory('kk')).not.toBeNull();
    const before = db.select({ v: articles.viewCount }).from(articles).where(eq(articles.id, seed.id)).get()!.v;
    recordView(seed.id);
    recordView(seed.id);
    const after = db.select({ v: articles.viewCount }).from(articles).where(eq(articles.id, seed.id)).get()!.v;
    expect(after).toBe(before + 2);
    const mostRead = listMostRead('kk', 5);
    const views = mostRead.map((a) => a.viewCount);
    expect([...views].sort((a, b) => b - a)).toEqual(views);
  });
});

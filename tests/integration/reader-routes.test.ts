import { desc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { readerContentExists } from '@/db/queries/reader-routes';
import { listApprovedComments } from '@/db/queries/comments';
import { articles, categories, comments } from '@/db/schema';
import { COMMENTS_PAGE_SIZE } from '@/lib/page-size';

const none = new URLSearchParams();
const seed = db.select().from(articles).where(eq(articles.thumbnail, '20170708195532885')).get()!;

describe('the proxy 404 check', () => {
  it('accepts existing content and non-content routes', () => {
    expect(readerContentExists('kk', `/article/${seed.id}-${seed.slug}`, none)).toBe(true);
    expect(readerContentExists('kk', `/article/${seed.id}-wrong`, none)).toBe(true); // the page redirects it
    expect(readerContentExists('ru', `/article/${seed.id}`, none)).toBe(true); // the page sends it to the other edition
    expect(readerContentExists('kk', '/category/sayasat', none)).toBe(true);
    expect(readerContentExists('kk', '/tag/partiia', none)).toBe(true);
    expect(readerContentExists('kk', '/', none)).toBe(true);
  });

  it('checks /kk-latn paths against the Kazakh edition', () => {
    expect(readerContentExists('kk-latn', `/article/${seed.id}-${seed.slug}`, none)).toBe(true);
    expect(readerContentExists('kk-latn', '/category/sayasat', none)).toBe(true);
    expect(readerContentExists('kk-latn', '/tag/partiia', none)).toBe(true);
    expect(readerContentExists('kk-latn', '/category/no-such', none)).toBe(false);
    expect(readerContentExists('kk-latn', '/article/99999999-x', none)).toBe(false);
  });

  it('refuses missing articles, drafts, unknown slugs and malformed ids', () => {
    expect(readerContentExists('kk', '/article/99999999-x', none)).toBe(false);
    expect(readerContentExists('kk', '/article/abc', none)).toBe(false);
    expect(readerContentExists('kk', '/category/no-such', none)).toBe(false);
    expect(readerContentExists('ru', '/category/sayasat', none)).toBe(false); // a kk category
    expect(readerContentExists('kk', '/tag/no-such', none)).toBe(false);
    expect(readerContentExists('kk', '/author/no-such', none)).toBe(false);
    expect(readerContentExists('kk', '/category/%E0%A4%A', none)).toBe(false);
    const draft = db
      .insert(articles)
      .values({ locale: 'kk', slug: 'draft-x', title: 'x', bodyMarkdown: 'x', bodyHtml: '<p>x</p>', authorId: seed.authorId, status: 'draft' })
      .returning()
      .get();
    try {
      expect(readerContentExists('kk', `/article/${draft.id}-draft-x`, none)).toBe(false);
    } finally {
      db.delete(articles).where(eq(articles.id, draft.id)).run();
    }
  });

  it('allows page 1 of an empty listing but no page past the end', () => {
    const empty = db.insert(categories).values({ locale: 'kk', slug: 'bos', name: 'Бос', position: 99 }).returning().get();
    try {
      expect(readerContentExists('kk', '/category/bos', none)).toBe(true);
      expect(readerContentExists('kk', '/category/bos', new URLSearchParams('page=1'))).toBe(true);
      expect(readerContentExists('kk', '/category/bos', new URLSearchParams('page=2'))).toBe(false);
    } finally {
      db.delete(categories).where(eq(categories.id, empty.id)).run();
    }
    expect(readerContentExists('kk', '/category/sayasat', new URLSearchParams('page=0'))).toBe(false);
    expect(readerContentExists('kk', '/category/sayasat', new URLSearchParams('page=2&page=3'))).toBe(false);
    expect(readerContentExists('kk', '/category/sayasat', new URLSearchParams('page=1e3'))).toBe(false);
  });

  it('pages an article’s approved comments: ?page=N exists while comments reach it', () => {
    const story = db
      .select({ id: articles.id, slug: articles.slug })
      .from(articles)
      .where(eq(articles.status, 'published'))
      .orderBy(desc(articles.id))
      .limit(1)
      .get()!;
    const path = `/article/${story.id}-${story.slug}`;
    const at = (n: number) => new Date(Date.UTC(2026, 0, 1, 0, n));
    const rows = Array.from({ length: COMMENTS_PAGE_SIZE + 1 }, (_, n) => ({
      articleId: story.id,
      authorName: 'Оқырман',
      body: `№${n}`,
      status: 'approved' as const,
      createdAt: at(n),
    }));
    db.delete(comments).where(eq(comments.articleId, story.id)).run();
    db.insert(comments).values(rows).run();
    // Pending comments do not make a page exist.
    db.insert(comments)
      .values(Array.from({ length: COMMENTS_PAGE_SIZE }, (_, n) => ({ articleId: story.id, authorName: 'Күтуде', body: `p${n}`, status: 'pending' as const })))
      .run();
    try {
      expect(readerContentExists('kk', path, new URLSearchParams('page=2'))).toBe(true);
      expect(readerContentExists('kk', path, new URLSearchParams('page=3'))).toBe(false);
      expect(readerContentExists('kk', path, new URLSearchParams('page=x'))).toBe(false);
      expect(readerContentExists('kk', path, new URLSearchParams('page=1&page=2'))).toBe(false);
      const first = listApprovedComments(story.id, 1);
      const second = listApprovedComments(story.id, 2);
      expect(first).toMatchObject({ total: COMMENTS_PAGE_SIZE + 1, page: 1, pages: 2 });
      expect(first.items).toHaveLength(COMMENTS_PAGE_SIZE);
      expect(first.items[0].body).toBe('№0');
      expect(second.items.map((c) => c.body)).toEqual([`№${COMMENTS_PAGE_SIZE}`]);
    } finally {
      db.delete(comments).where(eq(comments.articleId, story.id)).run();
    }
  });
});

import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { readerContentExists } from '@/db/queries/reader-routes';
import { articles, categories } from '@/db/schema';

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
});

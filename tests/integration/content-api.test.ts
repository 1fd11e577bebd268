import { count, eq, isNotNull } from 'drizzle-orm';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { db } from '@/db/client';
import { apiArticle, apiArticlePage } from '@/db/queries/content-api';
import { readable } from '@/db/queries/visibility';
import { getCategory, getTag } from '@/db/queries/taxonomy';
import { articles, articleTags } from '@/db/schema';
import { renderMarkdown } from '@/lib/markdown';

// Real messages through next-intl's own translator: error messages are checked word for word.
vi.mock('next-intl/server', async () => {
  const { createTranslator } = await import('next-intl');
  const messages = { kk: (await import('@/messages/kk.json')).default, ru: (await import('@/messages/ru.json')).default };
  return {
    getTranslations: async ({ locale, namespace }: { locale: 'kk' | 'ru'; namespace: string }) =>
      createTranslator({ locale, messages: messages[locale], namespace: namespace as 'ContentApi' }),
  };
});

const { GET: listRoute } = await import('@/app/api/v1/articles/route');
const { GET: articleRoute } = await import('@/app/api/v1/articles/[id]/route');

const SITE = 'http://qamshy.test'; // vitest.config.ts
const list = (search: string, headers: Record<string, string> = {}) => listRoute(new Request(`${SITE}/api/v1/articles${search}`, { headers }));
const one = (id: string, search = '', headers: Record<string, string> = {}) =>
  articleRoute(new Request(`${SITE}/api/v1/articles/${id}${search}`, { headers }), { params: Promise.resolve({ id }) });

type Item = { id: number; url: string; apiUrl: string; alternates: Record<string, string>; tags: { slug: string; url: string }[]; [key: string]: unknown };
type Page = { items: Item[]; page: number; pageSize: number; hasMore: boolean; next: string | null; prev: string | null };
type Failure = { error: { code: string; message: string; param?: string } };

const seed = db.select().from(articles).where(eq(articles.thumbnail, '20170708195532885')).get()!;
const category = getCategory('kk', 'sayasat')!;
const tag = getTag('kk', 'partiia')!;
const created: number[] = [];

function insertArticle(values: Partial<typeof articles.$inferInsert>) {
  const id = db
    .insert(articles)
    .values({
      locale: 'kk',
      slug: `api-${Math.random().toString(36).slice(2)}`,
      title: 'API сынағы',
      bodyMarkdown: 'Мәтін',
      bodyHtml: renderMarkdown('Мәтін'),
      authorId: seed.authorId,
      categoryId: category.id,
      ...values,
    })
    .returning({ id: articles.id })
    .get().id;
  db.insert(articleTags).values({ articleId: id, tagId: tag.id }).run();
  created.push(id);
  return id;
}

afterAll(() => {
  for (const id of created) {
    db.delete(articleTags).where(eq(articleTags.articleId, id)).run();
    db.delete(articles).where(eq(articles.id, id)).run();
  }
});

describe('content API visibility: the reader pages rule', () => {
  const ago = (ms: number) => new Date(Date.now() - ms);
  const draft = insertArticle({ status: 'draft', publishedAt: ago(60_000) });
  const submitted = insertArticle({ status: 'submitted', publishedAt: ago(60_000) });
  const future = insertArticle({ status: 'scheduled', publishedAt: new Date(Date.now() + 3_600_000) });
  const due = insertArticle({ status: 'scheduled', publishedAt: ago(1000) });
  const published = insertArticle({ status: 'published', publishedAt: ago(2000) });
  const unpublished = insertArticle({ status: 'published', publishedAt: ago(3000) });
  // What the editors' "unpublish" does (db/queries/admin-articles.ts).
  db.update(articles).set({ status: 'draft', publishedAt: null }).where(eq(articles.id, unpublished)).run();
  const hidden = [draft, submitted, future, unpublished];

  it.each([
    ['the edition', { kind: 'edition', locale: 'kk' } as const],
    ['a category', { kind: 'category', categoryId: category.id } as const],
    ['a tag', { kind: 'tag', tagId: tag.id } as const],
  ])('%s lists published and due articles, newest first, nothing else', (_name, listing) => {
    const ids = apiArticlePage(listing, 1, 20).items.map((item) => item.id);
    expect(ids.slice(0, 2)).toEqual([due, published]);
    for (const id of hidden) expect(ids).not.toContain(id);
  });

  it('gives a single article only when a reader may see it', async () => {
    expect(apiArticle(due)?.id).toBe(due);
    expect(apiArticle(published)?.id).toBe(published);
    for (const id of hidden) {
      expect(apiArticle(id), `article ${id}`).toBeNull();
      const answer = await one(String(id));
      expect(answer.status).toBe(404);
      expect(((await answer.json()) as Failure).error.code).toBe('article_not_found');
    }
    expect((await one(String(due))).status).toBe(200);
  });
});

describe('content API answers', () => {
  it('lists with absolute URLs, alternates, image variants, author, category, tags and Almaty times', async () => {
    const answer = await list('?locale=kk&category=sayasat');
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(answer.headers.get('cache-control')).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+/);
    expect(answer.headers.get('set-cookie')).toBeNull();
    const body = (await answer.json()) as Page;
    expect(body).toMatchObject({ page: 1, pageSize: 20, prev: null });
    const item = body.items.find((i) => i.id === seed.id) ?? ((await (await one(String(seed.id))).json()) as Item);
    expect(item).toMatchObject({
      id: seed.id,
      locale: 'kk',
      url: `${SITE}/kk/article/${seed.id}-${seed.slug}`,
      apiUrl: `${SITE}/api/v1/articles/${seed.id}`,
      category: { slug: 'sayasat', url: `${SITE}/kk/category/sayasat` },
      author: { url: expect.stringMatching(new RegExp(`^${SITE}/kk/author/`)) },
    });
    expect(item.alternates['kk-Latn']).toBe(`${SITE}/kk-latn/article/${seed.id}-${seed.slug}`);
    expect(item.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[56]:00$/);
    const image = item.image as { alt: string; variants: { format: string; size: string; width: number; height: number; url: string }[] };
    expect(image.variants.filter((v) => v.format === 'jpeg')).toEqual([
      { format: 'jpeg', size: 'small', width: 360, height: 240, url: `${SITE}/uploads/thumbnail/20170708195532885_small.jpg` },
      { format: 'jpeg', size: 'medium', width: 768, height: 512, url: `${SITE}/uploads/thumbnail/20170708195532885_medium.jpg` },
      { format: 'jpeg', size: 'large', width: 1280, height: 853, url: `${SITE}/uploads/thumbnail/20170708195532885_large.jpg` },
    ]);
    for (const t of item.tags) expect(t.url).toBe(`${SITE}/kk/tag/${t.slug}`);
  });

  it('gives a translated pair each other as alternates and translation', async () => {
    const ru = db.select().from(articles).where(isNotNull(articles.translationId)).get()!;
    const body = (await (await one(String(ru.translationId))).json()) as Item & { translation: { id: number; url: string } };
    expect(body.translation).toMatchObject({ id: ru.id, url: `${SITE}/${ru.locale}/article/${ru.id}-${ru.slug}` });
    expect(body.alternates[ru.locale]).toBe(body.translation.url);
    const back = (await (await one(String(ru.id))).json()) as Item & { translation: { id: number } };
    expect(back.translation.id).toBe(ru.translationId);
  });

  it('gives the single article its sanitized body with absolute site links', async () => {
    const id = insertArticle({
      status: 'published',
      publishedAt: new Date(Date.now() - 5000),
      bodyMarkdown: 'x',
      bodyHtml: '<p><a href="/kk/tag/partiia">тег</a> <img src="/uploads/2020/01/a.jpg" alt="a"> <a href="//cdn.example/x">cdn</a></p>',
    });
    const body = (await (await one(String(id))).json()) as Item & { bodyHtml: string };
    expect(body.bodyHtml).toBe(
      `<p><a href="${SITE}/kk/tag/partiia">тег</a> <img src="${SITE}/uploads/2020/01/a.jpg" alt="a"> <a href="//cdn.example/x">cdn</a></p>`,
    );
  });

  it('walks a whole listing through next links, each article once', async () => {
    const seen: number[] = [];
    let next: string | null = `${SITE}/api/v1/articles?locale=kk`;
    let pages = 0;
    while (next) {
      const page = (await (await listRoute(new Request(next))).json()) as Page;
      seen.push(...page.items.map((item) => item.id));
      expect(page.hasMore).toBe(page.next !== null);
      next = page.next;
      pages += 1;
    }
    expect(pages).toBeGreaterThan(1);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBe(db.select({ n: count() }).from(articles).where(readable('kk')).get()!.n);
  });

  it('tags an answer with the ETag the front server gives the same body', async () => {
    const first = await list('?locale=ru');
    const body = await first.text();
    const { makeEntry } = await import('@/server/page-cache');
    expect(first.headers.get('etag')).toBe((await makeEntry(200, {}, Buffer.from(body), 1000, 0)).etag);
    expect((await list('?locale=ru')).headers.get('etag'), 'the same for the same body').toBe(first.headers.get('etag'));
  });

  it.each([
    ['?locale=en', 400, 'invalid_parameter'],
    ['?page=0', 400, 'invalid_parameter'],
    ['?category=sayasat&tag=partiia', 400, 'conflicting_filters'],
    ['?category=no-such', 404, 'category_not_found'],
    ['?tag=no-such', 404, 'tag_not_found'],
    ['?page=99999', 404, 'page_out_of_range'],
  ])('list %s is %i %s, never cached', async (search, status, code) => {
    const answer = await list(search);
    expect(answer.status).toBe(status);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    expect(answer.headers.get('access-control-allow-origin')).toBe('*');
    expect(((await answer.json()) as Failure).error.code).toBe(code);
  });

  it('refuses a malformed id with 400 and an unknown one with 404', async () => {
    expect(((await (await one('abc')).json()) as Failure).error).toMatchObject({ code: 'invalid_parameter', param: 'id' });
    expect((await one('999999999')).status).toBe(404);
    expect((await one(String(seed.id), '?locale=xx')).status).toBe(400);
  });

  it('words errors by ?locale=, else Accept-Language, else in Kazakh', async () => {
    const message = async (search: string, headers: Record<string, string> = {}) => ((await (await list(search, headers)).json()) as Failure).error.message;
    expect(await message('?locale=ru&page=x')).toBe('Недопустимое значение параметра «page».');
    expect(await message('?page=x', { 'accept-language': 'en-US, ru;q=0.8, kk;q=0.5' })).toBe('Недопустимое значение параметра «page».');
    expect(await message('?page=x', { 'accept-language': 'de' })).toBe('«page» параметрінің мәні дұрыс емес.');
  });
});

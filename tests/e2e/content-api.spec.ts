import { expect, test, type APIRequestContext } from '@playwright/test';
import { e2eDb, seedArticle } from '../helpers/e2e-db';
import { postAdminForm, signInRaw } from '../helpers/raw-admin';
import { loopback } from '../helpers/raw-http';

/* The read-only content API against the built server, its front server and page cache included. */

type Variant = { format: string; size: string; width: number; height: number; url: string };
type Item = {
  id: number;
  locale: string;
  title: string;
  url: string;
  apiUrl: string;
  alternates: Record<string, string>;
  image: { alt: string; variants: Variant[] } | null;
  author: { name: string; url: string };
  category: { slug: string; url: string } | null;
  tags: { slug: string; url: string }[];
  publishedAt: string;
  modifiedAt: string;
};
type ListPage = { items: Item[]; page: number; pageSize: number; hasMore: boolean; next: string | null; prev: string | null };

const origin = () => `http://127.0.0.1:${process.env.E2E_PORT}`;

function readableCount(where: string, ...params: unknown[]): number {
  const db = e2eDb();
  try {
    return (
      db
        .prepare(`select count(*) as n from articles a where status in ('published', 'scheduled') and published_at <= ? and ${where}`)
        .get(Date.now(), ...params) as { n: number }
    ).n;
  } finally {
    db.close();
  }
}

async function walk(request: APIRequestContext, first: string): Promise<number[]> {
  const ids: number[] = [];
  let next: string | null = first;
  for (let pages = 0; next && pages < 1000; pages += 1) {
    expect(next.startsWith(origin()), next).toBe(true);
    const answer = await request.get(next);
    expect(answer.status(), next).toBe(200);
    const page = (await answer.json()) as ListPage;
    expect(page.items.length).toBeGreaterThan(0);
    ids.push(...page.items.map((item) => item.id));
    next = page.next;
  }
  return ids;
}

test('the list and an article: absolute URLs, alternates, image variants that load, author, category, tags, times', async ({ request }) => {
  const answer = await request.get('/api/v1/articles?locale=kk');
  expect(answer.status()).toBe(200);
  expect(answer.headers()['content-type']).toBe('application/json; charset=utf-8');
  const list = (await answer.json()) as ListPage;
  expect(list).toMatchObject({ page: 1, pageSize: 20, prev: null });
  expect(list.items.length).toBe(20);
  for (const item of list.items) {
    expect(item.locale).toBe('kk');
    expect(item.url).toMatch(new RegExp(`^${origin()}/kk/article/${item.id}-`));
    expect(item.alternates['kk-Latn']).toBe(item.url.replace('/kk/', '/kk-latn/'));
    expect(item.author.url.startsWith(`${origin()}/kk/author/`)).toBe(true);
    expect(item.publishedAt).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
  }

  const seed = seedArticle();
  const detail = await request.get(`/api/v1/articles/${seed.id}`);
  expect(detail.status()).toBe(200);
  const article = (await detail.json()) as Item & { bodyHtml: string };
  expect(article).toMatchObject({
    id: seed.id,
    title: seed.title,
    url: `${origin()}/kk/article/${seed.id}-${seed.slug}`,
    apiUrl: `${origin()}/api/v1/articles/${seed.id}`,
  });
  expect(article.bodyHtml).toContain('<p>');
  expect(article.bodyHtml).not.toMatch(/<script|\son\w+=/i);
  expect(article.category?.url).toBe(`${origin()}/kk/category/${article.category?.slug}`);
  // The page the API names is the canonical one: it answers 200, not a redirect.
  expect((await request.get(article.url, { maxRedirects: 0 })).status()).toBe(200);
  const jpegs = article.image!.variants.filter((v) => v.format === 'jpeg');
  expect(jpegs.map((v) => [v.size, v.width, v.height])).toEqual([
    ['small', 360, 240],
    ['medium', 768, 512],
    ['large', 1280, 853],
  ]);
  for (const variant of article.image!.variants) {
    const image = await request.get(variant.url);
    expect(image.status(), variant.url).toBe(200);
    expect(image.headers()['content-type']).toBe(variant.format === 'webp' ? 'image/webp' : 'image/jpeg');
  }
});

test('headers: public Cache-Control, kept by the front server, ETag and 304, CORS, no cookies, no locale redirect', async ({ request }) => {
  const path = '/api/v1/articles?locale=ru&page=2&utm_source=e2e';
  const first = await request.get(path, { headers: { 'accept-language': 'ru', origin: 'https://partner.example' }, maxRedirects: 0 });
  expect(first.status()).toBe(200);
  const headers = first.headers();
  expect(headers['cache-control']).toMatch(/^public, max-age=0, s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+$/);
  expect(headers['access-control-allow-origin']).toBe('*');
  expect(headers['set-cookie']).toBeUndefined();
  expect(headers.etag).toMatch(/^"[\w-]+"$/);
  expect(headers['x-content-type-options']).toBe('nosniff');

  // Parameters in another order, one ignored: the same kept answer. (An editor's change in another
  // spec may purge the cache in between; asked again then.)
  let second = await request.get('/api/v1/articles?page=2&locale=ru');
  for (let tries = 0; second.headers()['x-cache'] !== 'HIT' && tries < 3; tries += 1) second = await request.get('/api/v1/articles?page=2&locale=ru');
  expect(second.headers()['x-cache'], 'the same answer, from the page cache').toBe('HIT');
  expect(second.headers().etag).toBe(headers.etag);
  const revalidated = await request.get(path, { headers: { 'if-none-match': headers.etag } });
  expect(revalidated.status()).toBe(304);
  expect(await revalidated.body()).toHaveLength(0);

  // A browser's preflight for a fetch that sends If-None-Match itself.
  const preflight = await request.fetch('/api/v1/articles', {
    method: 'OPTIONS',
    headers: { origin: 'https://partner.example', 'access-control-request-method': 'GET', 'access-control-request-headers': 'if-none-match' },
  });
  expect(preflight.status()).toBe(204);
  expect(preflight.headers()['access-control-allow-origin']).toBe('*');
  expect(preflight.headers()['access-control-allow-headers']).toMatch(/If-None-Match/i);

  // Outside next-intl's negotiation: never redirected, never given its locale cookie.
  const single = await request.get(`/api/v1/articles/${seedArticle().id}`, { headers: { 'accept-language': 'ru', cookie: 'NEXT_LOCALE=ru' }, maxRedirects: 0 });
  expect(single.status()).toBe(200);
  expect(single.headers()['set-cookie']).toBeUndefined();
  expect(single.headers()['cache-control']).toContain('s-maxage=');
});

test('bad input is a 400 and missing things a 404, as JSON with a stable code, never kept', async ({ request }) => {
  const cases: [string, number, string, Record<string, string>?][] = [
    ['/api/v1/articles?locale=en', 400, 'invalid_parameter'],
    ['/api/v1/articles?page=abc', 400, 'invalid_parameter'],
    ['/api/v1/articles?page=1&page=2', 400, 'invalid_parameter'],
    ['/api/v1/articles?category=sayasat&tag=partiia', 400, 'conflicting_filters'],
    ['/api/v1/articles/abc', 400, 'invalid_parameter'],
    ['/api/v1/articles?category=no-such', 404, 'category_not_found'],
    ['/api/v1/articles?locale=kk&tag=no-such', 404, 'tag_not_found'],
    ['/api/v1/articles?locale=ru&page=99999', 404, 'page_out_of_range'],
    ['/api/v1/articles/999999999', 404, 'article_not_found'],
  ];
  for (const [path, status, code] of cases) {
    const answer = await request.get(path, { headers: { 'accept-language': 'ru' } });
    expect(answer.status(), path).toBe(status);
    expect(answer.headers()['content-type'], path).toMatch(/^application\/json/);
    expect(answer.headers()['cache-control'], path).toContain('no-store');
    expect(answer.headers()['access-control-allow-origin'], path).toBe('*');
    const body = (await answer.json()) as { error: { code: string; message: string } };
    expect(body.error.code, path).toBe(code);
    expect(body.error.message, `${path}: in Russian, as Accept-Language asked`).toMatch(/[а-яё]/i);
  }
  const kazakh = (await (await request.get('/api/v1/articles?locale=kk&page=abc')).json()) as { error: { message: string } };
  expect(kazakh.error.message).toBe('«page» параметрінің мәні дұрыс емес.');
});

// Pages are positions in the listing: an article published by another spec during a walk would
// repeat one at a page boundary, so a walk that saw the listing change is walked again.
async function steadyWalk(request: APIRequestContext, first: string, count: () => number): Promise<{ ids: number[]; count: number }> {
  for (let attempt = 0; ; attempt += 1) {
    const before = count();
    const ids = await walk(request, first);
    if (count() === before || attempt === 2) return { ids, count: before };
  }
}

test('next links walk a whole listing without duplicates or gaps', async ({ request }) => {
  const ru = await steadyWalk(request, `${origin()}/api/v1/articles?locale=ru`, () => readableCount("locale = 'ru'"));
  expect(new Set(ru.ids).size).toBe(ru.ids.length);
  expect(ru.ids.length).toBe(ru.count);
  expect(ru.count).toBeGreaterThan(20);

  const db = e2eDb();
  const category = db.prepare("select id, slug from categories where locale = 'kk' and slug = 'sayasat'").get() as { id: number; slug: string };
  db.close();
  const inCategory = await steadyWalk(request, `${origin()}/api/v1/articles?locale=kk&category=${category.slug}`, () =>
    readableCount('category_id = ?', category.id),
  );
  expect(new Set(inCategory.ids).size).toBe(inCategory.ids.length);
  expect(inCategory.ids.length).toBe(inCategory.count);
});

test('a draft is 404; once an editor publishes it, the kept list and the article show it at once', async ({ request }) => {
  const listPath = '/api/v1/articles?locale=kk';
  await request.get(listPath);
  expect((await request.get(listPath)).headers()['x-cache'], 'the list is kept').toBe('HIT');

  const seedPath = `/api/v1/articles/${seedArticle().id}`;
  const seedTag = (await request.get(seedPath)).headers().etag;

  const editor = await signInRaw(loopback(240), 'editor');
  const db = e2eDb();
  const category = db.prepare("select id from categories where locale = 'kk' and slug = 'sayasat'").get() as { id: number };
  db.close();
  const title = `API жариялау сынағы ${Date.now()}`;
  const created = await postAdminForm(editor, '/admin/articles/new', 'title', {
    title,
    body: 'Жаңа мақаланың мәтіні.',
    locale: 'kk',
    categoryId: String(category.id),
    intent: 'save',
  });
  expect(created.status, 'draft saved').toBe(303);
  const id = Number(/\/admin\/articles\/(\d+)/.exec(created.headers.location!)![1]);

  expect((await request.get(`/api/v1/articles/${id}`)).status(), 'a draft does not exist for the API').toBe(404);
  expect(((await (await request.get(listPath)).json()) as ListPage).items.map((item) => item.id)).not.toContain(id);

  const published = await postAdminForm(editor, `/admin/articles/${id}`, 'title', { intent: 'publish' });
  expect(published.status, 'published').toBe(303);

  const list = await request.get(listPath);
  expect(list.headers()['x-cache'], 'the kept list was purged').not.toBe('HIT');
  // Among the newest (another spec may publish at the same moment).
  const fresh = ((await list.json()) as ListPage).items.find((item) => item.id === id);
  expect(fresh).toMatchObject({ id, title });
  const article = await request.get(`/api/v1/articles/${id}`);
  expect(article.status()).toBe(200);
  expect(((await article.json()) as Item).title).toBe(title);

  // An article the publish did not change: its copy was purged too, and a client revalidating its
  // old ETag gets a 304 that may be kept, and the fresh copy is kept again.
  const revalidated = await request.get(seedPath, { headers: { 'if-none-match': seedTag } });
  expect(revalidated.status()).toBe(304);
  expect(revalidated.headers()['cache-control']).toMatch(/^public, /);
  expect((await request.get(seedPath)).headers()['x-cache']).toBe('HIT');
});

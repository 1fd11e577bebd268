import { expect, test } from '@playwright/test';
import { createArticle, viewCount } from '../helpers/e2e-db';
import { ArticlePage } from './pages/article-page';

test('category, tag and author listings have their own heading and title; past the end is 404', async ({ page }) => {
  await page.goto('/ru/category/sport');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Спорт');
  await expect(page).toHaveTitle('Спорт | Qamshy');
  expect(await page.locator('main article').count()).toBeGreaterThan(0);

  await page.goto('/kk/tag/partiia');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('#партия');
  await expect(page).toHaveTitle('#партия | Qamshy');

  const authorLink = await page.goto('/kk/author/qamshy-redaktsiiasy');
  expect(authorLink?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Qamshy редакциясы');

  for (const bad of ['/ru/category/sport?page=99', '/ru/category/sport?page=abc', '/ru/category/no-such', '/kk/tag/no-such', '/kk/author/no-such']) {
    const response = await page.goto(bad);
    expect(response?.status(), bad).toBe(404);
  }
});

test('uploads and health answer as the contract says', async ({ request }) => {
  const image = await request.get('/uploads/thumbnail/20170708195532885_small.jpg');
  expect(image.status()).toBe(200);
  expect(image.headers()['content-type']).toBe('image/jpeg');
  expect(image.headers()['cache-control']).toContain('max-age=31536000');
  expect((await request.get('/uploads/../../etc/passwd')).status()).toBe(404);
  // An encoded slash inside a segment is a malformed path, not a missing file.
  expect((await request.get('/uploads/thumbnail/%2e%2e%2f%2e%2e%2fportal.db')).status()).toBe(400);
  const health = await request.get('/api/health');
  expect(await health.json()).toEqual({ status: 'ok' });
});

test('article views are counted for readers in a browser, not for bots', async ({ page, request }) => {
  // Its own article: no other test's reader adds to its count.
  const article = createArticle({ locale: 'ru' });
  const before = viewCount(article.id);
  const bot = await request.get(`/api/views/${article.id}`, {
    headers: { 'User-Agent': 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' },
  });
  expect(bot.headers()['content-type']).toBe('image/gif');
  expect(viewCount(article.id)).toBe(before);
  await new ArticlePage(page, article).goto();
  await expect.poll(() => viewCount(article.id)).toBe(before + 1);
});

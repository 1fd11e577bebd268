import { expect, test } from '@playwright/test';
import { translatedPair, untranslatedKk } from '../helpers/e2e-db';
import { ArticlePage } from './pages/article-page';
import { uiText } from './pages/ui-text';

test('/ redirects to /kk by default and to /ru for Russian-preferring browsers', async ({ request }) => {
  let response = await request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': 'en-US,en;q=0.9' } });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/kk$/);
  response = await request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': 'ru-RU,ru;q=0.9,en;q=0.8' } });
  expect(response.status()).toBe(307);
  expect(response.headers().location).toMatch(/\/ru$/);
  response = await request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': 'ru-RU', Cookie: 'NEXT_LOCALE=kk' } });
  expect(response.headers().location).toMatch(/\/kk$/);
});

test('the language switch goes to the translation of the article, else to the other front page', async ({ page }) => {
  const { kk, ru } = translatedPair();
  const kkPage = new ArticlePage(page, kk);
  await kkPage.goto();
  await kkPage.switchEdition.click();
  const ruPage = new ArticlePage(page, ru);
  await expect(page).toHaveURL(new RegExp(`${ruPage.url}$`));
  await expect(ruPage.heading).toHaveText(ru.title);
  expect(await page.locator('html').getAttribute('lang')).toBe('ru');
  await expect(page.locator('link[rel="alternate"][hreflang="kk"]')).toHaveAttribute('href', new RegExp(`/kk/article/${kk.id}-`));
  // Choosing an edition is remembered for `/`; reading a page never sets it.
  expect((await page.context().cookies()).find((cookie) => cookie.name === 'NEXT_LOCALE')?.value).toBe('ru');

  const lonely = new ArticlePage(page, untranslatedKk());
  await lonely.goto();
  await lonely.switchEdition.click();
  await expect(page).toHaveURL(/\/ru$/);
  await expect(page.getByRole('heading', { name: 'Последние новости' })).toBeVisible();

  await page
    .getByRole('navigation', { name: uiText('ru', 'LocaleSwitch')('label') })
    .getByRole('link')
    .click();
  await expect(page).toHaveURL(/\/kk$/);
});

test('reader pages read nothing per visitor: two different visitors get the same HTML', async ({ playwright, baseURL }) => {
  const a = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { Cookie: 'NEXT_LOCALE=ru; session=abc', 'Accept-Language': 'ru' } });
  const b = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { 'Accept-Language': 'kk' } });
  const { kk } = translatedPair();
  const path = `/kk/article/${kk.id}-${kk.slug}`;
  await b.get(path); // warm the cache so both read the same rendering
  const [ra, rb] = await Promise.all([a.get(path), b.get(path)]);
  const strip = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, '');
  expect(strip(await ra.text())).toBe(strip(await rb.text()));
  expect(ra.headers()['x-nextjs-cache'] ?? ra.headers()['cache-control']).toBeTruthy();
  await a.dispose();
  await b.dispose();
});

test('reader pages, feeds and sitemaps set no cookie, so shared caches may keep them', async ({ request }) => {
  const { kk } = translatedPair();
  for (const path of ['/kk', '/ru', '/kk-latn', `/kk/article/${kk.id}-${kk.slug}`, '/kk/rss.xml', '/sitemap.xml', '/news-sitemap.xml']) {
    const response = await request.get(path, { headers: { 'Accept-Language': 'ru-RU,ru;q=0.9' } });
    expect(response.status(), path).toBe(200);
    expect(response.headers()['set-cookie'], path).toBeUndefined();
    expect(response.headers()['cache-control'], path).toMatch(/public, .*s-maxage=\d+, stale-while-revalidate=\d+, stale-if-error=\d+/);
  }
});

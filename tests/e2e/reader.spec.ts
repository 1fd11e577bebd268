import { expect, test } from '@playwright/test';
import { seedArticle } from '../helpers/e2e-db';
import { articleUrl } from './pages/article-page';
import { CommentForm } from './pages/comment-form';

test('front page shows the lead story, latest, most read and category blocks', async ({ page }) => {
  await page.goto('/kk');
  await expect(page).toHaveTitle(/Qamshy/);
  expect(await page.locator('html').getAttribute('lang')).toBe('kk');
  await expect(page.getByRole('heading', { name: 'Соңғы жаңалықтар' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Көп оқылғандар' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Саясат', exact: true })).toBeVisible();
  // Other specs add picture-less stories that can fill "latest" while this runs; the category
  // blocks (seeded stories with pictures) always show some.
  await expect(page.locator('section[aria-labelledby="latest"] li a[href*="/kk/article/"]').first()).toBeVisible();
  await expect(page.locator('main section img:visible').first()).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Айдарлар' }).first().getByRole('link')).toHaveCount(6);
});

test('a reader goes from the front page to the seed article, which holds every part of the contract', async ({ page }) => {
  const seed = seedArticle();
  await page.goto('/kk/category/sayasat');
  await page.getByRole('link', { name: seed.title }).first().click();
  await expect(page).toHaveURL(new RegExp(`${articleUrl(seed)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
  await expect(page).toHaveTitle(`${seed.title} | Qamshy`);
});

test.describe('article page without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('is complete in the server HTML', async ({ page }) => {
    const seed = seedArticle();
    await page.goto(articleUrl(seed));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);
    const img = page.locator('figure img');
    await expect(img).toHaveAttribute('src', '/uploads/thumbnail/20170708195532885_small.jpg');
    await expect(img).toHaveAttribute('alt', /.+/);
    await expect(img).toHaveAttribute('width', /\d+/);
    await expect(img).toHaveAttribute('height', /\d+/);
    expect(await img.evaluate((el: HTMLImageElement) => el.naturalWidth)).toBeGreaterThan(0);
    const webp = page.locator('figure picture source[type="image/webp"]');
    await expect(webp).toHaveAttribute('srcset', /20170708195532885_small\.webp 360w/);
    const served = await page.request.get('/uploads/thumbnail/20170708195532885_large.webp');
    expect(served.headers()['content-type']).toBe('image/webp');
    await expect(page.locator('time[datetime="2017-07-08T19:55:32+06:00"]').first()).toHaveText('8 шілде 2017, 19:55');
    await expect(page.getByRole('link', { name: 'ҚазАқпарат' })).toHaveAttribute('href', /inform\.kz/);
    await expect(page.getByRole('link', { name: 'Саясат' }).last()).toBeVisible();
    await expect(page.locator('a[rel="author"]')).toBeVisible();
    await expect(page.locator('.article-body p')).toHaveCount(5);
    await expect(page.locator('.article-body')).toContainText('ҚазАқпаратқа сілтеме жасай отырып хабарлайды');
    const comments = new CommentForm(page, 'kk');
    await expect(comments.heading).toBeVisible();
    await expect(comments.name).toBeVisible();
    await expect(comments.body).toBeVisible();
    await expect(comments.submitButton).toBeVisible();
    const related = page.locator('section[aria-labelledby="related"] li');
    await expect(page.getByRole('heading', { name: 'Қатысты мақалалар' })).toBeVisible();
    expect(await related.count()).toBeGreaterThanOrEqual(4);
    expect(await related.count()).toBeLessThanOrEqual(6);
    for (const name of ['Telegram', 'WhatsApp', 'Facebook', 'X'])
      await expect(page.getByRole('link', { name, exact: true })).toHaveAttribute('href', /^https:\/\//);
    await expect(page.getByRole('link', { name: 'Сілтемені көшіру' })).toBeVisible();
    await expect(page.getByText(/мин оқу/)).toBeVisible();

    const head = page.locator('head');
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', new RegExp(`${articleUrl(seed)}$`));
    await expect(head.locator('meta[name="description"]')).toHaveAttribute('content', /.+/);
    await expect(head.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
    await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(ld['@type']).toBe('NewsArticle');
    expect(ld.headline).toBe(seed.title);
    expect(ld.datePublished).toBe('2017-07-08T19:55:32+06:00');
    expect(ld.author.name).toBeTruthy();
    expect(ld.publisher['@type']).toBe('NewsMediaOrganization');
  });

  test('a wrong or missing slug redirects 308 to the canonical URL', async ({ request }) => {
    const seed = seedArticle();
    for (const path of [`/kk/article/${seed.id}`, `/kk/article/${seed.id}-wrong-slug`]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(308);
      expect(response.headers().location).toContain(articleUrl(seed));
    }
  });

  test('unknown pages are a localized 404', async ({ page }) => {
    let response = await page.goto('/kk/no-such-page');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Бет табылмады' })).toBeVisible();
    response = await page.goto('/ru/article/999999-nothing');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { name: 'Страница не найдена' })).toBeVisible();
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
  });
});

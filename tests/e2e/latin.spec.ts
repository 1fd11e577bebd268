import { expect, test, type Page } from '@playwright/test';
import { toKazakhLatin } from '../../lib/translit/kk-latin';
import { seriousViolations } from '../helpers/axe';
import { createTranslatedPair, latestComment, seedArticle, translatedPair } from '../helpers/e2e-db';
import { validateHtml } from '../helpers/vnu';
import { shootPage } from '../helpers/screenshots';
import { ArticlePage } from './pages/article-page';
import { CommentForm } from './pages/comment-form';

// /kk-latn: the Kazakh edition read in the Latin alphabet of 2021, transliterated on the server.

const CYRILLIC = /[\u0400-\u04FF]/;
const SEED_TITLE_START = '«Нұр Отан» аймақтық филиалдармен';
const latinArticleUrl = (a: { id: number; slug: string }) => `/kk-latn/article/${a.id}-${a.slug}`;

/** Site links on the page, leaving out the deliberate ones to other editions/alphabets (they carry hreflang). */
async function siteLinks(page: Page): Promise<string[]> {
  return page.locator('a[href^="/"]:not([hreflang])').evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the front page is in Latin, in lang kk-Latn, and every link stays under /kk-latn', async ({ page }) => {
    const response = await page.goto('/kk-latn');
    expect(response?.status()).toBe(200);
    expect(await page.locator('html').getAttribute('lang')).toBe('kk-Latn');
    await expect(page.getByRole('heading', { name: 'Soñğy jañalyqtar' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Köp oqylğandar' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Saiasat', exact: true })).toBeVisible();

    // Header and category menu: Latin only; the switch names the other alphabet and edition in their own script.
    const menu = page.getByRole('navigation', { name: 'Aidarlar' }).first();
    await expect(menu.getByRole('link')).toHaveCount(6);
    expect(await menu.innerText()).not.toMatch(CYRILLIC);
    const header = page.locator('body > header');
    const headerText = await header.evaluate((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      copy.querySelector('nav[aria-label="Tıldı tañdau"]')?.remove();
      return (
        copy.innerText +
        [...copy.querySelectorAll('[placeholder], [aria-label]')].map((e) => e.getAttribute('placeholder') ?? e.getAttribute('aria-label')).join(' ')
      );
    });
    expect(headerText).toContain('Jañalyqtar portaly');
    expect(headerText).not.toMatch(CYRILLIC);
    expect(await page.locator('main').innerText()).not.toMatch(CYRILLIC);
    await expect(page).toHaveTitle('Qamshy — jañalyqtar portaly');

    const links = await siteLinks(page);
    expect(links.length).toBeGreaterThan(20);
    expect(links.filter((href) => !href.startsWith('/kk-latn/') && href !== '/kk-latn')).toEqual([]);
    await expect(page.getByRole('search', { name: 'Saittan ızdeu' })).toHaveAttribute('action', '/kk-latn/search');
    const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((els) => els.map((el) => el.getAttribute('hreflang')));
    expect(alternates.sort()).toEqual(['kk', 'kk-Arab', 'kk-Latn', 'ru', 'x-default']);
  });

  test('the seed article is transliterated: title, body, date, labels, links, head', async ({ page, baseURL }) => {
    const seed = seedArticle();
    expect(seed.title.startsWith(SEED_TITLE_START)).toBe(true);
    await page.goto(latinArticleUrl(seed));
    expect(await page.locator('html').getAttribute('lang')).toBe('kk-Latn');
    const title = toKazakhLatin(seed.title);
    expect(title.startsWith('«Nūr Otan» aimaqtyq filialdarmen')).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page).toHaveTitle(`${title} | Qamshy`);
    await expect(page.locator('.article-body p')).toHaveCount(5);
    await expect(page.locator('.article-body')).toContainText('QazAqparatqa sılteme jasai otyryp habarlaidy');
    await expect(page.locator('time[datetime="2017-07-08T19:55:32+06:00"]').first()).toHaveText('8 şılde 2017, 19:55');
    await expect(page.getByRole('link', { name: 'QazAqparat' })).toHaveAttribute('href', /inform\.kz/);
    const comments = new CommentForm(page, 'kk-latn');
    await expect(comments.heading).toBeVisible();
    await expect(comments.name).toBeVisible();
    await expect(comments.submitButton).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Qatysty maqalalar' })).toBeVisible();
    expect(await page.locator('main').innerText()).not.toMatch(CYRILLIC);
    const links = await siteLinks(page);
    expect(links.filter((href) => !href.startsWith('/kk-latn/') && href !== '/kk-latn' && !href.startsWith('/uploads/'))).toEqual([]);
    await expect(page.locator('a[rel="author"]')).toHaveAttribute('href', /^\/kk-latn\/author\//);

    const head = page.locator('head');
    const url = `${baseURL}${latinArticleUrl(seed)}`;
    const kkUrl = `${baseURL}/kk/article/${seed.id}-${seed.slug}`;
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    const alternates = await head
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('hreflang'), el.getAttribute('href')]));
    expect(Object.fromEntries(alternates)).toEqual({ kk: kkUrl, 'kk-Latn': url, 'kk-Arab': kkUrl.replace('/kk/', '/kk-arab/'), 'x-default': kkUrl });
    await expect(head.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', `${baseURL}/kk/rss.xml`);
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: title, inLanguage: 'kk-Latn', url, articleSection: 'Saiasat' });
  });

  test('the Kazakh article names its Latin view as an alternate', async ({ page, baseURL }) => {
    const seed = seedArticle();
    await page.goto(`/kk/article/${seed.id}-${seed.slug}`);
    await expect(page.locator('head link[rel="alternate"][hreflang="kk-Latn"]')).toHaveAttribute('href', `${baseURL}${latinArticleUrl(seed)}`);
    const { kk, ru } = translatedPair();
    await page.goto(`/ru/article/${ru.id}-${ru.slug}`);
    await expect(page.locator('head link[rel="alternate"][hreflang="kk-Latn"]')).toHaveAttribute('href', `${baseURL}${latinArticleUrl(kk)}`);
  });

  test('a comment posted from the Latin page goes to the Kazakh article and the reader comes back to the Latin page', async ({ page }) => {
    // A translated pair of its own, so "the latest comment" is this test's whatever else runs.
    const { kk } = createTranslatedPair();
    const article = new ArticlePage(page, kk, 'kk-latn');
    await article.goto();
    await expect(article.translationLink).toHaveAttribute('hreflang', 'ru');
    await article.comments.post({ name: 'Aigül latyn', body: 'Öte paidaly maqala, raqmet.' });
    await expect(page).toHaveURL(new RegExp(`${article.url}#comment-received$`));
    await expect(article.comments.receivedAfterRedirect).toHaveText(article.comments.t('received'));
    expect(latestComment(kk.id)).toMatchObject({ author_name: 'Aigül latyn', status: 'pending' });
  });

  test('listings, pagination and search stay under /kk-latn and search the Kazakh content', async ({ page }) => {
    await page.goto('/kk-latn/category/sayasat');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Saiasat');
    const links = await siteLinks(page);
    expect(links.filter((href) => !href.startsWith('/kk-latn/') && href !== '/kk-latn')).toEqual([]);

    const seed = seedArticle();
    const response = await page.goto('/kk-latn/search?q=партия');
    expect(response?.status()).toBe(200);
    const hit = page.getByRole('link', { name: toKazakhLatin(seed.title) });
    await expect(hit).toHaveAttribute('href', latinArticleUrl(seed));
    await expect(page.getByRole('article').filter({ has: hit }).locator('mark').first()).toHaveText(/^partia/i);
    await expect(page.getByRole('searchbox', { name: 'Izdeu sūranysy' })).toHaveValue('партия');
  });

  test('a wrong or missing slug redirects 308 to the Latin canonical URL; unknown pages are a Latin 404', async ({ page, request }) => {
    const seed = seedArticle();
    for (const path of [`/kk-latn/article/${seed.id}`, `/kk-latn/article/${seed.id}-wrong-slug`]) {
      const response = await request.get(path, { maxRedirects: 0 });
      expect(response.status(), path).toBe(308);
      // On a cache miss Next sends the (same) Location twice, for /kk as well: check each one.
      const locations = response.headersArray().filter((h) => h.name.toLowerCase() === 'location');
      expect(locations.length, path).toBeGreaterThan(0);
      for (const { value } of locations) expect(new URL(value, 'http://x').pathname, path).toBe(latinArticleUrl(seed));
    }
    for (const path of ['/kk-latn/no-such', '/kk-latn/article/99999999-nothing', '/kk-latn/category/no-such']) {
      const response = await page.goto(path);
      expect(response?.status(), path).toBe(404);
      expect(await page.locator('html').getAttribute('lang'), path).toBe('kk-Latn');
      await expect(page.getByRole('heading', { name: 'Bet tabylmady' })).toBeVisible();
    }
  });

  test('the Latin view is chosen by a link only: / still goes to kk or ru, and no locale cookie is set', async ({ request }) => {
    const visit = await request.get('/kk-latn', { maxRedirects: 0 });
    expect(visit.status()).toBe(200);
    expect(visit.headers()['set-cookie']).toBeUndefined();
    for (const language of ['kk-Latn', 'kk-Latn-KZ,kk;q=0.9', 'kk']) {
      const response = await request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': language } });
      expect(response.status(), language).toBe(307);
      expect(response.headers().location, language).toMatch(/\/kk$/);
    }
    expect((await request.get('/kk-latn/rss.xml')).status()).toBe(404);
  });
});

test('the switch goes from a Kazakh article to its Latin view and back, and on to Russian', async ({ page }) => {
  const seed = seedArticle();
  const kkUrl = `/kk/article/${seed.id}-${seed.slug}`;
  await page.goto(kkUrl);
  const kkSwitch = page.getByRole('navigation', { name: 'Тілді таңдау' });
  await expect(kkSwitch.getByRole('link')).toHaveText(['Latyn', 'توتە', 'Русский']);
  await kkSwitch.getByRole('link', { name: 'Latyn' }).click();
  await expect(page).toHaveURL(new RegExp(`${latinArticleUrl(seed)}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(toKazakhLatin(seed.title));

  const latinSwitch = page.getByRole('navigation', { name: 'Tıldı tañdau' });
  await expect(latinSwitch.getByRole('link')).toHaveText(['Кирилл', 'توتە', 'Русский']);
  await latinSwitch.getByRole('link', { name: 'Кирилл' }).click();
  await expect(page).toHaveURL(new RegExp(`${kkUrl}$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(seed.title);

  // A listing keeps its path too; Russian is another edition, so the seed article's lack of a translation
  // sends the reader to the Russian front page.
  await page.goto('/kk-latn/category/sayasat?page=1');
  await expect(page.getByRole('navigation', { name: 'Tıldı tañdau' }).getByRole('link', { name: 'Кирилл' })).toHaveAttribute('href', '/kk/category/sayasat');
  await page.goto(latinArticleUrl(seed));
  await page.getByRole('navigation', { name: 'Tıldı tañdau' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru$/);
});

function latinPages() {
  const seed = seedArticle();
  return { 'front-kk-latn': '/kk-latn', 'article-kk-latn': latinArticleUrl(seed) };
}

test('axe-core finds no critical or serious violation on the Latin front and article pages', async ({ page }) => {
  for (const [name, url] of Object.entries(latinPages())) {
    await page.goto(url);
    expect(await seriousViolations(page), `${name} ${url}`).toEqual([]);
  }
});

test('the Nu Html Checker reports no error on the Latin pages', async ({ request }) => {
  const documents: Record<string, string> = {};
  for (const [name, url] of Object.entries(latinPages())) documents[name] = await (await request.get(url)).text();
  const errors = validateHtml(documents);
  expect(errors.map((e) => `${e.url.split('/').pop()}:${e.lastLine} ${e.message} ${e.extract ?? ''}`)).toEqual([]);
});

for (const width of [375, 1280]) {
  test(`the Latin pages read well at ${width}px with no horizontal scroll`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    for (const [name, url] of Object.entries(latinPages())) {
      await page.goto(url);
      await shootPage(page, name, width);
    }
  });
}

test.describe('Latin queries, without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('/kk-latn/search?q=partia finds the seed article, shown in Latin with the match highlighted', async ({ page }) => {
    const seed = seedArticle();
    const response = await page.goto('/kk-latn/search?q=partia');
    expect(response?.status()).toBe(200);
    const hit = page.getByRole('link', { name: toKazakhLatin(seed.title) });
    await expect(hit).toHaveAttribute('href', latinArticleUrl(seed));
    const result = page.getByRole('article').filter({ has: hit });
    await expect(result.locator('mark').first()).toHaveText(/^partia/i);
    expect(await result.innerText()).not.toMatch(CYRILLIC);
    await expect(page.getByRole('searchbox', { name: 'Izdeu sūranysy' })).toHaveValue('partia');

    // Without diacritics, two words: still found.
    await page.goto('/kk-latn/search?q=Nur+Otan');
    await expect(page.getByRole('link', { name: toKazakhLatin(seed.title) })).toBeVisible();
  });
});

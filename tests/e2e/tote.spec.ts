import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { toteMessages } from '../../i18n/tote-messages';
import { toKazakhArabic } from '../../lib/translit/kk-arab';
import { seriousViolations } from '../helpers/axe';
import { seedArticle, translatedPair } from '../helpers/e2e-db';
import { shootPage } from '../helpers/screenshots';
import { validateHtml } from '../helpers/vnu';

// /kk-arab: the Kazakh edition read in the Arabic-based töte script, right to left, converted on the server.

const CYRILLIC = /[\u0400-\u04FF]/;
const kk = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', 'kk.json'), 'utf8')) as typeof import('../../messages/kk.json');
const ui = toteMessages(kk);
const toteArticleUrl = (a: { id: number; slug: string }) => `/kk-arab/article/${a.id}-${a.slug}`;

/** Site links on the page, leaving out the deliberate ones to other editions/scripts (they carry hreflang). */
async function siteLinks(page: Page): Promise<string[]> {
  return page.locator('a[href^="/"]:not([hreflang])').evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
}

const outsideTote = (links: string[]) => links.filter((href) => !href.startsWith('/kk-arab/') && href !== '/kk-arab' && !href.startsWith('/uploads/'));

async function expectRtlHtml(page: Page) {
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk-Arab');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the front page is in töte, lang kk-Arab, dir rtl, and every link stays under /kk-arab', async ({ page }) => {
    const response = await page.goto('/kk-arab');
    expect(response?.status()).toBe(200);
    await expectRtlHtml(page);
    await expect(page.getByRole('heading', { name: ui.FrontPage.latest })).toBeVisible();
    expect(ui.FrontPage.latest).toBe('سوڭعى جاڭالىقتار');
    await expect(page.getByRole('heading', { name: 'ساياسات', exact: true })).toBeVisible();

    const menu = page.getByRole('navigation', { name: ui.SiteHeader.menu }).first();
    await expect(menu.getByRole('link')).toHaveCount(6);
    expect(await menu.innerText()).not.toMatch(CYRILLIC);
    expect(await page.locator('main').innerText()).not.toMatch(CYRILLIC);
    await expect(page).toHaveTitle(ui.FrontPage.title);

    const links = await siteLinks(page);
    expect(links.length).toBeGreaterThan(20);
    expect(outsideTote(links)).toEqual([]);
    await expect(page.getByRole('search', { name: ui.SiteHeader.searchLabel })).toHaveAttribute('action', '/kk-arab/search');
    const alternates = await page.locator('head link[rel="alternate"][hreflang]').evaluateAll((els) => els.map((el) => el.getAttribute('hreflang')));
    expect(alternates.sort()).toEqual(['kk', 'kk-Arab', 'kk-Latn', 'ru', 'x-default']);
  });

  test('the seed article reads in töte: title «نۇر وتان…», body, date, labels, links, head', async ({ page, baseURL }) => {
    const seed = seedArticle();
    await page.goto(toteArticleUrl(seed));
    await expectRtlHtml(page);
    const title = toKazakhArabic(seed.title);
    expect(title.startsWith('«نۇر وتان» ايماقتىق فيليالدارمەن')).toBe(true);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page).toHaveTitle(`${title} | Qamshy`);
    await expect(page.locator('.article-body p')).toHaveCount(5);
    await expect(page.locator('.article-body')).toContainText('قازاقپاراتقا سىلتەمە جاساي وتىرىپ حابارلايدى');
    await expect(page.locator('time[datetime="2017-07-08T19:55:32+06:00"]').first()).toHaveText(toKazakhArabic('8 шілде 2017, 19:55'));
    await expect(page.getByRole('heading', { name: ui.CommentForm.title })).toBeVisible();
    await expect(page.getByRole('button', { name: ui.CommentForm.submit })).toBeVisible();
    expect(await page.locator('main').innerText()).not.toMatch(CYRILLIC);
    expect(outsideTote(await siteLinks(page))).toEqual([]);
    await expect(page.locator('a[rel="author"]')).toHaveAttribute('href', /^\/kk-arab\/author\//);

    const head = page.locator('head');
    const url = `${baseURL}${toteArticleUrl(seed)}`;
    const kkUrl = `${baseURL}/kk/article/${seed.id}-${seed.slug}`;
    await expect(head.locator('link[rel="canonical"]')).toHaveAttribute('href', url);
    const alternates = await head
      .locator('link[rel="alternate"][hreflang]')
      .evaluateAll((els) => els.map((el) => [el.getAttribute('hreflang'), el.getAttribute('href')]));
    expect(Object.fromEntries(alternates)).toEqual({ kk: kkUrl, 'kk-Latn': kkUrl.replace('/kk/', '/kk-latn/'), 'kk-Arab': url, 'x-default': kkUrl });
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').first().textContent())!);
    expect(ld).toMatchObject({ '@type': 'NewsArticle', headline: title, inLanguage: 'kk-Arab', url });
  });

  test('the Kazakh, Latin and Russian pages name the töte view as an alternate', async ({ page, baseURL }) => {
    const seed = seedArticle();
    for (const prefix of ['kk', 'kk-latn']) {
      await page.goto(`/${prefix}/article/${seed.id}-${seed.slug}`);
      await expect(page.locator('head link[rel="alternate"][hreflang="kk-Arab"]')).toHaveAttribute('href', `${baseURL}${toteArticleUrl(seed)}`);
    }
    const { kk: kkArticle, ru } = translatedPair();
    await page.goto(`/ru/article/${ru.id}-${ru.slug}`);
    await expect(page.locator('head link[rel="alternate"][hreflang="kk-Arab"]')).toHaveAttribute('href', `${baseURL}${toteArticleUrl(kkArticle)}`);
  });

  test('listings and search stay under /kk-arab; search takes töte, Cyrillic and Latin', async ({ page }) => {
    await page.goto('/kk-arab/category/sayasat');
    await expectRtlHtml(page);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('ساياسات');
    expect(outsideTote(await siteLinks(page))).toEqual([]);

    const seed = seedArticle();
    for (const query of ['پارتيا', 'نۇر وتان', 'партия', 'partia', 'Nur Otan']) {
      const response = await page.goto(`/kk-arab/search?q=${encodeURIComponent(query)}`);
      expect(response?.status(), query).toBe(200);
      await expectRtlHtml(page);
      const hit = page.getByRole('link', { name: toKazakhArabic(seed.title) });
      await expect(hit, query).toHaveAttribute('href', toteArticleUrl(seed));
      await expect(page.locator('#search-page-q')).toHaveValue(query);
    }
    const result = page.getByRole('article').filter({ has: page.getByRole('link', { name: toKazakhArabic(seed.title) }) });
    expect(await result.innerText()).not.toMatch(CYRILLIC);
  });

  test('a wrong slug redirects to the töte canonical URL; unknown pages are a töte 404, right to left', async ({ page, request }) => {
    const seed = seedArticle();
    const response = await request.get(`/kk-arab/article/${seed.id}-wrong-slug`, { maxRedirects: 0 });
    expect(response.status()).toBe(308);
    for (const { value } of response.headersArray().filter((h) => h.name.toLowerCase() === 'location'))
      expect(new URL(value, 'http://x').pathname).toBe(toteArticleUrl(seed));
    for (const path of ['/kk-arab/no-such', '/kk-arab/article/99999999-nothing', '/kk-arab/category/no-such']) {
      const notFound = await page.goto(path);
      expect(notFound?.status(), path).toBe(404);
      await expectRtlHtml(page);
      await expect(page.getByRole('heading', { name: ui.NotFound.title })).toBeVisible();
    }
  });

  test('the footer names the Kazakh edition in all three scripts, on every edition and view', async ({ page }) => {
    for (const prefix of ['kk', 'kk-arab', 'ru']) {
      await page.goto(`/${prefix}`);
      const editions = page.locator('footer nav').last();
      for (const [href, lang, name] of [
        ['/kk', 'kk', 'Қазақша'],
        ['/kk-latn', 'kk-Latn', ui.LocaleSwitch.latin],
        ['/kk-arab', 'kk-Arab', ui.LocaleSwitch.arabic],
        ['/ru', 'ru', 'Русский'],
      ]) {
        const link = editions.getByRole('link', { name, exact: true });
        await expect(link, `${prefix}: ${href}`).toHaveAttribute('href', href);
        await expect(link, `${prefix}: ${href}`).toHaveAttribute('hreflang', lang);
      }
    }
  });

  test('the töte view is chosen by a link only, sets no cookie, and has no feed of its own', async ({ request }) => {
    const visit = await request.get('/kk-arab', { maxRedirects: 0 });
    expect(visit.status()).toBe(200);
    expect(visit.headers()['set-cookie']).toBeUndefined();
    const response = await request.get('/', { maxRedirects: 0, headers: { 'Accept-Language': 'kk-Arab,kk;q=0.9' } });
    expect(response.headers().location).toMatch(/\/kk$/);
    expect((await request.get('/kk-arab/rss.xml')).status()).toBe(404);
  });
});

test('the switch links all three scripts both ways, on the same page', async ({ page }) => {
  const seed = seedArticle();
  const path = `/article/${seed.id}-${seed.slug}`;
  const names = { kk: ui.LocaleSwitch.cyrillic, 'kk-latn': ui.LocaleSwitch.latin, 'kk-arab': ui.LocaleSwitch.arabic };
  const labels = { kk: kk.LocaleSwitch.label, 'kk-latn': 'Tıldı tañdau', 'kk-arab': ui.LocaleSwitch.label };
  for (const from of ['kk', 'kk-latn', 'kk-arab'] as const) {
    for (const to of ['kk', 'kk-latn', 'kk-arab'] as const) {
      if (from === to) continue;
      await page.goto(`/${from}${path}`);
      const nav = page.getByRole('navigation', { name: labels[from] });
      await expect(nav.getByRole('link', { name: names[to], exact: true })).toHaveAttribute('href', `/${to}${path}`);
      await nav.getByRole('link', { name: names[to], exact: true }).click();
      await expect(page).toHaveURL(new RegExp(`/${to}${path}$`));
    }
  }
  await page.goto('/kk-arab/category/sayasat');
  await expect(page.getByRole('navigation', { name: ui.LocaleSwitch.label }).getByRole('link')).toHaveText(['Кирилл', 'Latyn', 'Русский']);
});

test('töte is set in the self-hosted Naskh, a small woff2 only /kk-arab pages download', async ({ page }) => {
  const fonts: { url: string; bytes: number }[] = [];
  page.on('response', (response) => {
    if (!/\.woff2$/.test(new URL(response.url()).pathname)) return;
    const font = { url: response.url(), bytes: 0 };
    fonts.push(font);
    void response.body().then((body) => (font.bytes = body.length));
  });
  for (const url of ['/kk', '/ru', '/kk-latn', `/kk/article/${seedArticle().id}-${seedArticle().slug}`]) {
    await page.goto(url);
    await page.evaluate(() => document.fonts.ready.then(() => true));
  }
  expect(fonts, 'fonts downloaded by Cyrillic, Latin and Russian pages').toEqual([]);

  await page.goto(toteArticleUrl(seedArticle()));
  const loaded = await page.evaluate(async () => {
    await document.fonts.ready;
    return [...document.fonts].filter((face) => face.status === 'loaded').map((face) => face.family.replace(/"/g, ''));
  });
  expect(loaded).toContain('Qamshy Tote');
  await expect.poll(() => fonts.length).toBe(1);
  await expect.poll(() => fonts[0].bytes).toBeGreaterThan(0);
  expect(fonts[0].url).toMatch(/\/_next\/static\/media\/[^/]+\.woff2$/);
  expect(fonts[0].bytes).toBeGreaterThan(8_000);
  expect(fonts[0].bytes).toBeLessThan(20_000);
  const family = await page.getByRole('heading', { level: 1 }).evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toMatch(/^"?Qamshy Tote"?,/);
  // What the browser really drew the letters with, not only what the CSS asks for.
  const cdp = await page.context().newCDPSession(page);
  const { root } = await cdp.send('DOM.getDocument');
  await cdp.send('CSS.enable');
  for (const selector of ['h1', '.article-body p']) {
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    const { fonts: used } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    expect(
      used.filter((font) => font.isCustomFont).map((font) => font.familyName),
      selector,
    ).toEqual(['Noto Naskh Arabic']);
    // The rest are spaces, digits and guillemets, outside the face's unicode-range.
    const glyphs = (custom: boolean) => used.filter((font) => font.isCustomFont === custom).reduce((sum, font) => sum + font.glyphCount, 0);
    expect(glyphs(true), selector).toBeGreaterThan(3 * glyphs(false));
  }
});

function totePages() {
  return { 'front-kk-arab': '/kk-arab', 'article-kk-arab': toteArticleUrl(seedArticle()), 'category-kk-arab': '/kk-arab/category/sayasat' };
}

test('axe-core finds no critical or serious violation on the töte pages', async ({ page }) => {
  for (const [name, url] of Object.entries(totePages())) {
    await page.goto(url);
    expect(await seriousViolations(page), `${name} ${url}`).toEqual([]);
  }
});

test('the Nu Html Checker reports no error on the töte pages', async ({ request }) => {
  const documents: Record<string, string> = {};
  for (const [name, url] of Object.entries(totePages())) documents[name] = await (await request.get(url)).text();
  const errors = validateHtml(documents);
  expect(errors.map((e) => `${e.url.split('/').pop()}:${e.lastLine} ${e.message} ${e.extract ?? ''}`)).toEqual([]);
});

for (const width of [375, 1280]) {
  test(`the töte pages read right to left at ${width}px with no horizontal scroll`, async ({ page }) => {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    for (const [name, url] of Object.entries(totePages())) {
      await page.goto(url);
      await shootPage(page, name, width);
    }
    // The reading column starts at the right: the headline's right edge is near the page's right.
    await page.goto(toteArticleUrl(seedArticle()));
    const box = (await page.getByRole('heading', { level: 1 }).boundingBox())!;
    const textRight = await page.getByRole('heading', { level: 1 }).evaluate((el) => {
      const range = document.createRange();
      range.selectNodeContents(el);
      return range.getBoundingClientRect().right;
    });
    expect(box.x + box.width - textRight).toBeLessThan(2);
  });
}

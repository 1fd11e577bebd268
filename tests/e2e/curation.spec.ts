import { expect, test, type Browser, type Page } from '@playwright/test';
import type { Edition } from '../../lib/domain';
import { toKazakhArabic } from '../../lib/translit/kk-arab';
import { toKazakhLatin } from '../../lib/translit/kk-latin';
import { createArticle } from '../helpers/e2e-db';
import { shootPage } from '../helpers/screenshots';
import { signIn } from './pages/sign-in';
import { uiText } from './pages/ui-text';

// The editors' forms are used with JavaScript off (plain posts to server actions); readers are
// a separate, signed-out context (with JavaScript, which the screenshots' scrolling needs), so
// they get what the front server keeps for everyone.
test.use({ javaScriptEnabled: false });

const tFront = uiText('kk', 'AdminFront');
const tNotes = uiText('kk', 'AdminNotes');

/** A datetime-local value with seconds, `ms` from now, on Almaty's wall clock. */
function almatyInput(ms: number): string {
  return new Date(Date.now() + ms).toLocaleString('sv-SE', { timeZone: 'Asia/Almaty', hour12: false }).replace(' ', 'T');
}

async function reader(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ javaScriptEnabled: true });
  return context.newPage();
}

for (const edition of ['kk', 'ru'] as const satisfies readonly Edition[]) {
  const tBanner = uiText(edition, 'BreakingBanner');
  const tNote = uiText(edition, 'ArticleNotes');

  test.describe(`curation of the ${edition} edition`, () => {
    test('an editor pins the lead story and sets a banner: both show within seconds, and the banner goes at its expiry', async ({ page, browser }) => {
      test.setTimeout(90_000);
      const story = createArticle({ locale: edition });
      await signIn(page, 'editor', '/admin/articles');
      await page
        .getByRole('navigation', { name: uiText('kk', 'AdminLayout')('menu') })
        .getByRole('link', { name: uiText('kk', 'AdminLayout')('front') })
        .click();
      await page.goto(`/admin/front?edition=${edition}`);
      await page.getByLabel(tFront('article'), { exact: true }).selectOption(String(story.id));
      await page.getByLabel(tFront('position'), { exact: true }).selectOption('0');
      await page.getByRole('button', { name: tFront('pin'), exact: true }).click();
      await expect(page.getByRole('status')).toHaveText(tFront('done.pinned'));
      await expect(page.locator('[data-slot="0"]')).toContainText(story.title);

      const readerPage = await reader(browser);
      const lead = readerPage.locator('section[aria-labelledby="lead-story"]');
      await expect(async () => {
        await readerPage.goto(`/${edition}`);
        await expect(lead).toContainText(story.title, { timeout: 500 });
      }).toPass({ timeout: 5_000 });

      try {
        // A refused banner keeps what was typed.
        const text = edition === 'kk' ? `Шұғыл хабар: Алматыда жер сілкінісі ${story.id}` : `Срочно: землетрясение в Алматы ${story.id}`;
        await page.getByLabel(tFront('banner.text'), { exact: true }).fill(text);
        await page.getByLabel(tFront('banner.url'), { exact: true }).fill('javascript:alert(1)');
        await page.getByRole('button', { name: tFront('banner.submit') }).click();
        await expect(page.getByRole('alert')).toHaveText(tFront('errors.form'));
        await expect(page.getByText(tFront('errors.urlInvalid'))).toBeVisible();
        await expect(page.getByLabel(tFront('banner.text'), { exact: true })).toHaveValue(text);

        await page.getByLabel(tFront('banner.url'), { exact: true }).fill(`/${edition}/article/${story.id}-${story.slug}`);
        await page.getByLabel(tFront('banner.expiresAt'), { exact: true }).fill(almatyInput(8_000));
        await page.getByRole('button', { name: tFront('banner.submit') }).click();
        await expect(page.getByRole('status').filter({ hasText: tFront('banner.saved') })).toBeVisible();
        const setAt = Date.now();

        const banner = readerPage.getByRole('region', { name: tBanner('label') });
        await readerPage.goto(`/${edition}`);
        await expect(banner).toContainText(text);
        await expect(banner.getByRole('link')).toHaveAttribute('href', `/${edition}/article/${story.id}-${story.slug}`);
        expect(Date.now() - setAt).toBeLessThan(5_000);
        // On another page of the edition too, and in the Latin view (text in Latin letters, link kept in the view).
        await readerPage.goto(`/${edition}/article/${story.id}-${story.slug}`);
        await expect(banner).toContainText(text);
        if (edition === 'kk') {
          await readerPage.goto('/kk-latn');
          await expect(readerPage.getByRole('region', { name: uiText('kk-latn', 'BreakingBanner')('label') })).toContainText(toKazakhLatin(text));
          await expect(readerPage.getByRole('region', { name: uiText('kk-latn', 'BreakingBanner')('label') }).getByRole('link')).toHaveAttribute(
            'href',
            `/kk-latn/article/${story.id}-${story.slug}`,
          );
          // And in the töte view, right to left (its UI strings are made from kk.json by the app).
          await readerPage.goto('/kk-arab');
          const tote = readerPage.locator('div[role="region"]').filter({ hasText: toKazakhArabic(text) });
          await expect(tote).toHaveCount(1);
          await expect(tote.getByRole('link')).toHaveAttribute('href', `/kk-arab/article/${story.id}-${story.slug}`);
        }
        await readerPage.setViewportSize({ width: 375, height: 800 });
        await readerPage.goto(`/${edition}`);
        await shootPage(readerPage, `curation-banner-${edition}`, 375);
        await readerPage.setViewportSize({ width: 1280, height: 900 });
        await shootPage(readerPage, `curation-banner-${edition}`, 1280);

        // Gone at its expiry, though the page was kept by the front server meanwhile.
        await expect(async () => {
          await readerPage.goto(`/${edition}`);
          await expect(banner).toHaveCount(0, { timeout: 200 });
        }).toPass({ timeout: 15_000, intervals: [500] });
        expect(Date.now() - setAt).toBeGreaterThan(6_000);
      } finally {
        // The pin goes again, so other specs see the usual front page.
        await page.goto(`/admin/front?edition=${edition}`);
        await page.setViewportSize({ width: 375, height: 800 });
        await page.screenshot({ path: `test-results/screenshots/admin-front-${edition}-375.png`, fullPage: true });
        await page.getByRole('button', { name: tFront('removeLabel', { title: story.title }) }).click();
        await expect(page.getByRole('status')).toHaveText(tFront('done.removed'));
      }
      await expect(async () => {
        await readerPage.goto(`/${edition}`);
        await expect(lead).not.toContainText(story.title, { timeout: 500 });
      }).toPass({ timeout: 5_000 });
    });

    test('a correction added by an editor shows under the headline and in the JSON-LD', async ({ page, browser }) => {
      const story = createArticle({ locale: edition });
      const path = `/${edition}/article/${story.id}-${story.slug}`;
      const readerPage = await reader(browser);
      await readerPage.goto(path); // cached now: the note must purge it

      await signIn(page, 'editor', `/admin/articles/${story.id}/notes`);
      await page.getByRole('button', { name: tNotes('submit') }).click();
      await expect(page.getByRole('alert')).toHaveText(tNotes('errors.form'));
      const body = edition === 'kk' ? `Зардап шеккендер саны 5 емес, 3 (${story.id}).` : `Число пострадавших не 5, а 3 (${story.id}).`;
      await page.getByLabel(tNotes('kinds.correction'), { exact: true }).check();
      await page.getByLabel(tNotes('body'), { exact: true }).fill(body);
      await page.getByRole('button', { name: tNotes('submit') }).click();
      await expect(page.getByRole('status')).toHaveText(tNotes('added'));
      await expect(page.getByRole('listitem').filter({ hasText: body })).toContainText(tNotes('kinds.correction'));

      await readerPage.goto(path);
      const note = readerPage.getByRole('list', { name: tNote('label') }).getByRole('listitem');
      await expect(note).toHaveCount(1);
      await expect(note).toContainText(tNote('correction'));
      await expect(note).toContainText(body);
      const ld = (await readerPage.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text) as Record<string, unknown>);
      const article = ld.find((item) => item['@type'] === 'NewsArticle' || item['@type'] === 'LiveBlogPosting')!;
      expect(article.correction).toEqual([
        { '@type': 'CorrectionComment', text: body, datePublished: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+05:00$/) },
      ]);
      expect(article.dateModified).toBe((article.correction as { datePublished: string }[])[0].datePublished);
      await readerPage.setViewportSize({ width: 375, height: 800 });
      await shootPage(readerPage, `curation-correction-${edition}`, 375);
      await page.setViewportSize({ width: 375, height: 800 });
      await page.screenshot({ path: `test-results/screenshots/admin-notes-${edition}-375.png`, fullPage: true });
    });
  });
}

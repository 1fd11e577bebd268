import { expect, test, type Page } from '@playwright/test';
import type { Edition } from '../../lib/domain';
import { toKazakhArabic } from '../../lib/translit/kk-arab';
import { seriousViolations } from '../helpers/axe';
import { addArticleNote, createArticle, currentBanner, curateFront, insertApprovedComment, seedArticle } from '../helpers/e2e-db';
import { createLiveBlog } from '../helpers/live-db';
import { shootPage, shootWidths } from '../helpers/screenshots';
import { signIn } from './pages/sign-in';
import { uiText } from './pages/ui-text';

const widths = [375, 1280];

for (const width of widths) {
  test(`pages read well at ${width}px with no horizontal scroll`, async ({ page }) => {
    const seed = seedArticle();
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    const targets = { front: '/kk', article: `/kk/article/${seed.id}-${seed.slug}`, category: '/ru/category/ekonomika', 'front-ru': '/ru' };
    for (const [name, url] of Object.entries(targets)) {
      await page.goto(url);
      await shootPage(page, name, width);
    }
  });
}

const BANNER = {
  kk: 'Шұғыл: Астанада су тасқыны басталды, жағалаудағы үйлердің тұрғындары көшірілуде',
  ru: 'Срочно: в Астане началось наводнение, жителей прибрежных домов эвакуируют',
} as const;

const articleUrl = (prefix: string, a: { id: number; slug: string }) => `/${prefix}/article/${a.id}-${a.slug}`;

async function expectNoSeriousViolations(page: Page, name: string) {
  expect(await seriousViolations(page), name).toEqual([]);
}

test("today's reader pages: curated fronts with a banner, a live blog, notes, a second comment page, the töte view", async ({ page, browser }) => {
  test.setTimeout(240_000);
  const live = createLiveBlog('kk');
  const corrected = createArticle({ locale: 'kk' });
  addArticleNote(corrected.id, 'update', 'Мақалаға әкімдіктің ресми мәлімдемесі қосылды.', 90);
  addArticleNote(corrected.id, 'correction', 'Алғашқы нұсқада зардап шеккендер саны қате көрсетілген: 5 емес, 3 адам.', 30);
  const discussed = createArticle({ locale: 'kk' });
  for (let n = 1; n <= 55; n++)
    insertApprovedComment(discussed.id, n % 2 ? 'Оқырман' : 'Айгүл Сәрсенбаева', `Пікір №${n}: жаңалық үшін рахмет, бірақ толығырақ жазыңыздар.`);
  const top: Record<Edition, number[]> = {
    kk: [live.id, corrected.id, createArticle({ locale: 'kk' }).id],
    ru: [createArticle({ locale: 'ru' }).id, createArticle({ locale: 'ru' }).id, createArticle({ locale: 'ru' }).id],
  };
  const purger = createArticle({ locale: 'kk' });

  // One banner per edition: wait out one another spec may have up (curation.spec's lasts seconds).
  await expect.poll(() => currentBanner('kk') ?? currentBanner('ru'), { timeout: 30_000 }).toBeNull();
  const curated = (['kk', 'ru'] as const).map((edition) => curateFront(edition, { text: BANNER[edition], url: articleUrl(edition, corrected) }, top[edition]));
  const editor = await (await browser.newContext()).newPage();
  const tFront = uiText('kk', 'AdminFront');
  try {
    // Readers see the rows written above once an editor's action purges the kept pages.
    await signIn(editor, 'editor', '/admin/front?edition=kk');
    await editor.getByLabel(tFront('article'), { exact: true }).selectOption(String(purger.id));
    await editor.getByLabel(tFront('position'), { exact: true }).selectOption(String(Math.max(...curated[0].positions) + 1));
    await editor.getByRole('button', { name: tFront('pin'), exact: true }).click();
    await expect(editor.getByRole('status')).toHaveText(tFront('done.pinned'));
    await shootWidths(editor, 'admin-front-curated', '/admin/front?edition=kk');

    await shootWidths(page, 'front-banner-kk', '/kk');
    await expect(page.getByRole('region', { name: uiText('kk', 'BreakingBanner')('label') })).toContainText(BANNER.kk);
    const topStories = page.locator('section[aria-labelledby="top-stories"]');
    await expect(topStories.locator(`a[href="${articleUrl('kk', live)}"]`).first()).toBeVisible();
    await expect(topStories.getByText(uiText('kk', 'LiveBlog')('badge'), { exact: true }).first()).toBeVisible();
    // Pinned stories without a picture (the test's own) show no empty grey box in the phone's single column.
    await page.setViewportSize({ width: 375, height: 812 });
    const standIns = await topStories
      .locator('a[aria-hidden="true"]')
      .evaluateAll((links) => links.filter((a) => a.getBoundingClientRect().height > 0 && !a.querySelector('img')).length);
    expect(standIns).toBe(0);
    await expectNoSeriousViolations(page, 'front with banner kk');
    // The browser's own focus ring is dark: on the banner's red it must be white to be seen.
    const banner = page.getByRole('region', { name: uiText('kk', 'BreakingBanner')('label') });
    const bannerLink = banner.getByRole('link');
    await bannerLink.focus();
    expect(await bannerLink.evaluate((el) => getComputedStyle(el).outlineColor)).toBe('rgb(255, 255, 255)');
    // At 375 px the text wraps beside its badge rather than leaving the badge a row of its own.
    await page.setViewportSize({ width: 375, height: 812 });
    const [badgeBox, linkBox] = [(await banner.locator('strong').boundingBox())!, (await bannerLink.boundingBox())!];
    expect(linkBox.y).toBeLessThan(badgeBox.y + badgeBox.height);
    await shootWidths(page, 'front-banner-ru', '/ru');
    await expect(page.getByRole('region', { name: uiText('ru', 'BreakingBanner')('label') })).toContainText(BANNER.ru);
    await shootWidths(page, 'front-banner-kk-arab', '/kk-arab');
    await expectNoSeriousViolations(page, 'front with banner kk-arab');
  } finally {
    for (const { undo } of curated) undo();
    await editor.goto('/admin/front?edition=kk');
    await editor.getByRole('button', { name: tFront('removeLabel', { title: purger.title }) }).click();
    await expect(editor.getByRole('status')).toHaveText(tFront('done.removed'));
    await editor.context().close();
  }

  await shootWidths(page, 'live-blog-article-kk', articleUrl('kk', live));
  // A key event's title starts under its time, so a long one never wraps beneath the date.
  const keyEvent = page
    .getByRole('navigation', { name: uiText('kk', 'LiveBlog')('keyEvents') })
    .getByRole('listitem')
    .first();
  const [timeBox, titleBox] = [(await keyEvent.locator('time').boundingBox())!, (await keyEvent.getByRole('link').boundingBox())!];
  expect(titleBox.y).toBeGreaterThanOrEqual(timeBox.y + timeBox.height - 1);
  await expectNoSeriousViolations(page, 'live blog kk');
  await shootWidths(page, 'live-blog-article-kk-arab', articleUrl('kk-arab', live));
  // Letter-spacing tears Arabic script's joined letters apart: the badges are set solid in töte.
  const toteBadge = page.getByText(toKazakhArabic(uiText('kk', 'LiveBlog')('badge'), { isolate: false }), { exact: true }).first();
  expect(await toteBadge.evaluate((el) => getComputedStyle(el).letterSpacing)).toBe('normal');
  await shootWidths(page, 'article-notes-kk', articleUrl('kk', corrected));
  // A story without a picture shows none, not a grey box the size of one.
  await expect(page.locator('main article > figure')).toHaveCount(0);
  await shootWidths(page, 'article-notes-kk-arab', articleUrl('kk-arab', corrected));
  await expectNoSeriousViolations(page, 'article with notes kk-arab');
  await shootWidths(page, 'article-comments-page2-kk', `${articleUrl('kk', discussed)}?page=2#comments`);
  await shootWidths(page, 'article-comments-page2-kk-arab', `${articleUrl('kk-arab', discussed)}?page=2#comments`);
  await shootWidths(page, 'search-kk-arab', `/kk-arab/search?q=${encodeURIComponent('партия')}`);
  // A Cyrillic query in the right-to-left view reads left to right in its box.
  expect(await page.locator('#search-page-q').evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
  await expectNoSeriousViolations(page, 'search kk-arab');
});

import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { createTranslator } from 'next-intl';
import { toteMessages } from '../../i18n/tote-messages';
import { toKazakhArabic } from '../../lib/translit/kk-arab';
import { createLiveBlog, entriesOf, type LiveBlogRow } from '../helpers/live-db';
import { signIn } from './pages/sign-in';
import { uiText, type Messages } from './pages/ui-text';

// Issue 11: "a reader sees a live blog update without reloading ... All in kk and ru". The Kazakh
// Cyrillic page is covered by live-blog.spec.ts; here the Russian edition and the töte view, and
// the poll's pause while the tab is hidden.

const admin = uiText('kk', 'AdminLive');
const CYRILLIC = /[\u0400-\u04FF]/;
const kk = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', 'kk.json'), 'utf8')) as Messages;
const toteLive = createTranslator({ locale: 'kk', messages: toteMessages(kk), namespace: 'LiveBlog' });
const articleUrl = (blog: LiveBlogRow, prefix: 'ru' | 'kk-arab') => `/${prefix}/article/${blog.id}-${blog.slug}`;

/** The reader's page with a marker a reload would wipe, polling every `ms` (the component reads data-poll-ms at each turn). */
async function openReader(page: Page, url: string, ms: number) {
  await page.goto(url);
  await expect(page.locator('article[id^="entry-"]')).toHaveCount(2);
  await page.evaluate((pollMs) => {
    (window as unknown as { stayed: boolean }).stayed = true;
    document.querySelector<HTMLElement>('.live-updates')!.dataset.pollMs = String(pollMs);
    document.dispatchEvent(new Event('visibilitychange'));
  }, ms);
}

/** An editor adds an entry from /admin in another browser context; returns its id. */
async function addEntry(browser: Browser, blog: LiveBlogRow, headline: string, body: string): Promise<number> {
  const context = await browser.newContext();
  const editor = await context.newPage();
  await signIn(editor, 'editor', `/admin/articles/${blog.id}/live`);
  const form = editor.locator('section[aria-labelledby="live-add-title"] form');
  await form.getByLabel(admin('headline')).fill(headline);
  await form.getByLabel(admin('body')).fill(body);
  await form.getByRole('button', { name: admin('add') }).click();
  await expect(editor).toHaveURL(/\?saved=added$/);
  await context.close();
  const added = entriesOf(blog.id).at(-1)!;
  expect(added.headline).toBe(headline);
  return added.id;
}

const stayed = (page: Page) => page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed);

test('ru: a reader with JavaScript sees a new entry appear at the top without a reload, announced in Russian', async ({ page, browser }) => {
  const live = uiText('ru', 'LiveBlog');
  const blog = createLiveBlog('ru');
  await openReader(page, articleUrl(blog, 'ru'), 1000);
  await expect(page.locator('article header:has(h1)').getByText(live('badge'), { exact: true })).toBeVisible();

  const headline = `Дорогу открыли ${Date.now()}`;
  const id = await addEntry(browser, blog, headline, 'Движение **восстановлено** полностью.');
  const entry = page.locator(`article#entry-${id}`);
  await expect(entry).toBeVisible({ timeout: 25_000 });
  await expect(entry.getByRole('heading', { name: headline })).toBeVisible();
  await expect(entry.locator('strong')).toHaveText('восстановлено');
  await expect(entry.getByRole('link', { name: live('share') })).toHaveAttribute('href', new RegExp(`#entry-${id}$`));
  await expect(page.locator('article[id^="entry-"]').first()).toHaveAttribute('id', `entry-${id}`);
  await expect(page.getByRole('status').filter({ hasText: live('announce', { count: 1 }) })).toHaveCount(1);
  expect(await stayed(page)).toBe(true);
});

test('kk-arab: the töte page gets the new entry without a reload, in töte', async ({ page, browser }) => {
  const blog = createLiveBlog('kk');
  await openReader(page, articleUrl(blog, 'kk-arab'), 1000);
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');

  const headline = `Жол ашылды ${Date.now()}`;
  const id = await addEntry(browser, blog, headline, 'Көлік қозғалысы толық қалпына келді.');
  const entry = page.locator(`article#entry-${id}`);
  await expect(entry).toBeVisible({ timeout: 25_000 });
  await expect(entry.getByRole('heading', { level: 3 })).toContainText(toKazakhArabic('Жол ашылды'));
  await expect(entry).toContainText(toKazakhArabic('Көлік қозғалысы толық қалпына келді.'));
  expect(await entry.innerText()).not.toMatch(CYRILLIC);
  // Its share link stays in the töte view.
  await expect(entry.getByRole('link', { name: toteLive('share') })).toHaveAttribute(
    'href',
    new RegExp(`^(https?://[^/]+)?${articleUrl(blog, 'kk-arab')}#entry-${id}$`),
  );
  expect(await stayed(page)).toBe(true);
});

test('the poll pauses while the tab is hidden and asks at once when it is shown again', async ({ page }) => {
  const blog = createLiveBlog('ru');
  const polls: number[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname === `/api/live/${blog.id}`) polls.push(Date.now());
  });
  await openReader(page, articleUrl(blog, 'ru'), 300);
  await expect.poll(() => polls.length, { timeout: 5_000 }).toBeGreaterThanOrEqual(2);

  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => true });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'hidden' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await page.waitForTimeout(600); // a poll already on its way may finish
  const whileHidden = polls.length;
  await page.waitForTimeout(3_000); // ten turns of the interval
  expect(polls.length).toBe(whileHidden);

  const shownAt = Date.now();
  await page.evaluate(() => {
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => false });
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => 'visible' });
    document.dispatchEvent(new Event('visibilitychange'));
  });
  await expect.poll(() => polls.filter((at) => at >= shownAt).length, { timeout: 3_000 }).toBeGreaterThanOrEqual(1);
});

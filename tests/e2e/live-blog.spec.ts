import { expect, test, type Page } from '@playwright/test';
import { shootPage } from '../helpers/screenshots';
import { createLiveBlog, demoLiveBlog, entriesOf, type LiveBlogRow } from '../helpers/live-db';
import { signIn } from './pages/sign-in';
import { escapeRegExp, uiText } from './pages/ui-text';

const live = uiText('kk', 'LiveBlog');
const admin = uiText('kk', 'AdminLive');
const articleUrl = (blog: { id: number; slug: string }, prefix = 'kk') => `/${prefix}/article/${blog.id}-${blog.slug}`;
const adminUrl = (blog: { id: number }) => `/admin/articles/${blog.id}/live`;
// The article's own badge (cards of other open live blogs below carry one too).
const headerBadge = (page: Page, label = live('badge')) => page.locator('article header:has(h1)').getByText(label, { exact: true });

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((text) => JSON.parse(text) as Record<string, unknown>);
}

/** The entry form on the live page, filled and sent (works with and without JavaScript). */
async function addEntry(page: Page, entry: { headline?: string; body: string; keyEvent?: boolean }) {
  const form = page.locator('section[aria-labelledby="live-add-title"] form');
  await form.getByLabel(admin('headline')).fill(entry.headline ?? '');
  await form.getByLabel(admin('body')).fill(entry.body);
  if (entry.keyEvent) await form.getByLabel(admin('keyEvent')).check();
  await form.getByRole('button', { name: admin('add') }).click();
}

test.describe('a live blog for readers', () => {
  test('with JavaScript a new entry appears without a reload and is announced; a reload without JavaScript shows it too', async ({ page, browser }) => {
    const blog = createLiveBlog('kk');
    await page.goto(articleUrl(blog));
    await expect(headerBadge(page)).toBeVisible();
    await expect(page.locator('article[id^="entry-"]')).toHaveCount(2);
    // Newest first.
    await expect(page.locator('article[id^="entry-"]').first()).toHaveAttribute('id', `entry-${blog.entryIds[1]}`);
    // A marker that a reload would wipe; and a shorter poll for the test (read at each scheduling).
    await page.evaluate(() => {
      (window as unknown as { stayed: boolean }).stayed = true;
      document.querySelector<HTMLElement>('.live-updates')!.dataset.pollMs = '1000';
      document.dispatchEvent(new Event('visibilitychange'));
    });

    const editorContext = await browser.newContext();
    const editor = await editorContext.newPage();
    await signIn(editor, 'editor', adminUrl(blog));
    const headline = `Жаңа хабар ${Date.now()}`;
    await addEntry(editor, { headline, body: 'Жол **қайта ашылды**.', keyEvent: true });
    await expect(editor).toHaveURL(new RegExp(`${escapeRegExp(adminUrl(blog))}\\?saved=added$`));
    await editorContext.close();

    const added = entriesOf(blog.id).at(-1)!;
    expect(added.headline).toBe(headline);
    const entry = page.locator(`article#entry-${added.id}`);
    await expect(entry).toBeVisible({ timeout: 25_000 });
    await expect(entry.getByRole('heading', { name: headline })).toBeVisible();
    await expect(entry.locator('strong')).toHaveText('қайта ашылды');
    await expect(page.locator('article[id^="entry-"]').first()).toHaveAttribute('id', `entry-${added.id}`);
    await expect(page.getByRole('status').filter({ hasText: live('announce', { count: 1 }) })).toHaveCount(1);
    expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);

    const noJs = await browser.newContext({ javaScriptEnabled: false });
    const reader = await noJs.newPage();
    await reader.goto(articleUrl(blog));
    await expect(reader.locator(`article#entry-${added.id}`).getByRole('heading', { name: headline })).toBeVisible();
    // The key events: the seeded one and the new one, each a link to its entry.
    const keyEvents = reader.getByRole('navigation', { name: live('keyEvents') });
    await expect(keyEvents.getByRole('link')).toHaveCount(2);
    await keyEvents.getByRole('link', { name: headline }).click();
    await expect(reader).toHaveURL(new RegExp(`#entry-${added.id}$`));
    await expect(reader.locator(`article#entry-${added.id}`)).toBeInViewport();
    // Each entry's share link is the article's address with the entry's anchor.
    await expect(reader.locator(`article#entry-${added.id}`).getByRole('link', { name: live('share') })).toHaveAttribute(
      'href',
      new RegExp(`${escapeRegExp(articleUrl(blog))}#entry-${added.id}$`),
    );
    await noJs.close();
  });

  test('the poll answers JSON kept for a few seconds by the front server, and no inline handler or foreign script is on the page', async ({
    page,
    request,
  }) => {
    const blog = createLiveBlog('ru');
    const url = `/api/live/${blog.id}?locale=ru&after=${blog.entryIds[0]}`;
    const first = await request.get(url);
    expect(first.status()).toBe(200);
    expect(first.headers()['cache-control']).toMatch(/s-maxage=5\b/);
    const answer = await first.json();
    expect(answer).toMatchObject({ open: true, entries: [{ id: blog.entryIds[1] }] });
    const second = await request.get(url);
    expect(second.headers()['x-cache']).toBe('HIT');
    expect((await request.get(`/api/live/${blog.id}?locale=kk`)).status()).toBe(404);

    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(articleUrl(blog, 'ru'));
    await expect(page.locator('article[id^="entry-"]')).toHaveCount(2);
    const html = await page.content();
    expect(html).not.toMatch(/\son[a-z]+=/i);
    const external = await page
      .locator('script[src]')
      .evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).src).filter((src) => !src.startsWith(location.origin)));
    expect(external).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

  test('JSON-LD is a LiveBlogPosting with its entries as BlogPosting updates', async ({ page }) => {
    const blog = createLiveBlog('kk');
    await page.goto(articleUrl(blog));
    const posting = (await jsonLd(page)).find((block) => block['@type'] === 'LiveBlogPosting') as Record<string, unknown> & {
      liveBlogUpdate: Record<string, string>[];
    };
    expect(posting).toBeDefined();
    expect(posting.coverageStartTime).toMatch(/\+05:00$/);
    expect(posting.coverageEndTime).toBeUndefined();
    expect(posting.liveBlogUpdate.map((u) => u['@type'])).toEqual(['BlogPosting', 'BlogPosting']);
    expect(posting.liveBlogUpdate[0]).toMatchObject({ articleBody: 'Екінші жазба.', url: expect.stringMatching(new RegExp(`#entry-${blog.entryIds[1]}$`)) });
    expect(posting.liveBlogUpdate[1]).toMatchObject({ headline: 'Алғашқы басты оқиға', datePublished: expect.stringMatching(/\+05:00$/) });
  });

  test('the Kazakh script views show the entries in their own script', async ({ page }) => {
    const blog = demoLiveBlog('kk');
    await page.goto(articleUrl(blog, 'kk-latn'));
    await expect(headerBadge(page, uiText('kk-latn', 'LiveBlog')('badge'))).toBeVisible();
    await expect(page.locator('article[id^="entry-"]')).toHaveCount(12);
    await expect(page.getByRole('heading', { name: 'Mektepter qaşyqtan oquğa köşti' })).toBeVisible();
    await page.goto(articleUrl(blog, 'kk-arab'));
    await expect(headerBadge(page, uiText('kk-arab', 'LiveBlog')('badge'))).toBeVisible();
    await expect(page.locator('article[id^="entry-"]')).toHaveCount(12);
    // Töte: no Cyrillic left in the entries.
    expect(await page.locator('article[id^="entry-"]').first().innerText()).not.toMatch(/[а-яәіңғүұқөһ]/i);
  });

  test('screenshots of a demo live blog at 375 and 1280 px', async ({ page }) => {
    for (const locale of ['kk', 'ru'] as const) {
      const blog = demoLiveBlog(locale);
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(articleUrl(blog, locale));
        await expect(page.locator('article[id^="entry-"]')).toHaveCount(12);
        await shootPage(page, `live-blog-${locale}`, width);
        await page.screenshot({ path: `test-results/screenshots/live-blog-${locale}-top-${width}.png` });
        await page.evaluate(() => document.getElementById('key-events-title')!.scrollIntoView());
        await page.screenshot({ path: `test-results/screenshots/live-blog-${locale}-entries-${width}.png` });
      }
    }
  });
});

test.describe('the editors without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('add (a refusal keeps the text), edit, remove with a confirm page, close and reopen; readers follow', async ({ page, browser }) => {
    const blog: LiveBlogRow = createLiveBlog('kk');
    await signIn(page, 'editor', adminUrl(blog));
    const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();

    await addEntry(page, { headline: 'Тек тақырып', body: '' });
    await expect(page.getByText(admin('errors.bodyRequired'))).toBeVisible();
    await expect(page.getByLabel(admin('headline'))).toHaveValue('Тек тақырып');

    await addEntry(page, { headline: 'Жаңа жазба', body: 'Мәтін бар.' });
    await expect(page).toHaveURL(/\?saved=added$/);
    await expect(page.getByRole('status')).toHaveText(admin('saved.added'));
    const added = entriesOf(blog.id).at(-1)!;
    await expect(page.locator(`#admin-entry-${added.id}`)).toContainText('Мәтін бар.');
    await page.screenshot({ path: 'test-results/screenshots/admin-live-1280.png', fullPage: true });

    await page.getByRole('link', { name: `${admin('edit')} #${added.id}` }).click();
    await page.getByLabel(admin('body')).fill('Мәтін түзетілді.');
    await page.getByRole('button', { name: admin('save') }).click();
    await expect(page).toHaveURL(/\?saved=edited$/);
    expect(entriesOf(blog.id).at(-1)!.edited_at).not.toBeNull();
    await reader.goto(articleUrl(blog));
    const shown = reader.locator(`article#entry-${added.id}`);
    await expect(shown).toContainText('Мәтін түзетілді.');
    await expect(shown.getByText(live('edited'), { exact: true })).toBeVisible();

    await page.getByRole('link', { name: `${admin('remove')} #${added.id}` }).click();
    await expect(page.getByRole('heading', { name: admin('removeTitle') })).toBeVisible();
    expect(entriesOf(blog.id).map((e) => e.id)).toContain(added.id); // asking is not removing
    await page.getByRole('button', { name: admin('removeConfirm') }).click();
    await expect(page).toHaveURL(/\?saved=removed$/);
    expect(entriesOf(blog.id).map((e) => e.id)).not.toContain(added.id);
    await reader.goto(articleUrl(blog));
    await expect(reader.locator(`article#entry-${added.id}`)).toHaveCount(0);

    await page.getByRole('button', { name: admin('close') }).click();
    await expect(page).toHaveURL(/\?saved=closed$/);
    await reader.goto(articleUrl(blog));
    await expect(headerBadge(reader)).toHaveCount(0);
    await expect(reader.getByText(live('ended'))).toBeVisible();
    const posting = (await jsonLd(reader)).find((block) => block['@type'] === 'LiveBlogPosting')!;
    expect(posting.coverageEndTime).toMatch(/\+05:00$/);

    await page.getByRole('button', { name: admin('reopen') }).click();
    await expect(page).toHaveURL(/\?saved=reopened$/);
    await reader.goto(articleUrl(blog));
    await expect(headerBadge(reader)).toBeVisible();
    await reader.context().close();
  });
});

import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from '../helpers/axe';
import { seedArticle } from '../helpers/e2e-db';
import { ArticleEditor } from './pages/article-editor';
import { ArticlePage } from './pages/article-page';
import { signIn } from './pages/sign-in';
import { anyCount, escapeRegExp, uiText } from './pages/ui-text';

// Every article here is written by the test that changes it.
const revisions = uiText('kk', 'AdminRevisions');

async function screenshot(page: Page, name: string, { axe = true } = {}) {
  // After an action's redirect the new page's <title> can arrive a moment after its body.
  await expect(page).toHaveTitle(/\S/);
  if (axe) expect(await seriousViolations(page), `${name}: accessibility`).toEqual([]);
  for (const width of [1280, 375]) {
    await page.setViewportSize({ width, height: 900 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${name} overflows at ${width}px`).toBeLessThanOrEqual(0);
    await page.screenshot({ path: `test-results/screenshots/admin-${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

test('an editor compares revisions, restores the first one, and readers get it back', async ({ page }) => {
  await signIn(page, 'editor');
  const editor = new ArticleEditor(page);
  const title = `Нұсқалар сынағы ${Date.now()}`;
  const id = await editor.write({ title, body: 'Бірінші жол.\n\nЕкінші жол бастапқы.', category: 'KK · Қоғам' });
  await editor.expectSaved('publish');
  const href = await editor.readerHref();

  await editor.body.fill('Бірінші жол.\n\nЕкінші жол өзгертілді.');
  await editor.button('save').click();
  await editor.expectSaved('save');
  // Both saves land on the same URL: the revision count tells them apart.
  await expect(editor.revisionsLink(1)).toBeVisible();
  await editor.title.fill(`${title} (түзетілген)`);
  await editor.button('save').click();
  await expect(editor.revisionsLink(2)).toBeVisible();
  await screenshot(page, 'editor-existing');

  await editor.revisionsLink(2).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(revisions('title'));
  await expect(page.getByRole('link', { name: anyCount((version) => revisions('compare', { version })) })).toHaveCount(2);
  await screenshot(page, 'revisions');
  await page.getByRole('link', { name: revisions('compare', { version: 1 }) }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}/revisions/\\d+$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(revisions('diffHeading', { version: 1, current: 3 }));
  // The body's changed line, and only it, is marked: the first line is context.
  await expect(page.locator('del', { hasText: 'Екінші жол бастапқы.' })).toBeVisible();
  await expect(page.locator('ins', { hasText: 'Екінші жол өзгертілді.' })).toBeVisible();
  await expect(page.locator('del, ins').filter({ hasText: 'Бірінші жол.' })).toHaveCount(0);
  await expect(page.locator('ins', { hasText: '(түзетілген)' })).toBeVisible();
  await screenshot(page, 'revision-diff');

  await page.getByRole('button', { name: revisions('restore', { version: 1 }) }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}\\?saved=restore$`));
  await editor.expectSaved('restore');
  await expect(editor.title).toHaveValue(title);
  await expect(editor.revisionsLink(3)).toBeVisible();

  const reader = ArticlePage.at(page, href);
  await reader.goto();
  await expect(reader.heading).toHaveText(title);
  await expect(reader.body).toContainText('Екінші жол бастапқы.');
  await expect(reader.body).not.toContainText('өзгертілді');
});

test('an editor links a translation, refused first for the same edition, and the language switch follows it', async ({ page }) => {
  await signIn(page, 'editor');
  const editor = new ArticleEditor(page);
  const stamp = Date.now();
  const ruTitle = `Перевод для связи ${stamp}`;
  const ruId = await editor.write({ title: ruTitle, body: 'Текст на русском.', category: 'RU · Общество', locale: 'ru' });
  await editor.expectSaved('publish');

  await editor.gotoNew();
  const kkTitle = `Байланыс сынағы ${stamp}`;
  await editor.fill({ title: kkTitle, body: 'Қазақша мәтін.', category: 'KK · Қоғам' });
  // A Kazakh article typed by number: same edition, refused with the form kept (nothing is saved).
  await editor.field('translationRef').fill(String(seedArticle().id));
  await editor.button('publish').click();
  await expect(editor.errorOf('translationRef')).toHaveText(editor.t('errors.translationSameEdition'));
  await expect(editor.title).toHaveValue(kkTitle);
  await expect(editor.body).toHaveValue('Қазақша мәтін.');

  await editor.field('translationRef').fill('');
  await editor.field('translationId').selectOption({ label: `#${ruId} · ${ruTitle}` });
  await editor.button('publish').click();
  await editor.expectSaved('publish');
  await expect(editor.field('translationId')).toHaveValue(String(ruId));
  const kk = ArticlePage.at(page, await editor.readerHref());

  await kk.goto();
  await kk.switchEdition.click();
  await expect(page).toHaveURL(new RegExp(`/ru/article/${ruId}-`));
  const ru = ArticlePage.at(page, new URL(page.url()).pathname);
  await expect(ru.heading).toHaveText(ruTitle);
  // And back: the pair is stored on one side, found from both.
  await ru.switchEdition.click();
  await expect(page).toHaveURL(new RegExp(`${kk.url}$`));
});

test('the preview shows the body as readers get it: rendered on the server, sanitized', async ({ page }) => {
  await signIn(page, 'editor');
  const editor = new ArticleEditor(page);
  await editor.gotoNew();
  const previews: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/admin/articles/preview')) previews.push(request.postData() ?? '');
  });
  await editor.body.fill('Бұл **қалың** сөз.\n\n<script>window.previewRan = 1</script>\n\n<img src="x" onerror="window.previewRan = 2">');
  await editor.previewButton.click();
  const preview = editor.preview;
  await expect(preview.locator('strong')).toHaveText('қалың');
  expect(await preview.locator('script, [onerror]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { previewRan?: number }).previewRan)).toBeUndefined();

  // Typing updates it, one request per pause rather than per keystroke.
  const before = previews.length;
  await editor.body.press('End');
  await editor.body.pressSequentially('\n\n## Тақырыпша', { delay: 20 });
  await expect(preview.getByRole('heading', { name: 'Тақырыпша' })).toBeVisible();
  expect(previews.length - before).toBeLessThanOrEqual(2);
  await screenshot(page, 'editor-preview', { axe: false }); // the test's own alt-less <img> is in the preview
  await editor.hidePreviewButton.click();
  await expect(preview).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an editor picks a picture from the media library, and readers see it', async ({ page }) => {
    await signIn(page, 'editor');
    const editor = new ArticleEditor(page);
    const media = uiText('kk', 'AdminMedia');
    const title = `Кітапхана суреті ${Date.now()}`;
    await editor.gotoNew();
    await expect(editor.previewButton).toHaveCount(0); // an enhancement only
    const id = await editor.write({ title, body: 'Суретті кітапханадан аламыз.', category: 'KK · Мәдениет' }, 'library');
    await expect(page).toHaveURL(new RegExp(`/admin/media\\?pick=${id}$`));
    await expect(page.getByText(media('pickIntro', { title }))).toBeVisible();
    await screenshot(page, 'media-pick', { axe: false }); // axe needs page scripts

    const src = (await page.getByRole('listitem').locator('img').first().getAttribute('src'))!;
    expect(src).toMatch(/^\/uploads\/thumbnail\/\d{17}_small\.jpg$/);
    // Found by its picture, not its place: another test may upload meanwhile.
    const pick = new RegExp(`^${escapeRegExp(media('pickNamed', { date: '' }))}`);
    await page
      .getByRole('listitem')
      .filter({ has: page.locator(`img[src="${src}"]`) })
      .getByRole('button', { name: pick })
      .click();
    await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}\\?saved=thumbnail$`));
    await editor.expectSaved('thumbnail');

    await editor.button('publish').click();
    await editor.expectSaved('publish');
    const reader = ArticlePage.at(page, await editor.readerHref());
    await reader.goto();
    await expect(reader.heading).toHaveText(title);
    await expect(page.locator('figure img')).toHaveAttribute('src', src);
  });
});

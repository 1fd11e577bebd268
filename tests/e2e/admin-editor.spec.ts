import { expect, test, type Page } from '@playwright/test';
import { signIn } from '../helpers/admin';
import { seriousViolations } from '../helpers/axe';
import { seedArticle } from '../helpers/e2e-db';

// Each test signs in from its own address (sign-in is throttled per IP), apart from admin.spec's.
let ip = 10;
test.beforeEach(async ({ context }) => {
  ip += 1;
  await context.setExtraHTTPHeaders({ 'X-Forwarded-For': `203.0.113.${ip}` });
});

type Draft = { title: string; body: string; category: string; locale?: 'kk' | 'ru' };

/** Fills the new-article form, presses `button`, and returns the id the editor lands on. */
async function writeArticle(page: Page, draft: Draft, button = 'Жариялау') {
  await page.goto('/admin/articles/new');
  await page.getByLabel('Тақырып', { exact: true }).fill(draft.title);
  await page.getByLabel('Мәтін (Markdown)').fill(draft.body);
  if (draft.locale) await page.getByLabel('Басылым', { exact: true }).selectOption(draft.locale);
  await page.getByLabel('Айдар').selectOption({ label: draft.category });
  await page.getByRole('button', { name: button }).click();
  await expect(page).toHaveURL(/\/admin\/(articles\/\d+|media\?pick=\d+)/);
  return Number(/(?:articles\/|pick=)(\d+)/.exec(page.url())![1]);
}

async function readerHref(page: Page) {
  return (await page.getByRole('link', { name: 'Сайтта көру' }).getAttribute('href'))!;
}

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
  const title = `Нұсқалар сынағы ${Date.now()}`;
  const id = await writeArticle(page, { title, body: 'Бірінші жол.\n\nЕкінші жол бастапқы.', category: 'KK · Қоғам' });
  await expect(page.getByRole('status')).toHaveText('Мақала жарияланды.');
  const href = await readerHref(page);

  await page.getByLabel('Мәтін (Markdown)').fill('Бірінші жол.\n\nЕкінші жол өзгертілді.');
  await page.getByRole('button', { name: 'Сақтау' }).click();
  await expect(page.getByRole('status')).toHaveText('Өзгерістер сақталды.');
  // Both saves land on the same URL: the revision count tells them apart.
  await expect(page.getByRole('link', { name: 'Нұсқалар тарихы (1)' })).toBeVisible();
  await page.getByLabel('Тақырып', { exact: true }).fill(`${title} (түзетілген)`);
  await page.getByRole('button', { name: 'Сақтау' }).click();
  await expect(page.getByRole('link', { name: 'Нұсқалар тарихы (2)' })).toBeVisible();
  await screenshot(page, 'editor-existing');

  await page.getByRole('link', { name: 'Нұсқалар тарихы (2)' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Нұсқалар тарихы');
  await expect(page.getByRole('link', { name: /-нұсқаны салыстыру$/ })).toHaveCount(2);
  await screenshot(page, 'revisions');
  await page.getByRole('link', { name: '1-нұсқаны салыстыру' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}/revisions/\\d+$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('1-нұсқа және ағымдағы мәтін (3-нұсқа)');
  // The body's changed line, and only it, is marked: the first line is context.
  await expect(page.locator('del', { hasText: 'Екінші жол бастапқы.' })).toBeVisible();
  await expect(page.locator('ins', { hasText: 'Екінші жол өзгертілді.' })).toBeVisible();
  await expect(page.locator('del, ins').filter({ hasText: 'Бірінші жол.' })).toHaveCount(0);
  await expect(page.locator('ins', { hasText: '(түзетілген)' })).toBeVisible();
  await screenshot(page, 'revision-diff');

  await page.getByRole('button', { name: '1-нұсқаны қалпына келтіру' }).click();
  await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}\\?saved=restore$`));
  await expect(page.getByRole('status')).toHaveText('Мәтін тарихтан қалпына келтірілді.');
  await expect(page.getByLabel('Тақырып', { exact: true })).toHaveValue(title);
  await expect(page.getByRole('link', { name: 'Нұсқалар тарихы (3)' })).toBeVisible();

  await page.goto(href);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(page.locator('.article-body')).toContainText('Екінші жол бастапқы.');
  await expect(page.locator('.article-body')).not.toContainText('өзгертілді');
});

test('an editor links a translation, refused first for the same edition, and the language switch follows it', async ({ page }) => {
  await signIn(page, 'editor');
  const stamp = Date.now();
  const ruTitle = `Перевод для связи ${stamp}`;
  const ruId = await writeArticle(page, { title: ruTitle, body: 'Текст на русском.', category: 'RU · Общество', locale: 'ru' });
  await expect(page.getByRole('status')).toHaveText('Мақала жарияланды.');

  await page.goto('/admin/articles/new');
  const kkTitle = `Байланыс сынағы ${stamp}`;
  await page.getByLabel('Тақырып', { exact: true }).fill(kkTitle);
  await page.getByLabel('Мәтін (Markdown)').fill('Қазақша мәтін.');
  await page.getByLabel('Айдар').selectOption({ label: 'KK · Қоғам' });
  // A Kazakh article typed by number: same edition, refused with the form kept.
  await page.getByLabel('немесе мақала нөмірі').fill(String(seedArticle().id));
  await page.getByRole('button', { name: 'Жариялау' }).click();
  await expect(page.locator('#article-translationRef-error')).toHaveText('Аударма басқа басылымдағы мақала болуы керек.');
  await expect(page.getByLabel('Тақырып', { exact: true })).toHaveValue(kkTitle);
  await expect(page.getByLabel('Мәтін (Markdown)')).toHaveValue('Қазақша мәтін.');

  await page.getByLabel('немесе мақала нөмірі').fill('');
  await page.getByLabel('Басқа басылымдағы мақала').selectOption({ label: `#${ruId} · ${ruTitle}` });
  await page.getByRole('button', { name: 'Жариялау' }).click();
  await expect(page.getByRole('status')).toHaveText('Мақала жарияланды.');
  await expect(page.getByLabel('Басқа басылымдағы мақала')).toHaveValue(String(ruId));
  const kkHref = await readerHref(page);

  await page.goto(kkHref);
  await page.getByRole('navigation', { name: 'Тілді таңдау' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(new RegExp(`/ru/article/${ruId}-`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(ruTitle);
  // And back: the pair is stored on one side, found from both.
  await page.getByRole('navigation', { name: 'Выбор языка' }).getByRole('link', { name: 'Қазақша' }).click();
  await expect(page).toHaveURL(new RegExp(`${kkHref}$`));
});

test('the preview shows the body as readers get it: rendered on the server, sanitized', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/admin/articles/new');
  const previews: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('/admin/articles/preview')) previews.push(request.postData() ?? '');
  });
  await page.getByLabel('Мәтін (Markdown)').fill('Бұл **қалың** сөз.\n\n<script>window.previewRan = 1</script>\n\n<img src="x" onerror="window.previewRan = 2">');
  await page.getByRole('button', { name: 'Алдын ала қарау' }).click();
  const preview = page.getByRole('region', { name: 'Оқырман осылай көреді' });
  await expect(preview.locator('strong')).toHaveText('қалың');
  expect(await preview.locator('script, [onerror]').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { previewRan?: number }).previewRan)).toBeUndefined();

  // Typing updates it, one request per pause rather than per keystroke.
  const before = previews.length;
  await page.getByLabel('Мәтін (Markdown)').press('End');
  await page.getByLabel('Мәтін (Markdown)').pressSequentially('\n\n## Тақырыпша', { delay: 20 });
  await expect(preview.getByRole('heading', { name: 'Тақырыпша' })).toBeVisible();
  expect(previews.length - before).toBeLessThanOrEqual(2);
  await screenshot(page, 'editor-preview', { axe: false }); // the test's own alt-less <img> is in the preview
  await page.getByRole('button', { name: 'Алдын ала қарауды жабу' }).click();
  await expect(preview).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an editor picks a picture from the media library, and readers see it', async ({ page }) => {
    await signIn(page, 'editor');
    const title = `Кітапхана суреті ${Date.now()}`;
    await page.goto('/admin/articles/new');
    await expect(page.getByRole('button', { name: 'Алдын ала қарау' })).toHaveCount(0); // an enhancement only
    const id = await writeArticle(page, { title, body: 'Суретті кітапханадан аламыз.', category: 'KK · Мәдениет' }, 'Сақтап, суреттер қорынан таңдау');
    await expect(page).toHaveURL(new RegExp(`/admin/media\\?pick=${id}$`));
    await expect(page.getByText(`«${title}» мақаласына сурет таңдаңыз.`)).toBeVisible();
    await screenshot(page, 'media-pick', { axe: false }); // axe needs page scripts

    const src = (await page.getByRole('listitem').locator('img').first().getAttribute('src'))!;
    expect(src).toMatch(/^\/uploads\/thumbnail\/\d{17}_small\.jpg$/);
    // Found by its picture, not its place: another test may upload meanwhile.
    await page.getByRole('listitem').filter({ has: page.locator(`img[src="${src}"]`) }).getByRole('button', { name: /^Таңдау: / }).click();
    await expect(page).toHaveURL(new RegExp(`/admin/articles/${id}\\?saved=thumbnail$`));
    await expect(page.getByRole('status')).toHaveText('Сурет таңдалды.');

    await page.getByRole('button', { name: 'Жариялау' }).click();
    await expect(page.getByRole('status')).toHaveText('Мақала жарияланды.');
    await page.goto(await readerHref(page));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    await expect(page.locator('figure img')).toHaveAttribute('src', src);
  });
});

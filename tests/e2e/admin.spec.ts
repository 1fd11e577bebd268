import { expect, test } from '@playwright/test';
import sharp from 'sharp';
import { ACCOUNTS } from '../helpers/accounts';
import { signIn } from '../helpers/admin';
import { e2eDb } from '../helpers/e2e-db';

// Each test signs in from its own address, so the per-IP sign-in limit of one test never
// touches another.
let ip = 10;
test.beforeEach(async ({ context }) => {
  ip += 1;
  await context.setExtraHTTPHeaders({ 'X-Forwarded-For': `198.51.100.${ip}` });
});

test('a visitor without a session is sent to sign-in and comes back after it', async ({ page }) => {
  const response = await page.goto('/admin/comments?status=pending');
  expect(response?.status()).toBe(200);
  await expect(page).toHaveURL(/\/admin\/login\?next=%2Fadmin%2Fcomments%3Fstatus%3Dpending$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
  await signIn(page, 'editor', '/admin/comments?status=pending');
  await expect(page.getByRole('heading', { name: 'Пікірлерді модерациялау' })).toBeVisible();
});

test('wrong passwords and unknown accounts get one message, then the account is throttled', async ({ page }) => {
  const attempt = async (email: string, password: string) => {
    await page.goto('/admin/login');
    await page.getByLabel('Электрондық пошта').fill(email);
    await page.getByLabel('Құпиясөз').fill(password);
    await page.getByRole('button', { name: 'Кіру' }).click();
    const alert = page.locator('form [role="alert"]');
    await expect(alert).toBeVisible();
    return alert.textContent();
  };
  const unknown = await attempt('nobody@qamshy.test', 'whatever-password');
  const wrong = await attempt(ACCOUNTS.author.email, 'not-the-password');
  expect(unknown).toBe('Электрондық пошта немесе құпиясөз қате.');
  expect(wrong).toBe(unknown);
  await expect(page.getByLabel('Электрондық пошта')).toHaveValue(ACCOUNTS.author.email);
  for (let i = 0; i < 3; i++) await attempt('nobody@qamshy.test', 'whatever-password');
  expect(await attempt('nobody@qamshy.test', 'whatever-password')).toBe('Сәтсіз әрекеттер тым көп. 15 минуттан кейін қайталап көріңіз.');
});

test('an editor writes and publishes an article, and readers see it at once', async ({ page, browser }) => {
  // Readers' cached front page, rendered before the article exists.
  const reader = await browser.newPage();
  await reader.goto('/kk');
  await signIn(page, 'editor');
  await page.getByRole('link', { name: 'Жаңа мақала' }).first().click();
  const title = `Редакция сынағы ${Date.now()}`;
  await page.getByLabel('Тақырып', { exact: true }).fill(title);
  await page.getByLabel('Лид').fill('Жаңа мақаланың қысқаша мазмұны.');
  await page.getByLabel('Мәтін (Markdown)').fill('Бірінші абзац **маңызды** сөзбен.\n\nЕкінші абзац.\n\n<script>alert(1)</script>');
  await page.getByLabel('Айдар').selectOption({ label: 'KK · Спорт' });
  await page.getByLabel('Тегтер').fill('футбол, сынақ тегі');
  await page.getByRole('button', { name: 'Жариялау' }).click();
  await expect(page.getByRole('status')).toHaveText('Мақала жарияланды.');
  const view = page.getByRole('link', { name: 'Сайтта көру' });
  const href = await view.getAttribute('href');
  expect(href).toMatch(/^\/kk\/article\/\d+-redaktsiia-synagy-\d+$/);

  await reader.goto(href!);
  await expect(reader.getByRole('heading', { level: 1 })).toHaveText(title);
  await expect(reader.locator('.article-body strong')).toHaveText('маңызды');
  expect(await reader.locator('.article-body script').count()).toBe(0);
  await expect(reader.getByRole('link', { name: '#сынақ тегі' })).toBeVisible();
  await reader.goto('/kk');
  await expect(reader.getByRole('link', { name: title }).first()).toBeVisible();
  await reader.close();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an editor schedules an article that readers cannot see yet; bad input keeps the text', async ({ page }) => {
    await signIn(page, 'editor');
    await page.goto('/admin/articles/new');
    const title = `Жоспарланған ${Date.now()}`;
    await page.getByLabel('Тақырып', { exact: true }).fill(title);
    await page.getByLabel('Мәтін (Markdown)').fill('Болашақта жарияланатын мәтін.');
    await page.getByRole('button', { name: 'Жоспарлау' }).click();
    // No category and no time: localized errors, and what was typed is still there.
    await expect(page.getByText('Айдарды таңдаңыз.')).toBeVisible();
    await expect(page.getByText('Күн мен уақытты дұрыс көрсетіңіз.')).toBeVisible();
    await expect(page.getByLabel('Тақырып', { exact: true })).toHaveValue(title);
    await expect(page.getByLabel('Мәтін (Markdown)')).toHaveValue('Болашақта жарияланатын мәтін.');

    await page.getByLabel('Айдар').selectOption({ label: 'KK · Экономика' });
    await page.getByLabel('Жариялау уақыты (Алматы)').fill('2031-01-01T09:00');
    await page.getByRole('button', { name: 'Жоспарлау' }).click();
    await expect(page.getByRole('status')).toHaveText('Мақала жоспарланды.');
    const id = Number(/\/admin\/articles\/(\d+)/.exec(page.url())![1]);
    const db = e2eDb();
    const row = db.prepare('select status, published_at, slug from articles where id = ?').get(id) as { status: string; published_at: number; slug: string };
    db.close();
    expect(row.status).toBe('scheduled');
    expect(new Date(row.published_at).toISOString()).toBe('2031-01-01T04:00:00.000Z'); // 09:00 in Almaty
    const reader = await page.request.get(`/kk/article/${id}-${row.slug}`);
    expect(reader.status()).toBe(404);
  });

  test('a reader comment is approved by an editor and appears on the article', async ({ page, browser }) => {
    const db = e2eDb();
    const article = db.prepare("select id, slug from articles where locale = 'kk' and thumbnail is not null order by id desc limit 1 offset 3").get() as { id: number; slug: string };
    db.close();
    const url = `/kk/article/${article.id}-${article.slug}`;
    const reader = await browser.newPage({ javaScriptEnabled: false });
    await reader.goto(url);
    const text = `Модерация сынағы ${Date.now()}`;
    await reader.getByLabel('Атыңыз').fill('Сәуле');
    await reader.getByLabel('Пікір', { exact: true }).fill(text);
    await reader.getByRole('button', { name: 'Жіберу' }).click();
    await expect(reader.locator('#comment-received')).toBeVisible();

    await signIn(page, 'editor', '/admin/comments');
    const item = page.getByRole('listitem').filter({ hasText: text });
    await item.getByRole('button', { name: 'Мақұлдау' }).click();
    await expect(page.getByRole('status')).toHaveText('1 пікір мақұлданды.');

    await reader.goto(url);
    await expect(reader.locator('#comments')).toContainText(text);
    await reader.close();
  });

  test('sign-out ends the session on the server, not only in the browser', async ({ page, browser }) => {
    await signIn(page, 'admin');
    const cookie = (await page.context().cookies()).find((c) => c.name === 'qamshy_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    await page.getByRole('button', { name: 'Шығу' }).click();
    await expect(page).toHaveURL(/\/admin\/login$/);
    // Replaying the old cookie gets nowhere.
    const replay = await browser.newContext({ javaScriptEnabled: false });
    await replay.addCookies([{ ...cookie }]);
    const again = await replay.newPage();
    await again.goto('/admin/articles');
    await expect(again).toHaveURL(/\/admin\/login\?next=/);
    await replay.close();
  });

  test('an author can write a draft but cannot publish or moderate', async ({ page }) => {
    await signIn(page, 'author');
    await page.goto('/admin/articles/new');
    await expect(page.getByRole('button', { name: 'Жариялау' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Тексеруге жіберу' })).toBeVisible();
    await page.getByLabel('Тақырып', { exact: true }).fill('Автордың жобасы');
    await page.getByLabel('Мәтін (Markdown)').fill('Жоба мәтіні.');
    await page.getByLabel('Айдар').selectOption({ label: 'KK · Қоғам' });
    await page.getByRole('button', { name: 'Тексеруге жіберу' }).click();
    await expect(page.getByRole('status')).toHaveText('Мақала тексеруге жіберілді.');
    await expect(page.getByRole('link', { name: 'Пікірлер' })).toHaveCount(0);
    const refused = await page.goto('/admin/comments');
    expect(refused?.status()).toBe(403);
    // Someone else's article is refused too.
    const db = e2eDb();
    const foreign = db.prepare("select id from articles where status = 'published' limit 1").get() as { id: number };
    db.close();
    expect((await page.goto(`/admin/articles/${foreign.id}`))?.status()).toBe(403);
  });
});

test('an editor uploads a photo: checked by content, EXIF/GPS stripped, shown to readers', async ({ page }) => {
  await signIn(page, 'editor');
  await page.goto('/admin/articles/new');
  await page.getByLabel('Тақырып', { exact: true }).fill(`Суретті мақала ${Date.now()}`);
  await page.getByLabel('Мәтін (Markdown)').fill('Суреті бар мақала.');
  await page.getByLabel('Айдар').selectOption({ label: 'KK · Мәдениет' });
  // Not an image, whatever its name says.
  await page.getByLabel('Сурет', { exact: true }).setInputFiles({ name: 'photo.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('<?php echo "hi"; ?>') });
  await page.getByRole('button', { name: 'Жариялау' }).click();
  await expect(page.locator('#article-thumbnailFile-error')).toHaveText('Тек JPEG, PNG, WebP немесе AVIF суреттерін жүктеуге болады. Файлды қайта таңдаңыз.');
  await expect(page.getByLabel('Мәтін (Markdown)')).toHaveValue('Суреті бар мақала.');

  // A real JPEG carrying GPS coordinates in its EXIF.
  const photo = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#3a7' } })
    .jpeg()
    .withExif({ IFD0: { Make: 'QamshyCam' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '43/1 15/1 0/1' } })
    .toBuffer();
  expect((await sharp(photo).metadata()).exif).toBeDefined();
  await page.getByLabel('Сурет', { exact: true }).setInputFiles({ name: 'almaty.jpg', mimeType: 'image/jpeg', buffer: photo });
  await page.getByLabel('Суреттің балама мәтіні').fill('Алматы көшесі');
  await page.getByRole('button', { name: 'Жариялау' }).click();
  await expect(page.getByRole('status')).toHaveText('Мақала жарияланды.');
  const href = (await page.getByRole('link', { name: 'Сайтта көру' }).getAttribute('href'))!;

  await page.goto(href);
  const img = page.locator('figure img');
  await expect(img).toHaveAttribute('alt', 'Алматы көшесі');
  const src = (await img.getAttribute('src'))!;
  expect(src).toMatch(/^\/uploads\/thumbnail\/\d{17}_small\.jpg$/);
  // srcset lets the browser pick a size; any of them must be a real image of this upload.
  expect(await img.evaluate((el: HTMLImageElement) => (el.complete && el.currentSrc.includes(el.src.split('/').pop()!.split('_')[0]) ? el.naturalWidth : 0))).toBeGreaterThan(0);
  for (const size of ['small', 'medium', 'large']) {
    const served = await page.request.get(src.replace('_small', `_${size}`));
    expect(served.status()).toBe(200);
    const meta = await sharp(await served.body()).metadata();
    expect(meta.exif, `${size} keeps no EXIF`).toBeUndefined();
  }
});

import { expect, test } from '@playwright/test';
import { waitForCommentFillTime } from '../helpers/comment-fill';
import { insertApprovedComment, latestComment, seedArticle, untouchedArticle } from '../helpers/e2e-db';

const path = () => {
  const seed = seedArticle();
  return { seed, url: `/kk/article/${seed.id}-${seed.slug}` };
};

test.describe('with JavaScript', () => {
  test('invalid input shows localized field errors and keeps the text; valid input is received', async ({ page }) => {
    const { seed, url } = path();
    await page.goto(url);
    await page.getByLabel('Атыңыз').fill('А');
    await page.getByLabel('Пікір', { exact: true }).fill('Өте пайдалы мақала, рақмет!');
    await page.getByRole('button', { name: 'Жіберу' }).click();
    await expect(page.getByText('Аты кемінде 2 таңбадан тұруы керек.')).toBeVisible();
    await expect(page.getByLabel('Пікір', { exact: true })).toHaveValue('Өте пайдалы мақала, рақмет!');
    await expect(page.getByLabel('Атыңыз')).toHaveAttribute('aria-invalid', 'true');

    await page.getByLabel('Атыңыз').fill('Айжан JS');
    await page.getByLabel('Пікір', { exact: true }).fill('Өте пайдалы мақала.\nЕкінші жол <b>қалың емес</b>');
    await waitForCommentFillTime(page);
    await page.getByRole('button', { name: 'Жіберу' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Пікіріңіз қабылданды' }).first()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${url}$`));
    const saved = latestComment(seed.id)!;
    expect(saved).toMatchObject({ author_name: 'Айжан JS', status: 'pending', body: 'Өте пайдалы мақала.\nЕкінші жол <b>қалың емес</b>' });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a plain form POST shows errors with the typed text kept', async ({ page }) => {
    const { url } = path();
    await page.goto(url);
    await page.getByLabel('Атыңыз').fill('Ерлан');
    await page.getByLabel('Пікір', { exact: true }).fill('ok');
    await page.getByRole('button', { name: 'Жіберу' }).click();
    await expect(page.getByText('Пікір кемінде 3 таңбадан тұруы керек.')).toBeVisible();
    await expect(page.getByLabel('Атыңыз')).toHaveValue('Ерлан');
    await expect(page.getByLabel('Пікір', { exact: true })).toHaveValue('ok');
  });

  test('a valid plain form POST redirects back with a visible confirmation', async ({ page }) => {
    const { seed, url } = path();
    await page.goto(url);
    await expect(page.locator('#comment-received')).toBeHidden();
    await page.getByLabel('Атыңыз').fill('Ерлан noJS');
    await page.getByLabel('Пікір', { exact: true }).fill('JavaScript-сіз жіберілген пікір.');
    await waitForCommentFillTime(page);
    await page.getByRole('button', { name: 'Жіберу' }).click();
    await expect(page).toHaveURL(new RegExp(`${url}#comment-received$`));
    await expect(page.locator('#comment-received')).toBeVisible();
    await expect(page.locator('#comment-received')).toHaveText('Рақмет! Пікіріңіз қабылданды, модерациядан кейін жарияланады.');
    expect(latestComment(seed.id)).toMatchObject({ author_name: 'Ерлан noJS', status: 'pending' });
    // Pending comments are not shown to readers.
    await expect(page.getByText('JavaScript-сіз жіберілген пікір.')).toHaveCount(0);
  });
});

test('approved comments are shown as text with their line breaks, never as HTML', async ({ page }) => {
  const article = untouchedArticle();
  insertApprovedComment(article.id, 'Мария <i>', 'Первая строка <script>window.__pwned = 1</script>\nВторая <b>строка</b>');
  await page.goto(`/ru/article/${article.id}-${article.slug}`);
  const comment = page.locator('#comments li').last();
  await expect(comment).toContainText('Мария <i>');
  await expect(comment.locator('p').last()).toHaveText('Первая строка <script>window.__pwned = 1</script>\nВторая <b>строка</b>');
  expect(await comment.locator('b, i, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const box = await comment.locator('p').last().boundingBox();
  expect(box!.height).toBeGreaterThan(30); // two rendered lines
});

// Sent at once, before the minimum fill time: refused (too fast, or no form-start token yet when
// the form's start image had not arrived), localized, with the reader's text kept.
const REFUSED_RU = /^(Комментарий отправлен слишком быстро|Форма обновлена)\./;

test.describe('a comment sent too soon', () => {
  test('with JavaScript: refused in place, in Russian, text kept', async ({ page }) => {
    const article = untouchedArticle();
    await page.goto(`/ru/article/${article.id}-${article.slug}`);
    await page.getByLabel('Ваше имя').fill('Иван');
    await page.getByLabel('Комментарий', { exact: true }).fill('Отправлено сразу');
    await page.getByRole('button', { name: 'Отправить' }).click();
    await expect(page.locator('form [role="alert"]')).toHaveText(REFUSED_RU);
    await expect(page.getByLabel('Ваше имя')).toHaveValue('Иван');
    await expect(page.getByLabel('Комментарий', { exact: true })).toHaveValue('Отправлено сразу');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('a plain POST is answered 4xx with the message and the text kept', async ({ page }) => {
      const article = untouchedArticle();
      await page.goto(`/ru/article/${article.id}-${article.slug}`);
      await page.getByLabel('Ваше имя').fill('Иван');
      await page.getByLabel('Комментарий', { exact: true }).fill('Без JavaScript сразу');
      const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), page.getByRole('button', { name: 'Отправить' }).click()]);
      expect([400, 429]).toContain(response.status());
      await expect(page.locator('form [role="alert"]')).toHaveText(REFUSED_RU);
      await expect(page.getByLabel('Ваше имя')).toHaveValue('Иван');
      await expect(page.getByLabel('Комментарий', { exact: true })).toHaveValue('Без JavaScript сразу');
    });
  });
});

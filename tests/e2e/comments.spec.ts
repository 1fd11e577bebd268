import { expect, test } from '@playwright/test';
import { createArticle, insertApprovedComment, latestComment } from '../helpers/e2e-db';
import { ArticlePage } from './pages/article-page';

// Each test comments on an article of its own: the per-article limit on comments waiting for
// moderation, and "the latest comment", are then this test's alone, whatever else runs.

test.describe('with JavaScript', () => {
  test('invalid input shows localized field errors and keeps the text; valid input is received', async ({ page }) => {
    const article = new ArticlePage(page, createArticle({ locale: 'kk' }));
    const form = article.comments;
    await article.goto();
    await form.fill({ name: 'А', body: 'Өте пайдалы мақала, рақмет!' });
    await form.send();
    await expect(page.getByText(form.t('nameTooShort'))).toBeVisible();
    await expect(form.body).toHaveValue('Өте пайдалы мақала, рақмет!');
    await expect(form.name).toHaveAttribute('aria-invalid', 'true');

    await form.post({ name: 'Айжан JS', body: 'Өте пайдалы мақала.\nЕкінші жол <b>қалың емес</b>' });
    await expect(form.receivedInPlace).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`${article.url}$`));
    expect(latestComment(article.article.id)).toMatchObject({
      author_name: 'Айжан JS',
      status: 'pending',
      body: 'Өте пайдалы мақала.\nЕкінші жол <b>қалың емес</b>',
    });
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a plain form POST shows errors with the typed text kept', async ({ page }) => {
    const article = new ArticlePage(page, createArticle({ locale: 'kk' }));
    const form = article.comments;
    await article.goto();
    await form.fill({ name: 'Ерлан', body: 'ok' });
    await form.send();
    await expect(page.getByText(form.t('bodyTooShort'))).toBeVisible();
    await expect(form.name).toHaveValue('Ерлан');
    await expect(form.body).toHaveValue('ok');
  });

  test('a valid plain form POST redirects back with a visible confirmation', async ({ page }) => {
    const article = new ArticlePage(page, createArticle({ locale: 'kk' }));
    const form = article.comments;
    await article.goto();
    await expect(form.receivedAfterRedirect).toBeHidden();
    await form.post({ name: 'Ерлан noJS', body: 'JavaScript-сіз жіберілген пікір.' });
    await expect(page).toHaveURL(new RegExp(`${article.url}#comment-received$`));
    await expect(form.receivedAfterRedirect).toBeVisible();
    await expect(form.receivedAfterRedirect).toHaveText(form.t('received'));
    expect(latestComment(article.article.id)).toMatchObject({ author_name: 'Ерлан noJS', status: 'pending' });
    // Pending comments are not shown to readers.
    await expect(page.getByText('JavaScript-сіз жіберілген пікір.')).toHaveCount(0);
  });
});

test('approved comments are shown as text with their line breaks, never as HTML', async ({ page }) => {
  // Its page is first rendered after the comment is written straight into the database.
  const article = new ArticlePage(page, createArticle({ locale: 'ru' }));
  insertApprovedComment(article.article.id, 'Мария <i>', 'Первая строка <script>window.__pwned = 1</script>\nВторая <b>строка</b>');
  await article.goto();
  const comment = article.commentList.locator('li').last();
  await expect(comment).toContainText('Мария <i>');
  await expect(comment.locator('p').last()).toHaveText('Первая строка <script>window.__pwned = 1</script>\nВторая <b>строка</b>');
  expect(await comment.locator('b, i, script').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const box = await comment.locator('p').last().boundingBox();
  expect(box!.height).toBeGreaterThan(30); // two rendered lines
});

// Sent at once, before the minimum fill time: refused (too fast, or no form-start token yet when
// the form's start image had not arrived), localized, with the reader's text kept.
test.describe('a comment sent too soon', () => {
  test('with JavaScript: refused in place, in Russian, text kept', async ({ page }) => {
    const article = new ArticlePage(page, createArticle({ locale: 'ru' }));
    const form = article.comments;
    await article.goto();
    await form.fill({ name: 'Иван', body: 'Отправлено сразу' });
    await form.send();
    await expect(form.alert).toHaveText(form.sentTooSoon);
    await expect(form.name).toHaveValue('Иван');
    await expect(form.body).toHaveValue('Отправлено сразу');
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });

    test('a plain POST is answered 4xx with the message and the text kept', async ({ page }) => {
      const article = new ArticlePage(page, createArticle({ locale: 'ru' }));
      const form = article.comments;
      await article.goto();
      await form.fill({ name: 'Иван', body: 'Без JavaScript сразу' });
      const [response] = await Promise.all([page.waitForResponse((r) => r.request().method() === 'POST'), form.send()]);
      expect([400, 429]).toContain(response.status());
      await expect(form.alert).toHaveText(form.sentTooSoon);
      await expect(form.name).toHaveValue('Иван');
      await expect(form.body).toHaveValue('Без JavaScript сразу');
    });
  });
});

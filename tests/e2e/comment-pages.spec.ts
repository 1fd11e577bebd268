import { expect, test } from '@playwright/test';
import { createArticle, insertApprovedComment } from '../helpers/e2e-db';
import { ArticlePage } from './pages/article-page';

// A busy story's discussion is paged (50 a page, oldest first), so its page stays small and fast
// however many comments it gathers; ?page=N past the last page is a 404 like a listing's.
test.use({ javaScriptEnabled: false });

test('approved comments are paged with ?page=N, oldest first, without JavaScript', async ({ page }) => {
  const article = new ArticlePage(page, createArticle({ locale: 'kk' }));
  for (let n = 0; n < 55; n++) insertApprovedComment(article.article.id, 'Оқырман', `Пікір №${n}`);
  await article.goto();
  const items = page.locator('#comments ol > li');
  await expect(items).toHaveCount(50);
  await expect(items.first()).toContainText('Пікір №0');
  await expect(page.locator('#comments-title')).toContainText('55');

  const next = page.locator('#comments a[rel="next"]');
  await expect(next).toHaveAttribute('href', `${article.url}?page=2#comments`);
  await next.click();
  await expect(items).toHaveCount(5);
  await expect(items.first()).toContainText('Пікір №50');
  await expect(page.locator('#comments a[rel="prev"]')).toHaveAttribute('href', `${article.url}#comments`);

  for (const bad of ['?page=3', '?page=abc', '?page=1&page=2']) expect((await page.goto(article.url + bad))?.status(), bad).toBe(404);
});

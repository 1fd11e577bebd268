import { expect, test } from '@playwright/test';
import { seriousViolations } from '../helpers/axe';
import { addArticleNote, createArticle } from '../helpers/e2e-db';
import { createLiveBlog } from '../helpers/live-db';
import { signIn, SignInPage } from './pages/sign-in';

for (const width of [375, 1280]) {
  test(`the newsroom reads well at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await new SignInPage(page).goto();
    await page.screenshot({ path: `test-results/screenshots/admin-login-${width}.png`, fullPage: true });
    expect(await seriousViolations(page), 'login').toEqual([]);
    await signIn(page, 'admin');
    const noted = createArticle({ locale: 'kk' });
    addArticleNote(noted.id, 'correction', 'Алғашқы нұсқада зардап шеккендер саны қате көрсетілген: 5 емес, 3 адам.', 30);
    const live = createLiveBlog('kk');
    const pages = {
      articles: '/admin/articles',
      editor: '/admin/articles/new',
      comments: '/admin/comments',
      users: '/admin/users',
      categories: '/admin/categories',
      media: '/admin/media',
      audit: '/admin/audit',
      account: '/admin/account',
      front: '/admin/front?edition=kk',
      deliveries: '/admin/deliveries',
      notes: `/admin/articles/${noted.id}/notes`,
      live: `/admin/articles/${live.id}/live`,
    };
    for (const [name, url] of Object.entries(pages)) {
      await page.goto(url);
      if (width === 1280) expect(await seriousViolations(page), name).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} overflows at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/screenshots/admin-${name}-${width}.png`, fullPage: true });
    }
  });
}

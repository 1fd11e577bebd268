import { expect, test } from '@playwright/test';
import { signIn } from '../helpers/admin';

test.beforeEach(async ({ context }) => {
  await context.setExtraHTTPHeaders({ 'X-Forwarded-For': '198.51.100.200' });
});

for (const width of [375, 1280]) {
  test(`the newsroom reads well at ${width}px`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('/admin/login');
    await page.screenshot({ path: `test-results/screenshots/admin-login-${width}.png`, fullPage: true });
    await signIn(page, 'admin');
    for (const [name, url] of Object.entries({ articles: '/admin/articles', editor: '/admin/articles/new', comments: '/admin/comments' })) {
      await page.goto(url);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} overflows at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/screenshots/admin-${name}-${width}.png`, fullPage: true });
    }
  });
}

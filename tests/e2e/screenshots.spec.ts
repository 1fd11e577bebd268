import { expect, test } from '@playwright/test';
import { seedArticle } from '../helpers/e2e-db';

const widths = [375, 1280];

for (const width of widths) {
  test(`pages read well at ${width}px with no horizontal scroll`, async ({ page }) => {
    const seed = seedArticle();
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    const targets = { front: '/kk', article: `/kk/article/${seed.id}-${seed.slug}`, category: '/ru/category/ekonomika', 'front-ru': '/ru' };
    for (const [name, url] of Object.entries(targets)) {
      await page.goto(url);
      await page.evaluate(async () => {
        // Lazy thumbnails: scroll through so the full-page screenshot shows them.
        for (let y = 0; y < document.body.scrollHeight; y += 600) {
          window.scrollTo(0, y);
          await new Promise((r) => setTimeout(r, 30));
        }
        window.scrollTo(0, 0);
      });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, `${name} overflows horizontally at ${width}px`).toBeLessThanOrEqual(0);
      await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png`, fullPage: true });
    }
  });
}

import { test } from '@playwright/test';
import { seedArticle } from '../helpers/e2e-db';
import { shootPage } from '../helpers/screenshots';

const widths = [375, 1280];

for (const width of widths) {
  test(`pages read well at ${width}px with no horizontal scroll`, async ({ page }) => {
    const seed = seedArticle();
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    const targets = { front: '/kk', article: `/kk/article/${seed.id}-${seed.slug}`, category: '/ru/category/ekonomika', 'front-ru': '/ru' };
    for (const [name, url] of Object.entries(targets)) {
      await page.goto(url);
      await shootPage(page, name, width);
    }
  });
}

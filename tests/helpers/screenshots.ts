import { expect, type Page } from '@playwright/test';

/** Shoots the current page full-length after loading its lazy images, and checks it fits the width. */
export async function shootPage(page: Page, name: string, width: number): Promise<void> {
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

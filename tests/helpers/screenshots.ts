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
    // font-display: swap paints the fallback first; the shot is of what readers settle on.
    await document.fonts.ready;
  });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${name} overflows horizontally at ${width}px`).toBeLessThanOrEqual(0);
  await page.screenshot({ path: `test-results/screenshots/${name}-${width}.png`, fullPage: true });
}

export const WIDTHS = [375, 1280] as const;

/** Opens `url` and shoots it at the phone and the desktop width (test-results/screenshots/{name}-{width}.png). */
export async function shootWidths(page: Page, name: string, url: string): Promise<void> {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: width === 375 ? 812 : 900 });
    await page.goto('about:blank'); // the same URL with a #fragment again would only scroll, not load
    const response = await page.goto(url);
    expect(response?.status(), `${name} ${url}`).toBe(200);
    await shootPage(page, name, width);
  }
}

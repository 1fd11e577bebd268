import { expect, test, type Page } from '@playwright/test';
import type { Edition } from '../../lib/domain';
import { createArticle } from '../helpers/e2e-db';
import { signIn } from './pages/sign-in';
import { uiText } from './pages/ui-text';

// Issue 11: editors "order up to 6 top stories per edition (drag-free: up/down buttons that work
// without JavaScript)". curation.spec.ts pins the lead; here two top stories are pinned and moved
// with JavaScript off, in kk and ru, and readers of the edition see the order change.

test.use({ javaScriptEnabled: false });

const tFront = uiText('kk', 'AdminFront');

/** Where each title stands among the edition's top stories as a signed-out reader sees them (-1: not there). */
async function readerOrder(reader: Page, edition: Edition, titles: string[]): Promise<number[]> {
  await reader.goto(`/${edition}`);
  const section = reader.locator('section[aria-labelledby="top-stories"]');
  if ((await section.count()) === 0) return titles.map(() => -1);
  const text = await section.innerText();
  return titles.map((title) => text.indexOf(title));
}

async function pin(page: Page, id: number, position: number) {
  await page.getByLabel(tFront('article'), { exact: true }).selectOption(String(id));
  await page.getByLabel(tFront('position'), { exact: true }).selectOption(String(position));
  await page.getByRole('button', { name: tFront('pin'), exact: true }).click();
  await expect(page.getByRole('status')).toHaveText(tFront('done.pinned'));
}

for (const edition of ['kk', 'ru'] as const satisfies readonly Edition[]) {
  test(`${edition}: top stories move up and down with plain buttons, and readers see the new order`, async ({ page, browser }) => {
    test.setTimeout(90_000);
    const a = createArticle({ locale: edition });
    const b = createArticle({ locale: edition });
    const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
    await signIn(page, 'editor', `/admin/front?edition=${edition}`);
    await pin(page, a.id, 1);
    await pin(page, b.id, 2);
    try {
      await expect(page.locator('[data-slot="1"]')).toContainText(a.title);
      await expect(page.locator('[data-slot="2"]')).toContainText(b.title);
      // The first top story has no "up" (the lead is pinned on its own), the last slot no "down".
      await expect(page.getByRole('button', { name: tFront('upLabel', { title: a.title }) })).toHaveCount(0);
      await expect.poll(async () => readerOrder(reader, edition, [a.title, b.title]).then(([x, y]) => x >= 0 && y > x), { timeout: 5_000 }).toBe(true);

      await page.getByRole('button', { name: tFront('downLabel', { title: a.title }) }).click();
      await expect(page.getByRole('status')).toHaveText(tFront('done.moved'));
      await expect(page).toHaveURL(new RegExp(`/admin/front\\?edition=${edition}&done=moved$`));
      await expect(page.locator('[data-slot="1"]')).toContainText(b.title);
      await expect(page.locator('[data-slot="2"]')).toContainText(a.title);
      await expect.poll(async () => readerOrder(reader, edition, [b.title, a.title]).then(([x, y]) => x >= 0 && y > x), { timeout: 5_000 }).toBe(true);

      await page.getByRole('button', { name: tFront('upLabel', { title: a.title }) }).click();
      await expect(page.getByRole('status')).toHaveText(tFront('done.moved'));
      await expect(page.locator('[data-slot="1"]')).toContainText(a.title);
      await expect(page.locator('[data-slot="2"]')).toContainText(b.title);
      await expect.poll(async () => readerOrder(reader, edition, [a.title, b.title]).then(([x, y]) => x >= 0 && y > x), { timeout: 5_000 }).toBe(true);
    } finally {
      // Both pins go again, so other specs see the usual front page.
      await page.goto(`/admin/front?edition=${edition}`);
      for (const story of [a, b]) {
        const remove = page.getByRole('button', { name: tFront('removeLabel', { title: story.title }) });
        if (await remove.count()) {
          await remove.click();
          await expect(page.getByRole('status')).toHaveText(tFront('done.removed'));
        }
      }
      await reader.context().close();
    }
  });
}

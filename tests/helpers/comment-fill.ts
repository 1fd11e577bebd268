import type { Page } from '@playwright/test';

/**
 * The comment action refuses a post sent sooner than COMMENT_MIN_FILL_SECONDS (3 by default)
 * after the form's start image loaded (app/api/comment-start). Filling a field scrolls the form,
 * and so the image, into view; a reader takes longer than this to write anyway.
 */
export async function waitForCommentFillTime(page: Page): Promise<void> {
  await page.waitForTimeout(3_500);
}

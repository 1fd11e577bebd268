import { expect, type Page } from '@playwright/test';
import type { CommentStatus, Edition, ModerationAction } from '../../../lib/domain';
import { uiText } from './ui-text';

/** /admin/comments: the moderation queue, one status at a time. */
export class ModerationQueue {
  readonly t;

  constructor(
    readonly page: Page,
    locale: Edition = 'kk',
  ) {
    this.t = uiText(locale, 'AdminComments');
  }

  async goto(status?: CommentStatus) {
    return this.page.goto(status ? `/admin/comments?status=${status}` : '/admin/comments');
  }

  get heading() {
    return this.page.getByRole('heading', { name: this.t('title') });
  }

  /** The queue entry holding this text (a comment body is unique per test). */
  item(text: string) {
    return this.page.getByRole('listitem').filter({ hasText: text });
  }

  /** Presses one comment's own button and checks the queue's notice. */
  async act(action: ModerationAction, text: string) {
    await this.item(text)
      .getByRole('button', { name: this.t(`actions.${action}`), exact: true })
      .click();
    await expect(this.page.getByRole('status')).toHaveText(this.t(`done.${action}`, { count: 1 }));
  }
}

import { expect, type Page } from '@playwright/test';
import { oneOf, uiText, type UiLocale } from './ui-text';

/** The reader's comment form under an article, in the page's language or alphabet. */
export class CommentForm {
  readonly t;

  constructor(
    readonly page: Page,
    locale: UiLocale,
  ) {
    this.t = uiText(locale, 'CommentForm');
  }

  get heading() {
    return this.page.getByRole('heading', { name: this.t('title') });
  }

  get name() {
    return this.page.getByLabel(this.t('nameLabel'));
  }

  get body() {
    return this.page.getByLabel(this.t('bodyLabel'), { exact: true });
  }

  get submitButton() {
    return this.page.getByRole('button', { name: this.t('submit'), exact: true });
  }

  /** A form-level refusal (too fast, too many, expired form). */
  get alert() {
    return this.page.locator('form [role="alert"]');
  }

  /** The confirmation a hydrated form shows in place. */
  get receivedInPlace() {
    return this.page
      .getByRole('status')
      .filter({ hasText: this.t('received') })
      .first();
  }

  /** The confirmation the article page shows after a post without JavaScript (#comment-received). */
  get receivedAfterRedirect() {
    return this.page.locator('#comment-received');
  }

  /** Either refusal a comment sent before the minimum fill time may get (start image not loaded yet, or too fast). */
  get sentTooSoon() {
    return oneOf(this.t('tooFast'), this.t('formExpired'));
  }

  async fill(comment: { name: string; body: string }) {
    await this.name.fill(comment.name);
    await this.body.fill(comment.body);
  }

  /**
   * The comment action refuses a post sent sooner than COMMENT_MIN_FILL_SECONDS (3 by default)
   * after the form's start image loaded (app/api/comment-start). Filling a field scrolls the form,
   * and so the image, into view; a reader takes longer than this to write anyway.
   */
  async waitForFillTime() {
    await this.page.waitForTimeout(Number(process.env.COMMENT_MIN_FILL_SECONDS ?? 3) * 1000 + 500);
  }

  async send() {
    await this.submitButton.click();
  }

  /** Fills the form as a reader would, waits out the minimum fill time and sends it. */
  async post(comment: { name: string; body: string }) {
    await this.fill(comment);
    await this.waitForFillTime();
    await this.send();
  }

  /** Posts without JavaScript and checks the page came back to the confirmation. */
  async postWithoutJavaScript(comment: { name: string; body: string }) {
    await this.post(comment);
    await expect(this.receivedAfterRedirect).toBeVisible();
  }
}

import { expect, type Page } from '@playwright/test';
import type { Edition } from '../../../lib/domain';
import { ACCOUNTS } from '../../helpers/accounts';
import { anyCount, uiText } from './ui-text';

export type Credentials = { email: string; password: string };

/** /admin/login. The editors' UI language is a cookie defaulting to Kazakh; tests use that. */
export class SignInPage {
  readonly t;

  constructor(
    readonly page: Page,
    locale: Edition = 'kk',
  ) {
    this.t = uiText(locale, 'AdminLogin');
  }

  get email() {
    return this.page.getByLabel(this.t('email'));
  }

  get password() {
    return this.page.getByLabel(this.t('password'));
  }

  get submitButton() {
    return this.page.getByRole('button', { name: this.t('submit'), exact: true });
  }

  /** The refusal shown in the form (wrong password, throttled). */
  get alert() {
    return this.page.locator('form [role="alert"]');
  }

  /** "Too many failed attempts: try again in N seconds (or minutes)", for any N. */
  get throttled(): RegExp {
    const seconds = anyCount((count) => this.t('throttledSeconds', { count }));
    const minutes = anyCount((count) => this.t('throttledMinutes', { count }));
    return new RegExp(`${seconds.source}|${minutes.source}`);
  }

  async goto(next?: string) {
    return this.page.goto(next === undefined ? '/admin/login' : `/admin/login?next=${encodeURIComponent(next)}`);
  }

  async submit(account: Credentials) {
    await this.email.fill(account.email);
    await this.password.fill(account.password);
    await this.submitButton.click();
  }

  /** A sign-in expected to be refused: the message the form shows. */
  async refusal(account: Credentials): Promise<string | null> {
    await this.goto();
    await this.submit(account);
    await expect(this.alert).toBeVisible();
    return this.alert.textContent();
  }
}

/** Signs in through the form and waits to land on `next`. */
export async function signIn(page: Page, who: keyof typeof ACCOUNTS | Credentials, next = '/admin/articles') {
  const account = typeof who === 'string' ? ACCOUNTS[who] : who;
  const form = new SignInPage(page);
  await form.goto(next);
  await form.submit(account);
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[?]/g, '\\?')}$`));
}

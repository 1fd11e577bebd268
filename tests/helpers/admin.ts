import { expect, type Page } from '@playwright/test';
import { ACCOUNTS } from './accounts';

export type Credentials = { email: string; password: string };

export async function signIn(page: Page, who: keyof typeof ACCOUNTS | Credentials, next = '/admin/articles') {
  const account = typeof who === 'string' ? ACCOUNTS[who] : who;
  await page.goto(`/admin/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel(/Электрондық пошта|Электронная почта/).fill(account.email);
  await page.getByLabel(/Құпиясөз|Пароль/).fill(account.password);
  await page.getByRole('button', { name: /^(Кіру|Войти)$/ }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[?]/g, '\\?')}$`));
}

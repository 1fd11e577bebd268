import { expect, type Page } from '@playwright/test';
import { ACCOUNTS } from './accounts';

export async function signIn(page: Page, who: keyof typeof ACCOUNTS, next = '/admin/articles') {
  const account = ACCOUNTS[who];
  await page.goto(`/admin/login?next=${encodeURIComponent(next)}`);
  await page.getByLabel(/Электрондық пошта|Электронная почта/).fill(account.email);
  await page.getByLabel(/Құпиясөз|Пароль/).fill(account.password);
  await page.getByRole('button', { name: /^(Кіру|Войти)$/ }).click();
  await expect(page).toHaveURL(new RegExp(`${next.replace(/[?]/g, '\\?')}$`));
}

import { expect, test, type Page } from '@playwright/test';
import { createAccount, createCategory } from '../helpers/e2e-db';
import { signIn, SignInPage } from './pages/sign-in';
import { uiText } from './pages/ui-text';

// Every browser here signs in from 127.0.0.1: the e2e server trusts no X-Forwarded-For.

test('an admin adds a person, who signs in with the password shown once; editors cannot manage people', async ({ page, browser }) => {
  await signIn(page, 'admin');
  await page.getByRole('link', { name: 'Пайдаланушылар' }).click();
  // Bad input: localized errors, typed values kept.
  await page.getByLabel('Электрондық пошта').fill('not-an-email');
  await page.getByLabel('Аты-жөні').fill('Дәурен Жаңа');
  await page.getByRole('button', { name: 'Қосу' }).click();
  await expect(page.getByText('Электрондық поштаны дұрыс жазыңыз.')).toBeVisible();
  await expect(page.getByLabel('Аты-жөні')).toHaveValue('Дәурен Жаңа');

  const email = `dauren${Date.now()}@qamshy.test`;
  await page.getByLabel('Электрондық пошта').fill(email);
  await page.getByLabel('Рөлі', { exact: true }).selectOption('editor');
  await page.getByRole('button', { name: 'Қосу' }).click();
  const notice = page.getByRole('status').filter({ hasText: email });
  await expect(notice).toBeVisible();
  const password = /: (\S+)$/.exec((await notice.textContent())!.trim())![1];

  const newcomer = await browser.newContext();
  const other = await newcomer.newPage();
  const form = new SignInPage(other);
  await form.goto();
  await form.submit({ email, password });
  await expect(other).toHaveURL(/\/admin\/articles$/);
  await expect(other.getByText('Дәурен Жаңа (редактор)')).toBeVisible();
  await expect(other.getByRole('link', { name: 'Пайдаланушылар' })).toHaveCount(0);
  expect((await other.goto('/admin/users'))?.status()).toBe(403);
  expect((await other.goto('/admin/audit'))?.status()).toBe(403);
  await newcomer.close();
});

test('changing the password ends the other sessions of that account', async ({ browser }) => {
  // Its own account: the shared author's sessions and password stay untouched, whatever happens.
  const account = await createAccount('author');
  const first = await browser.newContext();
  const second = await browser.newContext();
  try {
    const a = await first.newPage();
    const b = await second.newPage();
    await signIn(a, account);
    await signIn(b, account);
    await a.goto('/admin/account');
    await a.getByLabel('Қазіргі құпиясөз').fill('wrong-password');
    await a.getByLabel('Жаңа құпиясөз', { exact: true }).fill('another-pass-2026!');
    await a.getByLabel('Жаңа құпиясөзді қайталаңыз').fill('another-pass-2026!');
    await a.getByRole('button', { name: 'Өзгерту' }).click();
    await expect(a.locator('form [role="alert"]')).toHaveText('Қазіргі құпиясөз қате.');
    await a.getByLabel('Қазіргі құпиясөз').fill(account.password);
    await a.getByLabel('Жаңа құпиясөз', { exact: true }).fill('another-pass-2026!');
    await a.getByLabel('Жаңа құпиясөзді қайталаңыз').fill('another-pass-2026!');
    await a.getByRole('button', { name: 'Өзгерту' }).click();
    await expect(a.locator('form [role="status"]')).toHaveText('Құпиясөз өзгертілді. Басқа құрылғылардағы сеанстар жабылды.');
    await a.goto('/admin/articles');
    await expect(a).toHaveURL(/\/admin\/articles$/); // this browser got a fresh session
    await b.goto('/admin/articles');
    await expect(b).toHaveURL(/\/admin\/login\?next=/); // the other one was signed out
  } finally {
    await first.close();
    await second.close();
  }
});

/** Deletes a category through the editors' form (which purges cached reader pages too) and checks the page says so. */
async function deleteCategory(page: Page, slug: string) {
  const t = uiText('kk', 'AdminTaxonomy');
  const row = page.getByRole('listitem').filter({ has: page.locator(`input[value="${slug}"]`) });
  await page.goto('/admin/categories');
  await row.getByRole('button', { name: t('delete') }).click();
  await expect(row).toHaveCount(0);
  // The row's own form went with the row: the notice is the page's.
  await expect(page.getByRole('status')).toHaveText(t('deleted'));
  await page.reload();
  await expect(row).toHaveCount(0);
}

test('an editor deletes an empty category and is told so', async ({ page }) => {
  const category = createCategory('Удаляемая рубрика');
  await signIn(page, 'editor');
  await deleteCategory(page, category.slug);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('an editor renames a category, readers see the new name in the menu, and the editor deletes it', async ({ page }) => {
    // A category of its own, so no other spec meets a renamed menu whatever happens here.
    const category = createCategory('Тестовая рубрика');
    const t = uiText('kk', 'AdminTaxonomy');
    const row = page.getByRole('listitem').filter({ has: page.locator(`input[value="${category.slug}"]`) });
    const rename = async (name: string) => {
      await page.goto('/admin/categories');
      await row.getByLabel(t('name')).fill(name);
      await row.getByRole('button', { name: t('save') }).click();
    };
    await signIn(page, 'editor');
    try {
      await rename('');
      await expect(page.getByText(t('errors.nameTooShort'))).toBeVisible();
      const renamed = `Новая рубрика ${category.slug}`;
      await rename(renamed);
      await expect(page.getByRole('status')).toHaveText(t('saved'));
      const menuLink = async () => {
        await page.goto('/ru');
        return page
          .getByRole('navigation', { name: uiText('ru', 'SiteHeader')('menu') })
          .first()
          .getByRole('link', { name: renamed });
      };
      await expect(await menuLink()).toBeVisible();
      await deleteCategory(page, category.slug);
      await expect(await menuLink()).toHaveCount(0);
    } finally {
      // Gone whatever happened above, so no other spec meets it in the menu.
      await page.goto('/admin/categories');
      if ((await row.count()) > 0) await row.getByRole('button', { name: t('delete') }).click();
    }
  });
});

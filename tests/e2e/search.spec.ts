import { expect, test, type Page } from '@playwright/test';
import { seriousViolations } from '../helpers/axe';
import { seedArticle } from '../helpers/e2e-db';
import { validateHtml } from '../helpers/vnu';

const SEED_TITLE_START = '«Нұр Отан» аймақтық филиалдармен';

// The header search box as a reader meets it on any page.
function headerSearch(page: Page) {
  const form = page.getByRole('search', { name: 'Сайттан іздеу' });
  return { box: form.getByRole('searchbox', { name: 'Сайттан іздеу' }), submit: form.getByRole('button', { name: 'Іздеу' }) };
}

async function searchFromFrontPage(page: Page, query: string) {
  await page.goto('/kk');
  const { box, submit } = headerSearch(page);
  await box.fill(query);
  await submit.click();
  await expect(page).toHaveURL(/\/kk\/search\?q=/);
}

async function expectSeedHit(page: Page) {
  const seed = seedArticle();
  const link = page.getByRole('link', { name: seed.title });
  await expect(link).toHaveAttribute('href', `/kk/article/${seed.id}-${seed.slug}`);
  expect(seed.title.startsWith(SEED_TITLE_START)).toBe(true);
  const hit = page.getByRole('article').filter({ has: link });
  await expect(hit.locator('mark').first()).toHaveText(/^партия/i);
  await expect(hit.locator('time').first()).toHaveText('8 шілде 2017, 19:55');
  await expect(hit.getByRole('link', { name: 'Саясат', exact: true })).toBeVisible();
  await expect(page.getByText(/«партия» бойынша табылды: \d+ мақала/)).toBeVisible();
}

test('the header search finds the seed article by a stem, highlighted', async ({ page }) => {
  await searchFromFrontPage(page, 'партия');
  await expectSeedHit(page);
  await expect(page).toHaveTitle('«партия» — іздеу | Qamshy');
  await expect(page.getByRole('searchbox', { name: 'Іздеу сұранысы' })).toHaveValue('партия');
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the header search still works', async ({ page }) => {
    await searchFromFrontPage(page, 'партия');
    await expectSeedHit(page);
  });
});

test('the result page is not indexed and is valid HTML', async ({ request }) => {
  const documents: Record<string, string> = {};
  for (const [name, url] of Object.entries({ results: '/kk/search?q=партия', empty: '/kk/search', none: '/ru/search?q=жоқсөзжоқ' })) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    documents[name] = await response.text();
    expect(documents[name], url).toMatch(/<meta name="robots" content="noindex"\/?>/);
  }
  expect(documents.empty).not.toContain('<mark>');
  expect(documents.none).toContain('По запросу «жоқсөзжоқ» ничего не найдено.');
  expect(validateHtml(documents).map((e) => `${e.url.split('/').pop()}:${e.lastLine} ${e.message}`)).toEqual([]);
});

test('hostile queries answer 200 with a friendly message', async ({ request }) => {
  const friendly = /ештеңе табылмады|кемінде бір сөз жазыңыз|бойынша табылды/;
  const hostile = [
    '"',
    '"партия',
    'партия AND',
    'OR NOT',
    'NEAR(партия отан)',
    '*',
    '^партия',
    'title:партия',
    '((((',
    "'; DROP TABLE articles; --",
    '<script>alert(1)</script>',
    '😀🇰🇿',
    'مرحبا بالعالم',
    '\uFDD0партия\uFDD1',
    // 10 KB fits Node's 16 KB request-header limit only unencoded; a longer URL gets Node's own 431.
    'q'.repeat(10_240),
    'партия "OR" '.repeat(200),
  ];
  for (const q of hostile) {
    const response = await request.get(`/kk/search?q=${encodeURIComponent(q)}`);
    const html = await response.text();
    expect(response.status(), q.slice(0, 30)).toBe(200);
    expect(html, q.slice(0, 30)).toMatch(friendly);
    expect(html).not.toMatch(/fts5|syntax error|SqliteError/i);
    expect(html).not.toContain('<script>alert(1)</script>');
  }
  const twice = await request.get(`/kk/search?q=${encodeURIComponent('партия')}&q=x&page=abc`);
  expect(twice.status()).toBe(200);
  expect(await twice.text()).toMatch(/«партия» бойынша табылды/);
});

test('a page past the last one says so, with a way back', async ({ page }) => {
  const response = await page.goto('/kk/search?q=партия&page=99');
  expect(response?.status()).toBe(200);
  await expect(page.getByText('Бұл бетте нәтиже жоқ.')).toBeVisible();
  await page.getByRole('link', { name: 'Бірінші бетке өту' }).click();
  await expect(page).toHaveURL(/\/kk\/search\?q=[^&]+$/);
  await expect(page.locator('mark').first()).toBeVisible();
});

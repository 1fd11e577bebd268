import { expect, test } from '@playwright/test';
import { seriousViolations } from '../helpers/axe';
import { seedArticle, translatedPair } from '../helpers/e2e-db';
import { validateHtml } from '../helpers/vnu';

function pages() {
  const seed = seedArticle();
  const { ru } = translatedPair();
  return {
    'front-kk': '/kk',
    'front-ru': '/ru',
    'article-kk': `/kk/article/${seed.id}-${seed.slug}`,
    'article-ru': `/ru/article/${ru.id}-${ru.slug}`,
    'category-kk': '/kk/category/sayasat',
    'not-found-kk': '/kk/no-such-page',
  };
}

test('axe-core finds no critical or serious violation on the front and article pages', async ({ page }) => {
  for (const [name, url] of Object.entries(pages())) {
    await page.goto(url);
    expect(await seriousViolations(page), `${name} ${url}`).toEqual([]);
  }
});

test('the Nu Html Checker reports no error on the server HTML', async ({ request }) => {
  const documents: Record<string, string> = {};
  for (const [name, url] of Object.entries(pages())) documents[name] = await (await request.get(url)).text();
  const errors = validateHtml(documents);
  expect(errors.map((e) => `${e.url.split('/').pop()}:${e.lastLine} ${e.message} ${e.extract ?? ''}`)).toEqual([]);
});

import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { createTranslator } from 'next-intl';
import { toteMessages } from '../../i18n/tote-messages';
import { toKazakhArabic } from '../../lib/translit/kk-arab';
import { toKazakhLatin } from '../../lib/translit/kk-latin';
import { ACCOUNTS } from '../helpers/accounts';
import { e2eDb, seedArticle } from '../helpers/e2e-db';
import { uiText, type Messages, type Namespace } from './pages/ui-text';

// Issue 12: "every Kazakh reader page has its töte mirror with dir=rtl" (tote.spec.ts covers the
// front, article, category, search and 404 pages; here the tag and author listings), hreflang and
// the switch both ways on those listings, the header search typed in three scripts, and the
// `alt` text of an article body converted in both script views.

test.use({ javaScriptEnabled: false });

const CYRILLIC = /[\u0400-\u04FF]/;
const kk = JSON.parse(fs.readFileSync(path.join(process.cwd(), 'messages', 'kk.json'), 'utf8')) as Messages;
/** The töte view's UI strings, as the app makes them from kk.json. */
const toteText = <N extends Namespace>(namespace: N) => createTranslator({ locale: 'kk', messages: toteMessages(kk), namespace });
const PREFIXES = ['kk', 'kk-latn', 'kk-arab'] as const;
const HREFLANG = { kk: 'kk', 'kk-latn': 'kk-Latn', 'kk-arab': 'kk-Arab' } as const;

/** A Kazakh tag (the seed article's, if it has one), and the seed article's author. */
function seedListings(): { tag: { slug: string; name: string }; author: { slug: string; name: string } } {
  const db = e2eDb();
  try {
    const seed = seedArticle();
    const tag = db
      .prepare(
        `select t.slug, t.name from tags t join article_tags at on at.tag_id = t.id join articles a on a.id = at.article_id
         where t.locale = 'kk' and a.status = 'published' order by at.article_id = ? desc, t.id limit 1`,
      )
      .get(seed.id) as { slug: string; name: string };
    const author = db.prepare('select u.slug, u.name from users u join articles a on a.author_id = u.id where a.id = ?').get(seed.id) as {
      slug: string;
      name: string;
    };
    return { tag, author };
  } finally {
    db.close();
  }
}

async function expectToteListing(page: Page, path: string, heading: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  await expect(page.locator('html')).toHaveAttribute('lang', 'kk-Arab');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
  expect(await page.locator('main').innerText(), path).not.toMatch(CYRILLIC);
  // The listing's article links stay in the töte view.
  const links = await page.locator('main a[href^="/"]:not([hreflang])').evaluateAll((els) => els.map((el) => el.getAttribute('href')!));
  expect(links.length).toBeGreaterThan(0);
  expect(links.filter((href) => !href.startsWith('/kk-arab/') && !href.startsWith('/uploads/'))).toEqual([]);
}

/** The page's hreflang alternates, as hreflang → path. */
async function alternates(page: Page): Promise<Record<string, string>> {
  const pairs = await page
    .locator('head link[rel="alternate"][hreflang]')
    .evaluateAll((els) => els.map((el) => [el.getAttribute('hreflang')!, new URL(el.getAttribute('href')!, location.href).pathname]));
  return Object.fromEntries(pairs);
}

test('the tag and author pages have töte mirrors: right to left, converted, links kept in the view', async ({ page }) => {
  const { tag, author } = seedListings();
  await expectToteListing(page, `/kk-arab/tag/${tag.slug}`, toteText('TagPage')('title', { name: toKazakhArabic(tag.name) }));
  await expectToteListing(page, `/kk-arab/author/${author.slug}`, toteText('AuthorPage')('title', { name: toKazakhArabic(author.name) }));
  for (const path of [`/kk-arab/tag/no-such-tag-${Date.now()}`, `/kk-arab/author/no-such-author-${Date.now()}`]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('heading', { name: toteText('NotFound')('title') })).toBeVisible();
  }
});

test('tag and author pages in each script name the other two as alternates, and the switch links them both ways', async ({ page }) => {
  const { tag, author } = seedListings();
  for (const rest of [`/tag/${tag.slug}`, `/author/${author.slug}`]) {
    for (const from of PREFIXES) {
      await page.goto(`/${from}${rest}`);
      const found = await alternates(page);
      for (const to of PREFIXES) expect(found[HREFLANG[to]], `${from}${rest} → ${to}`).toBe(`/${to}${rest}`);
      const nav = page.getByRole('navigation', { name: from === 'kk-arab' ? toteText('LocaleSwitch')('label') : uiText(from, 'LocaleSwitch')('label') });
      for (const to of PREFIXES) {
        if (to === from) continue;
        const name = uiText('kk', 'LocaleSwitch')(to === 'kk' ? 'cyrillic' : to === 'kk-latn' ? 'latin' : 'arabic');
        await expect(nav.getByRole('link', { name, exact: true }), `${from}${rest} → ${to}`).toHaveAttribute('href', `/${to}${rest}`);
      }
    }
  }
});

test('the header search on a töte page takes a query typed in töte, Cyrillic or Latin and finds the seed article', async ({ page }) => {
  const seed = seedArticle();
  const ui = toteText('SiteHeader');
  for (const query of ['پارتيا', 'партия', 'partia']) {
    await page.goto('/kk-arab');
    const form = page.getByRole('search', { name: ui('searchLabel') });
    await form.getByRole('searchbox').fill(query);
    await form.getByRole('button', { name: ui('searchSubmit') }).click();
    await expect(page).toHaveURL(/\/kk-arab\/search\?q=/);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    await expect(page.getByRole('link', { name: toKazakhArabic(seed.title) }), query).toHaveAttribute('href', `/kk-arab/article/${seed.id}-${seed.slug}`);
  }
});

test('alt text in an article body is converted in the Latin and töte views', async ({ page }) => {
  const alt = 'Алматы көшесіндегі қар';
  const caption = 'Суретті түсірген: тілші';
  const tag = crypto.randomBytes(5).toString('hex');
  const db = new Database(process.env.E2E_DATABASE_URL!, { fileMustExist: true });
  let id: number;
  try {
    db.pragma('busy_timeout = 5000');
    const html = `<p>Қала тынысы.</p><figure><img src="/uploads/none-${tag}.jpg" alt="${alt}" width="10" height="10" /><figcaption>${caption}</figcaption></figure>`;
    ({ id } = db
      .prepare(
        `insert into articles (locale, slug, title, lead, body_markdown, body_html, status, published_at, author_id)
         values ('kk', ?, ?, '', ?, ?, 'published', ?, (select id from users where email = ?)) returning id`,
      )
      .get(`e2e-alt-${tag}`, `Суретті мақала ${tag}`, `![${alt}](/uploads/none-${tag}.jpg)`, html, Date.now() - 86_400_000, ACCOUNTS.editor.email) as {
      id: number;
    });
  } finally {
    db.close();
  }
  const image = page.locator('.article-body img');
  await page.goto(`/kk/article/${id}-e2e-alt-${tag}`);
  await expect(image).toHaveAttribute('alt', alt);
  await page.goto(`/kk-latn/article/${id}-e2e-alt-${tag}`);
  await expect(image).toHaveAttribute('alt', toKazakhLatin(alt));
  await expect(page.locator('.article-body figcaption')).toHaveText(toKazakhLatin(caption));
  await page.goto(`/kk-arab/article/${id}-e2e-alt-${tag}`);
  await expect(image).toHaveAttribute('alt', toKazakhArabic(alt));
  await expect(page.locator('.article-body figcaption')).toHaveText(toKazakhArabic(caption));
  expect(await image.getAttribute('alt')).not.toMatch(CYRILLIC);
});

test('on a search page the switch keeps the query: the same results in the other scripts, both ways', async ({ page }) => {
  const seed = seedArticle();
  const names = {
    kk: uiText('kk', 'LocaleSwitch')('cyrillic'),
    'kk-latn': uiText('kk', 'LocaleSwitch')('latin'),
    'kk-arab': uiText('kk', 'LocaleSwitch')('arabic'),
  };
  const title = { kk: seed.title, 'kk-latn': toKazakhLatin(seed.title), 'kk-arab': toKazakhArabic(seed.title) };
  const query = `?q=${encodeURIComponent('партия')}`;
  for (const from of PREFIXES) {
    for (const to of PREFIXES) {
      if (to === from) continue;
      await page.goto(`/${from}/search${query}`);
      const link = page
        .getByRole('navigation', { name: from === 'kk-arab' ? toteText('LocaleSwitch')('label') : uiText(from, 'LocaleSwitch')('label') })
        .getByRole('link', {
          name: names[to],
          exact: true,
        });
      await expect(link, `${from} → ${to}`).toHaveAttribute('href', `/${to}/search${query}`);
      await link.click();
      await expect(page.getByRole('link', { name: title[to] }), `${from} → ${to}`).toHaveAttribute('href', `/${to}/article/${seed.id}-${seed.slug}`);
    }
  }
  // What the page cache does not key a page by is not carried.
  await page.goto(`/kk/search${query}&utm_source=e2e`);
  await expect(
    page.getByRole('navigation', { name: uiText('kk', 'LocaleSwitch')('label') }).getByRole('link', { name: names['kk-arab'], exact: true }),
  ).toHaveAttribute('href', `/kk-arab/search${query}`);
});

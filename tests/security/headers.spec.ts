import { expect, test, type Page } from '@playwright/test';
import { e2eDb } from '../helpers/e2e-db';
import { signInRaw } from '../helpers/raw-admin';
import { get } from '../helpers/raw-forms';
import { loopback, rawRequest, type RawResponse } from '../helpers/raw-http';
import { headerProblems, inlineScriptTexts, parseCsp, sha256Source } from '../helpers/security-checks';
import { ArticleEditor } from '../e2e/pages/article-editor';
import { signIn } from '../e2e/pages/sign-in';

/*
 * Security headers on every kind of answer, and the hash-based CSP measured in a real browser:
 * with JavaScript on, the pages hydrate and no script is refused.
 */
const ADDRESS = loopback(3);

function readerArticles() {
  const db = e2eDb();
  try {
    const pick = (locale: string) =>
      db
        .prepare(
          `select id, slug from articles where locale = ? and status = 'published' and author_id in (select id from users where email is null) order by id limit 1`,
        )
        .get(locale) as { id: number; slug: string };
    const upload = db.prepare('select thumbnail from articles where thumbnail is not null limit 1').get() as { thumbnail: string };
    return { kk: pick('kk'), ru: pick('ru'), upload: `/uploads/thumbnail/${upload.thumbnail}_small.jpg` };
  } finally {
    db.close();
  }
}

const fetchRaw = (path: string, extra: Partial<Parameters<typeof rawRequest>[0]> = {}) =>
  rawRequest({ path, localAddress: ADDRESS, headers: { accept: 'text/html' }, ...extra });

test('every kind of answer carries CSP, nosniff, Referrer-Policy and Permissions-Policy', async () => {
  const { kk, ru, upload } = readerArticles();
  const answers: [string, RawResponse][] = [];
  const paths = [
    '/kk',
    '/ru',
    '/kk-latn',
    `/kk/article/${kk.id}-${kk.slug}`,
    `/ru/article/${ru.id}-${ru.slug}`,
    '/kk/category/sayasat',
    '/ru/search?q=test',
    '/kk/rss.xml',
    '/sitemap.xml',
    '/news-sitemap.xml',
    '/robots.txt',
    upload,
    '/api/health',
    '/kk/no-such-page-here', // 404
    '/uploads/%c0%ae%c0%ae/etc/passwd', // 400
    '/_next/image?url=/x&w=64&q=75', // 400
    '/admin/login',
    '/admin/articles', // redirect to sign-in
  ];
  for (const path of paths) answers.push([path, await fetchRaw(path)]);
  answers.push([
    'POST from a foreign origin (403)',
    await fetchRaw('/kk', { method: 'POST', headers: { origin: 'http://evil.example', 'content-type': 'text/plain' }, body: 'x' }),
  ]);
  answers.push(['oversized POST (413)', await fetchRaw('/kk', { method: 'POST', headers: { 'content-type': 'text/plain', 'content-length': 5_000_000 } })]);

  const problems = answers
    .map(([path, answer]) => ({ path, status: answer.status, problems: headerProblems(answer) }))
    .filter((row) => row.problems.length > 0);
  expect(problems, 'answers with missing or weak security headers').toEqual([]);
  // Statuses as expected, so the list above really covers pages, feeds, files and errors.
  expect(answers.map(([path, answer]) => `${path} ${answer.status}`)).toEqual(
    expect.arrayContaining([
      `${upload} 200`,
      '/api/health 200',
      '/kk/rss.xml 200',
      '/kk/no-such-page-here 404',
      '/uploads/%c0%ae%c0%ae/etc/passwd 400',
      'POST from a foreign origin (403) 403',
      'oversized POST (413) 413',
    ]),
  );
});

test('an HTML page allows exactly its own inline scripts, by hash', async () => {
  const { kk } = readerArticles();
  for (const path of ['/kk', `/kk/article/${kk.id}-${kk.slug}`, '/admin/login']) {
    const answer = await fetchRaw(path);
    const scriptSrc = parseCsp(answer.headers['content-security-policy']).get('script-src') ?? [];
    const inline = inlineScriptTexts(answer.text);
    expect(inline.length, `${path} has inline scripts (Next's flight data)`).toBeGreaterThan(0);
    for (const text of inline) expect(scriptSrc, `${path}: hash of ${JSON.stringify(text.slice(0, 60))}`).toContain(sha256Source(text));
    expect(scriptSrc.filter((source) => source.startsWith("'sha256-")).length, `${path}: no hashes beyond the page's scripts`).toBe(
      new Set(inline.map(sha256Source)).size,
    );
    expect(scriptSrc.filter((source) => !source.startsWith("'sha256-"))).toEqual(["'self'"]);
  }
});

test('admin pages are private, no-store; reader pages set no cookie', async () => {
  const editor = await signInRaw(loopback(4), 'editor');
  for (const path of ['/admin/articles', '/admin/comments', '/admin/articles/new', '/admin/categories']) {
    const answer = await get(editor, path);
    expect(answer.status, path).toBe(200);
    expect(answer.headers['cache-control'], `${path} Cache-Control`).toBe('private, no-store');
  }
  for (const path of ['/admin/login', '/admin/articles']) {
    const answer = await fetchRaw(path);
    expect(answer.headers['cache-control'], `${path} signed out: Cache-Control`).toBe('private, no-store');
  }
  const { kk, ru } = readerArticles();
  for (const path of [
    '/kk',
    '/ru',
    '/kk-latn',
    `/kk/article/${kk.id}-${kk.slug}`,
    `/ru/article/${ru.id}-${ru.slug}`,
    '/kk/category/sayasat',
    '/ru/search?q=a',
    '/kk/rss.xml',
  ]) {
    const answer = await fetchRaw(path, { headers: { accept: 'text/html', 'accept-language': 'ru' } });
    expect(answer.status, path).toBe(200);
    expect(answer.setCookies, `${path} sets no cookie`).toEqual([]);
  }
});

/** Records CSP reports of a page: console messages and securitypolicyviolation events. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.text().includes('Content Security Policy')) violations.push(`console: ${message.text()}`);
  });
  page.on('pageerror', (error) => violations.push(`pageerror: ${error.message}`));
  // A binding, not page script: the CSP under test cannot block it.
  await page.exposeFunction('__reportCsp', (line: string) => violations.push(`event: ${line}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      void (window as unknown as { __reportCsp: (line: string) => void }).__reportCsp(`${event.violatedDirective} ${event.blockedURI} ${event.sample}`);
    });
  });
  return violations;
}

const hydrated = () => typeof (window as unknown as { next?: { version?: string } }).next?.version === 'string';

test('with JavaScript on, both editions and the admin hydrate with no CSP violation', async ({ page }) => {
  const violations = await watchCsp(page);
  const { kk, ru } = readerArticles();
  for (const path of ['/kk', '/ru']) {
    const answer = await page.goto(path);
    expect.soft(answer?.headers()['content-security-policy'], `${path}: a hash-based CSP`).toContain("script-src 'self' 'sha256-");
    // Next sets window.next when the app router has hydrated.
    await expect.soft(page.waitForFunction(hydrated, undefined, { timeout: 15_000 }), `${path} hydrates`).resolves.toBeTruthy();
  }
  for (const article of [`/kk/article/${kk.id}-${kk.slug}`, `/ru/article/${ru.id}-${ru.slug}`]) {
    await page.goto(article);
    // The comment form's effect runs only after hydration: it flips the hidden "js" field to 1.
    await page.locator('#comment-body').scrollIntoViewIfNeeded();
    await expect.soft(page.locator('input[name="js"]'), `${article} hydrates`).toHaveValue('1', { timeout: 15_000 });
  }
  await signIn(page, 'editor');
  const editor = new ArticleEditor(page);
  await editor.gotoNew();
  // The preview button is rendered by client code only ("an enhancement").
  await expect.soft(editor.previewButton, 'the admin editor hydrates').toBeVisible({ timeout: 15_000 });
  await page.goto('/admin/articles');
  await expect.soft(page.waitForFunction(hydrated, undefined, { timeout: 15_000 }), '/admin/articles hydrates').resolves.toBeTruthy();
  expect(violations, 'CSP violations or page errors').toEqual([]);
});

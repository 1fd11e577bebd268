import { expect, test } from '@playwright/test';
import { e2eDb } from '../helpers/e2e-db';
import { executableBits } from '../helpers/html-safety';
import { moderationQueueIds, postAdminForm, signInRaw } from '../helpers/raw-admin';
import { commentsMarked, formToken, minFillMs, newArticles, postRawComment, sleep } from '../helpers/raw-comments';
import { get, visibleText, type Client } from '../helpers/raw-forms';
import { loopback, rawRequest } from '../helpers/raw-http';

/*
 * XSS payloads in every field a reader or an editor can fill. Expectation: every page that
 * shows the field (reader pages in every view, the admin pages) contains nothing that could run
 * (no injected <script>, no on…= handler, no javascript: URL, no broken-out JSON-LD or flight
 * string); fields shown as text show the payload as text.
 */
const SHORT = (n: number) => `"><img src=x onerror=alert(${n})></script><script>alert(${n})`; // ≤ 60 characters
const MARKDOWN = (marker: string) =>
  [
    `Мәтін ${marker}`,
    '<script>alert(11)</script>',
    '<img src=x onerror=alert(12)>',
    '[сілтеме](javascript:alert(13))',
    '[екі](JaVaScRiPt&#58;alert(14))',
    '<a href="javascript:alert(15)">a</a> <a href=" java\tscript:alert(16)">b</a>',
    '<iframe src="javascript:alert(17)"></iframe>',
    '<svg><script>alert(18)</script></svg> <svg onload=alert(19)>',
    '<div style="background:url(javascript:alert(20))" onclick="alert(21)">d</div>',
    '<form action="javascript:alert(22)"><button formaction="javascript:alert(23)">b</button></form>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(24)>',
    '![img](x" onerror="alert(25))',
    '<object data="data:text/html,<script>alert(26)</script>"></object><embed src="javascript:alert(27)">',
    '<base href="//evil.example/"><meta http-equiv="refresh" content="0;url=javascript:alert(28)">',
    '<details open ontoggle=alert(29)>x</details> <a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgzMCk8L3NjcmlwdD4=">c</a>',
    '```\n</code></pre><script>alert(31)</script>\n```',
  ].join('\n\n');

test('the detector itself finds each kind of injection (so a clean result means something)', () => {
  for (const html of [
    '<p><script>alert(1)</script></p>',
    '<img src=x onerror=alert(1)>',
    '<a href=" JaVa\tScRiPt:alert(1)">x</a>',
    '<iframe srcdoc="x"></iframe>',
    '<script type="application/ld+json">{"a":"</script><script>alert(1)</script>',
    '<script>self.__next_f.push([1,"a"]);alert(1)//"])</script>',
    '<script src="https://evil.example/x.js"></script>',
    '<base href="//evil.example/">',
  ])
    expect(executableBits(html), html).not.toEqual([]);
  expect(executableBits('<p>&lt;script&gt;alert(1)&lt;/script&gt; &quot;&gt;&lt;img src=x onerror=alert(1)&gt;</p>')).toEqual([]);
});

async function expectSafe(client: Client | null, path: string, shownAsText: string[] = []) {
  const answer = client ? await get(client, path) : await rawRequest({ path, localAddress: loopback(232), headers: { accept: 'text/html' } });
  expect(answer.status, `${path} answers`).toBe(200);
  expect(executableBits(answer.text), `${path}: nothing executable`).toEqual([]);
  const text = visibleText(answer.text);
  for (const payload of shownAsText) expect(text, `${path} shows the payload as text`).toContain(payload);
}

test('reader fields: search query, comment name and body', async () => {
  const query = `${SHORT(1)} '"${`{{7*7}}`}`;
  for (const edition of ['kk', 'ru', 'kk-latn']) {
    const path = `/${edition}/search?q=${encodeURIComponent(query)}`;
    // The Latin view transliterates text, so only its safety is checked there.
    await expectSafe(null, path, edition === 'kk-latn' ? [] : [query]);
  }

  const [article] = newArticles(1, 'kk'); // kk: its /kk-latn view is checked too
  const marker = `xss-comment-${Date.now()}`;
  const name = SHORT(2);
  const body = `${marker} ${SHORT(3)}\n<a href="javascript:alert(4)">x</a> javascript:alert(5) https://example.com/"><script>alert(6)</script> ${'</script><script type="application/ld+json">{}'}`;
  const address = loopback(231);
  const token = await formToken(address);
  await sleep(minFillMs() + 300);
  const posted = await postRawComment({ address, article, token, name, body });
  expect(posted.outcome, `comment accepted (${posted.response.status})`).toBe('accepted');
  const [saved] = commentsMarked(marker);
  expect(saved, 'stored exactly as typed').toMatchObject({ author_name: name, body, status: 'pending' });

  const admin = await signInRaw(loopback(230), 'admin');
  await expectSafe(admin, '/admin/comments?status=pending', [marker]);
  // Approved by a moderator, through the queue's own button.
  const approved = await postAdminForm(admin, '/admin/comments?status=pending', 'pageId', { single: `approve:${saved.id}` }, (fields) =>
    fields.some(([n, v]) => n === 'pageId' && v === String(saved.id)),
  );
  expect(approved.status).toBe(303);
  expect(commentsMarked(marker)[0].status).toBe('approved');
  expect((await moderationQueueIds(admin, 'approved')).ids.has(saved.id)).toBe(true);
  await expectSafe(admin, '/admin/comments?status=approved', [marker]);

  const shown = async () => visibleText((await rawRequest({ path: article.path, localAddress: loopback(232) })).text).includes(marker);
  await expect.poll(shown, { message: 'the approved comment is on the article page', timeout: 20_000 }).toBe(true);
  await expectSafe(null, article.path, [name, marker]);
  await expectSafe(null, article.path.replace(/^\/kk\//, '/kk-latn/'));
  // Links in approved comments: only web addresses, marked as user content.
  const html = (await rawRequest({ path: article.path, localAddress: loopback(232) })).text;
  const links = [...html.matchAll(/<a [^>]*href="https:\/\/example\.com[^"]*"[^>]*>/g)].map((m) => m[0]);
  expect(links.length, 'the web address became a link').toBeGreaterThan(0);
  for (const link of links) expect(link).toMatch(/rel="nofollow ugc noopener"/);
});

test('editor fields: article title, lead, body, tag, source, category name, person name', async () => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const marker = `xss-editor-${stamp}`;
  const admin = await signInRaw(loopback(230), 'admin');

  // A person (shown as the author), and a Russian category (the Kazakh menu is counted by other specs).
  const personName = `${SHORT(40)} ${stamp}`.slice(0, 80);
  const person = await postAdminForm(admin, '/admin/users', 'email', { email: `xss${stamp}@qamshy.test`, name: personName, role: 'author', password: '' });
  expect(person.status, 'person created').toBe(200);
  const categoryName = SHORT(41);
  const categorySlug = `xss-${stamp}`;
  const category = await postAdminForm(admin, '/admin/categories', '_form', { name: categoryName, slug: categorySlug, position: '99' }, (fields) =>
    fields.some(([n, v]) => n === '_form' && v === 'category-new-ru'),
  );
  expect(category.status, 'category created').toBe(200);
  const db = e2eDb();
  const ids = {
    person: (db.prepare('select id, slug from users where email = ?').get(`xss${stamp}@qamshy.test`) as { id: number; slug: string } | undefined)!,
    category: (db.prepare('select id from categories where slug = ? and locale = ?').get(categorySlug, 'ru') as { id: number } | undefined)!,
  };
  db.close();
  expect(ids.person, 'person saved').toBeTruthy();
  expect(ids.category, 'category saved').toBeTruthy();

  const title = `${SHORT(42)} ${marker}`;
  const lead = `${SHORT(43)} <a href="javascript:alert(44)">lead</a>`;
  const tag = SHORT(45);
  const sourceName = SHORT(46);
  const saved = await postAdminForm(admin, '/admin/articles/new', 'title', {
    title,
    lead,
    body: MARKDOWN(marker),
    locale: 'ru',
    categoryId: String(ids.category.id),
    authorId: String(ids.person.id),
    tags: tag,
    sourceName,
    sourceUrl: 'https://example.com/"><script>alert(47)</script>',
    thumbnailAlt: SHORT(48),
    intent: 'publish',
  });
  expect(saved.status, `article published: ${visibleText(saved.text).slice(0, 200)}`).toBe(303);
  const articleId = Number(/\/admin\/articles\/(\d+)/.exec(saved.headers.location ?? '')?.[1]);
  const db2 = e2eDb();
  const row = db2.prepare('select slug, title, lead from articles where id = ?').get(articleId) as { slug: string; title: string; lead: string };
  const tagRow = db2.prepare('select t.slug from tags t join article_tags at on at.tag_id = t.id where at.article_id = ?').get(articleId) as { slug: string };
  db2.close();
  expect(row.title, 'the title is stored as typed').toBe(title);

  const articlePath = `/ru/article/${articleId}-${row.slug}`;
  await expectSafe(null, articlePath, [title, sourceName, tag, personName, categoryName]);
  const html = (await rawRequest({ path: articlePath, localAddress: loopback(232) })).text;
  expect(visibleText(html), 'the body was rendered').toContain(marker);
  for (const path of [
    `/ru/category/${categorySlug}`,
    `/ru/tag/${tagRow.slug}`,
    `/ru/author/${ids.person.slug}`,
    '/ru',
    `/ru/search?q=${encodeURIComponent(marker)}`,
  ])
    await expectSafe(null, path);
  for (const path of [
    '/admin/articles',
    `/admin/articles/${articleId}`,
    '/admin/categories',
    '/admin/users',
    '/admin/audit',
    `/admin/articles/${articleId}/revisions`,
  ])
    await expectSafe(admin, path);
  // The editor's preview renders the body the same sanitizing way.
  const preview = await rawRequest({
    method: 'POST',
    path: '/admin/articles/preview',
    localAddress: admin.address,
    headers: {
      cookie: `qamshy_session=${admin.jar.qamshy_session}`,
      'content-type': 'text/plain;charset=UTF-8',
      origin: `http://127.0.0.1:${process.env.E2E_PORT}`,
    },
    body: MARKDOWN(marker),
  });
  expect(preview.status, 'preview').toBe(200);
  const previewHtml = (JSON.parse(preview.text) as { html: string }).html;
  expect(previewHtml).toContain(marker);
  expect(executableBits(previewHtml), 'preview').toEqual([]);
  // Feeds carry the text escaped: the XML parses and holds no live markup.
  const feed = await rawRequest({ path: '/ru/rss.xml', localAddress: loopback(232) });
  expect(feed.text).not.toMatch(/<script|<img[^>]+onerror/i);
});

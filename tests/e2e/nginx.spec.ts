import { expect, test as base } from '@playwright/test';
import { startNginx, type RunningNginx } from '../helpers/nginx';
import { ArticleEditor } from './pages/article-editor';
import { signIn } from './pages/sign-in';

// deploy/nginx.conf in front of the e2e server, run by Debian's nginx (started here, stopped when
// the worker ends). Everything in this file goes through nginx: the editor's sign-in and save as
// much as the readers' pages.
const test = base.extend<object, { nginx: RunningNginx }>({
  nginx: [
    async ({}, use) => {
      const nginx = await startNginx(Number(process.env.E2E_PORT));
      try {
        await use(nginx);
      } finally {
        await nginx.stop();
      }
    },
    { scope: 'worker' },
  ],
  baseURL: async ({ nginx }, use) => use(nginx.base),
});
const origin = `http://127.0.0.1:${process.env.E2E_PORT}`;

const sMaxAgeOf = (cacheControl: string | undefined) => Number(/s-maxage=(\d+)/.exec(cacheControl ?? '')?.[1]);

test('through nginx: the second read of an article is a cache HIT, and an editor’s save reaches readers within s-maxage', async ({ page, request, nginx }) => {
  test.setTimeout(150_000);
  await signIn(page, 'editor');
  const editor = new ArticleEditor(page);
  const stamp = Date.now();
  const title = `Nginx арқылы ${stamp}`;
  await editor.write({ title, body: 'Прокси артындағы мақала.', category: 'KK · Қоғам' });
  await editor.expectSaved('publish');
  const href = await editor.readerHref();

  // A reader (no cookies): stored on the first read, served by nginx on the second.
  const first = await request.get(href);
  expect(first.status()).toBe(200);
  expect(first.headers()['x-cache-status']).toBe('MISS');
  const storedAt = Date.now();
  expect(await first.text()).toContain(title);
  const sMaxAge = sMaxAgeOf(first.headers()['cache-control']);
  expect(sMaxAge, first.headers()['cache-control']).toBeGreaterThan(0);
  expect(first.headers()['set-cookie']).toBeUndefined();
  const second = await request.get(href);
  expect(second.headers()['x-cache-status']).toBe('HIT');
  expect(await second.body()).toEqual(await first.body());

  // The editor, signed in, always reaches the portal itself.
  const editorView = await page.request.get(href);
  expect(editorView.headers()['x-cache-status']).toBe('BYPASS');
  expect(editorView.headers()['cache-control']).toMatch(/private|no-store/);

  // The editor changes the title and saves, through nginx.
  const edited = `${title} түзетілді`;
  await editor.title.fill(edited);
  await editor.button('save').click();
  await editor.expectSaved('save');
  const savedAt = Date.now();

  // The portal has it at once (it purges its own cache on save)…
  const direct = await request.get(`${origin}${href}`);
  expect(await direct.text()).toContain(edited);
  // …nginx keeps its copy while it is fresh…
  if (Date.now() - storedAt < (sMaxAge - 1) * 1000) {
    const cached = await request.get(href);
    expect(cached.headers()['x-cache-status']).toBe('HIT');
    expect(await cached.text()).not.toContain(edited);
  }
  // …and readers see the change at most s-maxage after the save, plus one background refresh: the
  // first read past s-maxage is served the stored copy while nginx refreshes it, the next gets the new page.
  const seen: string[] = [];
  await expect
    .poll(
      async () => {
        const answer = await request.get(href);
        seen.push(answer.headers()['x-cache-status'] ?? '-');
        return (await answer.text()).includes(edited);
      },
      { timeout: (sMaxAge + 5) * 1000, intervals: [250] },
    )
    .toBe(true);
  const visibleAfter = (Date.now() - savedAt) / 1000;
  console.log(`nginx: edit visible after ${visibleAfter.toFixed(1)} s (s-maxage ${sMaxAge} s); cache states seen: ${[...new Set(seen)].join(', ')}`);
  expect(visibleAfter).toBeLessThanOrEqual(sMaxAge + 5);
  const after = await request.get(href);
  expect(await after.text()).toContain(edited);
  expect(after.headers()['x-cache-status']).toBe('HIT');

  expect(nginx.errorLog()).not.toMatch(/\[(emerg|alert|crit)\]/);
});

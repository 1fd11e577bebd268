import { eq } from 'drizzle-orm';
import { createTranslator } from 'next-intl';
import { describe, expect, it, vi } from 'vitest';
import kkMessages from '@/messages/kk.json';
import ruMessages from '@/messages/ru.json';

// Issue 11: "Live blogs appear in RSS, the sitemaps and the news sitemap like other articles, with
// lastmod following the latest entry", read from the served documents, in kk and ru.
vi.mock('next-intl/server', () => ({
  getTranslations: async ({ locale, namespace }: { locale: 'kk' | 'ru'; namespace: never }) =>
    createTranslator({ locale, messages: locale === 'kk' ? kkMessages : ruMessages, namespace }),
}));

const { db } = await import('@/db/client');
const { articles, users } = await import('@/db/schema');
const { addLiveEntry, editLiveEntry } = await import('@/db/queries/live-entries');
const { GET: rss } = await import('@/app/[locale]/rss.xml/route');
const { GET: articleSitemap } = await import('@/app/sitemaps/articles/[file]/route');
const { GET: sitemapIndex } = await import('@/app/sitemap.xml/route');
const { GET: newsSitemap } = await import('@/app/news-sitemap.xml/route');
const { toAlmatyIso } = await import('@/lib/format');
const { almatyMonthOf } = await import('@/lib/seo/almaty-month');
const { parseXml } = await import('../helpers/xml');

const SITE = 'http://qamshy.test';
const editor = db
  .insert(users)
  .values({ email: 'live-feeds@qamshy.test', name: 'Live Feeds', slug: `live-feeds-${Date.now()}`, role: 'editor' })
  .returning({ id: users.id, role: users.role })
  .get();
const wholeSecond = (ms: number) => new Date(Math.floor(ms / 1000) * 1000);

function createLiveBlog(locale: 'kk' | 'ru', publishedAt: Date): { id: number; slug: string } {
  const slug = `live-feeds-${locale}-${Math.random().toString(36).slice(2)}`;
  return db
    .insert(articles)
    .values({
      locale,
      slug,
      title: locale === 'kk' ? 'Арналар сынағы: тікелей' : 'Проверка лент: онлайн',
      lead: '',
      bodyMarkdown: 'Лид.',
      bodyHtml: '<p>Лид.</p>',
      status: 'published',
      publishedAt,
      updatedAt: publishedAt,
      authorId: editor.id,
      format: 'live',
    })
    .returning({ id: articles.id, slug: articles.slug })
    .get();
}

const entry = (text: string) => ({ headline: '', bodyMarkdown: text, keyEvent: false, image: null, imageAlt: '' });

describe.each(['kk', 'ru'] as const)('a live blog of the %s edition in the feeds', (locale) => {
  it('is listed in RSS, its month sitemap, the sitemap index and the news sitemap, dated by its latest entry', async () => {
    const publishedAt = wholeSecond(Date.now() - 3_600_000);
    const blog = createLiveBlog(locale, publishedAt);
    const path = `/${locale}/article/${blog.id}-${blog.slug}`;
    const month = almatyMonthOf(publishedAt);

    const readAll = async () => {
      const feed = parseXml(await (await rss(new Request(`${SITE}/${locale}/rss.xml`), { params: Promise.resolve({ locale }) })).text());
      const item = (feed.rss.channel.item as Record<string, unknown>[]).find((i) => i.link === `${SITE}${path}`);
      const sitemap = parseXml(await (await articleSitemap(new Request(`${SITE}/x`), { params: Promise.resolve({ file: `${month}.xml` }) })).text());
      const url = (sitemap.urlset.url as Record<string, unknown>[]).find((u) => u.loc === `${SITE}${path}`);
      const index = parseXml(await (await sitemapIndex()).text());
      const child = (index.sitemapindex.sitemap as { loc: string; lastmod: string }[]).find((s) => s.loc === `${SITE}/sitemaps/articles/${month}.xml`);
      const news = parseXml(await newsSitemap().text());
      const inNews = (news.urlset.url as { loc: string }[]).some((u) => u.loc === `${SITE}${path}`);
      return { item, url, child, inNews };
    };

    // Before any entry: dated by its publication, and no modification date in RSS.
    const before = await readAll();
    expect(before.item).toBeDefined();
    expect(before.item!['dcterms:modified']).toBeUndefined();
    expect(before.url?.lastmod).toBe(toAlmatyIso(publishedAt));
    expect(before.inNews).toBe(true);

    const added = wholeSecond(Date.now() - 60_000);
    const change = addLiveEntry(editor, blog.id, entry('Алғашқы жазба.'), added);
    if (!change.ok) throw new Error(change.reason);
    const afterAdd = await readAll();
    expect(afterAdd.item!['dcterms:modified']).toBe(toAlmatyIso(added));
    expect(afterAdd.item!.pubDate).toBe(before.item!.pubDate); // the story's own date stays
    expect(afterAdd.url?.lastmod).toBe(toAlmatyIso(added));
    expect(afterAdd.child!.lastmod >= toAlmatyIso(added)).toBe(true);
    expect(afterAdd.inNews).toBe(true);

    // An edit of the entry moves it again.
    const edited = wholeSecond(Date.now() - 30_000);
    const editChange = editLiveEntry(editor, blog.id, change.entryId!, { ...entry('Түзетілген жазба.'), keepImage: false }, edited);
    if (!editChange.ok) throw new Error(editChange.reason);
    const afterEdit = await readAll();
    expect(afterEdit.item!['dcterms:modified']).toBe(toAlmatyIso(edited));
    expect(afterEdit.url?.lastmod).toBe(toAlmatyIso(edited));
    expect(db.select({ at: articles.updatedAt }).from(articles).where(eq(articles.id, blog.id)).get()!.at.getTime()).toBe(edited.getTime());
  });
});

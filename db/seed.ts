import { count, eq } from 'drizzle-orm';
import { renderMarkdown } from '@/lib/markdown';
import { slugify } from '@/lib/slug';
import type { Db } from './client';
import { articles, articleTags, categories, comments, tags, users } from './schema';
import { demoArticles, demoAuthors, demoCategories, type DemoLocale } from './seed/demo-content';
import { insertDemoLiveBlogs, writeLiveBlogThumbnails } from './seed/live-blogs';
import { readSeedStory } from './seed/seed-file';
import { writeThumbnailSet } from './seed/thumbnails';

const SEED_STORY = {
  stem: '20170708195532885',
  // 19:55 in Almaty on 2017-07-08, when Kazakhstan's east was on UTC+6.
  publishedAt: new Date('2017-07-08T19:55:32+06:00'),
  sourceName: 'ҚазАқпарат',
  sourceUrl: 'https://www.inform.kz/kz',
  tags: ['Нұр Отан', 'партия', 'әлеуметтік жаңғыру'],
  // Our summary for listings and meta description; the body below stays verbatim.
  lead: '«Нұр Отан» партиясы өңірлік филиалдарымен селекторлық кеңес өткізіп, Елбасының әлеуметтік жаңғыру туралы мақаласындағы тапсырмалардың орындалу барысын талқылады.',
};

const EDITORIAL = {
  key: 'editorial',
  name: 'Qamshy редакциясы',
  slug: 'qamshy-redaktsiiasy',
  bioKk: 'Qamshy порталының редакциясы.',
  bioRu: 'Редакция портала Qamshy.',
};

export function isDatabaseEmpty(database: Db): boolean {
  return (database.select({ n: count() }).from(articles).get()?.n ?? 0) === 0;
}

// Legacy upload names are the Almaty wall-clock time of publication, yyyyMMddHHmmssSSS.
function legacyStem(date: Date, salt: number): string {
  const almaty = new Date(date.getTime() + 5 * 3600_000).toISOString().replace(/\D/g, '').slice(0, 14);
  return almaty + String(salt % 1000).padStart(3, '0');
}

export async function seedDemoContent(database: Db, uploadsDir: string): Promise<{ articles: number }> {
  const story = readSeedStory();
  const authors = [EDITORIAL, ...demoAuthors];
  const thumbnails = new Map<string, { stem: string; width: number; height: number }>();

  // Images first: sharp is async, and better-sqlite3 transactions must stay synchronous.
  const storySize = await writeThumbnailSet(uploadsDir, SEED_STORY.stem, 0);
  for (const [index, article] of demoArticles.entries()) {
    const stem = legacyStem(new Date(article.publishedAt), index + 1);
    thumbnails.set(article.key, { stem, ...(await writeThumbnailSet(uploadsDir, stem, index + 1)) });
  }

  const liveThumbnails = await writeLiveBlogThumbnails(uploadsDir);

  const liveBlogs = database.transaction((tx) => {
    const authorIds = new Map<string, number>();
    for (const author of authors) {
      const row = tx
        .insert(users)
        .values({ name: author.name, slug: author.slug, bioKk: author.bioKk, bioRu: author.bioRu, role: 'author', active: true })
        .returning({ id: users.id })
        .get();
      authorIds.set(author.key, row.id);
    }

    const categoryIds = new Map<string, number>();
    for (const category of [{ locale: 'kk' as const, slug: 'sayasat', name: 'Саясат', position: 1 }, ...demoCategories]) {
      const key = `${category.locale}:${category.slug}`;
      if (categoryIds.has(key)) continue;
      const row = tx.insert(categories).values(category).returning({ id: categories.id }).get();
      categoryIds.set(key, row.id);
    }

    const tagIds = new Map<string, number>();
    const tagId = (locale: DemoLocale, name: string) => {
      const slug = slugify(name);
      const key = `${locale}:${slug}`;
      let id = tagIds.get(key);
      if (!id) {
        id = tx.insert(tags).values({ locale, slug, name }).returning({ id: tags.id }).get().id;
        tagIds.set(key, id);
      }
      return id;
    };

    const storyMarkdown = story.paragraphs.join('\n\n');
    const storyRow = tx
      .insert(articles)
      .values({
        locale: 'kk',
        slug: slugify(story.title),
        title: story.title,
        lead: SEED_STORY.lead,
        bodyMarkdown: storyMarkdown,
        bodyHtml: renderMarkdown(storyMarkdown),
        thumbnail: SEED_STORY.stem,
        thumbnailAlt: story.title,
        thumbnailWidth: storySize.width,
        thumbnailHeight: storySize.height,
        status: 'published',
        publishedAt: SEED_STORY.publishedAt,
        updatedAt: SEED_STORY.publishedAt,
        createdAt: SEED_STORY.publishedAt,
        authorId: authorIds.get(EDITORIAL.key)!,
        categoryId: categoryIds.get('kk:sayasat')!,
        sourceName: SEED_STORY.sourceName,
        sourceUrl: SEED_STORY.sourceUrl,
        viewCount: 120,
      })
      .returning({ id: articles.id })
      .get();
    for (const name of SEED_STORY.tags)
      tx.insert(articleTags)
        .values({ articleId: storyRow.id, tagId: tagId('kk', name) })
        .run();

    const articleIds = new Map<string, number>();
    for (const [index, demo] of demoArticles.entries()) {
      const publishedAt = new Date(demo.publishedAt);
      const thumb = thumbnails.get(demo.key)!;
      const row = tx
        .insert(articles)
        .values({
          locale: demo.locale,
          slug: slugify(demo.title),
          title: demo.title,
          lead: demo.lead,
          bodyMarkdown: demo.body,
          bodyHtml: renderMarkdown(demo.body),
          thumbnail: thumb.stem,
          thumbnailAlt: demo.title,
          thumbnailWidth: thumb.width,
          thumbnailHeight: thumb.height,
          status: 'published',
          publishedAt,
          updatedAt: publishedAt,
          createdAt: publishedAt,
          authorId: authorIds.get(demo.authorKey)!,
          categoryId: categoryIds.get(`${demo.locale}:${demo.categorySlug}`)!,
          sourceName: demo.sourceName ?? null,
          sourceUrl: demo.sourceUrl ?? null,
          featured: demo.featured ?? false,
          // Deterministic spread so the most-read block has an order before real readers arrive.
          viewCount: (index * 37) % 97,
        })
        .returning({ id: articles.id })
        .get();
      articleIds.set(demo.key, row.id);
      for (const name of new Set(demo.tags))
        tx.insert(articleTags)
          .values({ articleId: row.id, tagId: tagId(demo.locale, name) })
          .run();
      for (const comment of demo.comments ?? []) {
        const createdAt = new Date(Math.min(publishedAt.getTime() + comment.minutesAfter * 60_000, Date.now()));
        tx.insert(comments)
          .values({ articleId: row.id, authorName: comment.name, body: comment.body, status: comment.approved ? 'approved' : 'pending', createdAt })
          .run();
      }
    }
    for (const demo of demoArticles) {
      if (!demo.translationOf) continue;
      tx.update(articles)
        .set({ translationId: articleIds.get(demo.translationOf)! })
        .where(eq(articles.id, articleIds.get(demo.key)!))
        .run();
    }
    const categoryId = (locale: DemoLocale, slug: string) => categoryIds.get(`${locale}:${slug}`)!;
    return insertDemoLiveBlogs(tx, {
      authorId: authorIds.get(EDITORIAL.key)!,
      categoryId,
      thumbnails: liveThumbnails,
      image: thumbnails.get(demoArticles[0].key)!,
    });
  });
  return { articles: demoArticles.length + 1 + liveBlogs };
}

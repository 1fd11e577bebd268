import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { count, eq, isNotNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { db } from '@/db/client';
import { articles, categories, comments, users } from '@/db/schema';
import { isDatabaseEmpty } from '@/db/seed';
import { demoArticles } from '@/db/seed/demo-content';
import { readSeedStory } from '@/db/seed/seed-file';
import { slugify } from '@/lib/slug';

const story = readSeedStory();
const demoTitles = new Set(demoArticles.map((a) => a.title));

describe('demo content', () => {
  it('loads the model article faithfully', () => {
    const row = db.select().from(articles).where(eq(articles.title, story.title)).get();
    expect(row).toBeDefined();
    expect(row!.locale).toBe('kk');
    expect(row!.slug).toBe(slugify(story.title));
    expect(row!.sourceName).toBe('ҚазАқпарат');
    expect(row!.thumbnail).toBe('20170708195532885');
    // 19:55 Almaty time on 8 July 2017 (UTC+6 then).
    expect(row!.publishedAt!.toISOString()).toBe('2017-07-08T13:55:32.000Z');
    expect(row!.status).toBe('published');
    for (const paragraph of story.paragraphs) expect(row!.bodyMarkdown).toContain(paragraph);
    expect(row!.bodyMarkdown).toContain('ҚазАқпаратқа сілтеме жасай отырып');
    expect(row!.bodyMarkdown).not.toContain('Пікір қалдыру');
    expect(row!.bodyHtml.match(/<p>/g)).toHaveLength(story.paragraphs.length);
  });

  it('writes the legacy thumbnail path as a real JPEG', async () => {
    const file = path.join(process.env.UPLOADS_DIR!, 'thumbnail', '20170708195532885_small.jpg');
    expect(story.thumbnailPath).toBe('/uploads/thumbnail/20170708195532885_small.jpg');
    const meta = await sharp(fs.readFileSync(file)).metadata();
    expect(meta.format).toBe('jpeg');
    expect(meta.width).toBe(360);
  });

  it('fills both editions with at least 40 more articles across 6+ categories each', () => {
    const perLocale = db.select({ locale: articles.locale, n: count() }).from(articles).groupBy(articles.locale).all();
    const total = perLocale.reduce((sum, row) => sum + row.n, 0);
    expect(total).toBeGreaterThanOrEqual(41);
    for (const locale of ['kk', 'ru'] as const) {
      const cats = db.select({ n: count() }).from(categories).where(eq(categories.locale, locale)).get()!.n;
      expect(cats).toBeGreaterThanOrEqual(6);
    }
    const pairs = db.select({ n: count() }).from(articles).where(isNotNull(articles.translationId)).get()!.n;
    expect(pairs).toBeGreaterThanOrEqual(5);
    const approved = db.select({ n: count() }).from(comments).where(eq(comments.status, 'approved')).get()!.n;
    expect(approved).toBeGreaterThan(0);
    expect(db.select({ n: count() }).from(users).get()!.n).toBeGreaterThanOrEqual(3);
  });

  it('gives every demo article a thumbnail with alt text and a unique slug per edition', () => {
    // Only the seed's own rows, whatever the file's other tests add.
    const seeded = db
      .select()
      .from(articles)
      .all()
      .filter((a) => demoTitles.has(a.title) || a.title === story.title);
    expect(seeded).toHaveLength(demoArticles.length + 1);
    expect(seeded.filter((a) => !a.thumbnail || a.thumbnailAlt === '')).toEqual([]);
    for (const locale of ['kk', 'ru']) {
      const slugs = seeded.filter((a) => a.locale === locale).map((a) => a.slug);
      expect(new Set(slugs).size).toBe(slugs.length);
    }
    expect(isDatabaseEmpty(db)).toBe(false);
  });
});

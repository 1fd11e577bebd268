import type Database from 'better-sqlite3';
import { EDITIONS, type ArticleStatus } from '@/lib/domain';
import { slugify } from '@/lib/slug';
import { between, normal, pick, zipf, type Random } from './random';
import { existingThumbnails } from './taxonomy';
import { textWriter } from './text';
import type { FillLocale } from './vocabulary';

const DAY = 86_400_000;
const YEARS = 10;

export type Edition = { locale: FillLocale; categoryIds: number[]; tagIds: number[] };
/** What the comment fill needs of each readable article. */
export type Commentable = { ids: Int32Array; publishedAt: Float64Array; length: number };

// Mostly published; a few scheduled (two thirds of them already due), drafts and submissions.
function statusOf(random: Random): ArticleStatus {
  const r = random();
  return r < 0.92 ? 'published' : r < 0.95 ? 'scheduled' : r < 0.985 ? 'draft' : 'submitted';
}

export function insertArticles(
  sqlite: Database.Database,
  random: Random,
  count: number,
  editions: Edition[],
  authorIds: number[],
  log: (line: string) => void,
): Commentable {
  const now = Date.now();
  const start = now - YEARS * 365 * DAY;
  const insert = sqlite.prepare(`
    INSERT INTO articles (locale, slug, title, lead, body_markdown, body_html, thumbnail, thumbnail_alt, thumbnail_width,
      thumbnail_height, status, published_at, updated_at, created_at, author_id, category_id, source_name, source_url,
      view_count, translation_id, featured, comments_open)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const tag = sqlite.prepare('INSERT OR IGNORE INTO article_tags (article_id, tag_id) VALUES (?, ?)');
  const taken = new Map(EDITIONS.map((l) => [l, new Set(sqlite.prepare('SELECT slug FROM articles WHERE locale = ?').pluck().all(l) as string[])]));
  const writers = new Map(EDITIONS.map((l) => [l, textWriter(random, l)]));
  const tagRank = new Map(editions.map((e) => [e.locale, zipf(random, e.tagIds.length, 1, 3)]));
  const categoryRank = new Map(editions.map((e) => [e.locale, zipf(random, e.categoryIds.length, 0.6)]));
  const authorRank = zipf(random, authorIds.length, 0.8, 2);
  const thumbnails = existingThumbnails(sqlite);
  const commentable: Commentable = { ids: new Int32Array(count), publishedAt: new Float64Array(count), length: 0 };
  let unpairedKk: number | null = null;

  for (let i = 0; i < count; i++) {
    const edition = random() < 0.55 ? editions[0] : editions[1];
    const { locale } = edition;
    const text = writers.get(locale)!.article();
    const status = statusOf(random);
    // Ids follow time, as in a real newsroom, with a few days of jitter (backdated, embargoed).
    const slot = Math.min(now - 60_000, start + ((i + random()) / count) * (now - start) - random() * 3 * DAY);
    const futureScheduled = status === 'scheduled' && random() < 1 / 3;
    const publishedAt = status === 'draft' || status === 'submitted' ? null : futureScheduled ? now + random() * 30 * DAY : slot;
    const edited = random() < 0.15;
    const updatedAt = Math.min(now, (publishedAt ?? slot) + (edited ? random() * 30 * DAY : 0));
    const createdAt = slot - random() * DAY;
    const base = slugify(text.title).slice(0, 70).replace(/-+$/, '');
    let slug = base;
    for (let n = 2; taken.get(locale)!.has(slug); n++) slug = `${base}-${n}`;
    taken.get(locale)!.add(slug);
    const thumbnail = thumbnails.length && random() < 0.8 ? pick(random, thumbnails) : null;
    const pairWith: number | null = locale === 'ru' && unpairedKk !== null && random() < 0.25 ? unpairedKk : null;
    if (pairWith !== null) unpairedKk = null;
    const views = status === 'published' ? Math.max(0, Math.floor(Math.exp(4 + 1.6 * normal(random)))) : 0;
    const id: number = Number(
      insert.run(
        locale,
        slug,
        text.title,
        text.lead,
        text.markdown,
        text.html,
        thumbnail?.stem ?? null,
        thumbnail ? text.title : '',
        thumbnail?.width ?? null,
        thumbnail?.height ?? null,
        status,
        publishedAt === null ? null : Math.round(publishedAt),
        Math.round(updatedAt),
        Math.round(createdAt),
        authorIds[authorRank()],
        edition.categoryIds[categoryRank.get(locale)!()],
        random() < 0.1 ? 'ҚазАқпарат' : null,
        null,
        views,
        pairWith,
        random() < 0.015 ? 1 : 0,
        random() < 0.95 ? 1 : 0,
      ).lastInsertRowid,
    );
    if (locale === 'kk') unpairedKk = id;
    const tagCount = between(random, 1, 6);
    for (let t = 0; t < tagCount; t++) tag.run(id, edition.tagIds[tagRank.get(locale)!()]);
    if (publishedAt !== null && publishedAt <= now) {
      commentable.ids[commentable.length] = id;
      commentable.publishedAt[commentable.length++] = publishedAt;
    }
    if ((i + 1) % 20_000 === 0) log(`  ${i + 1} articles`);
  }
  return commentable;
}

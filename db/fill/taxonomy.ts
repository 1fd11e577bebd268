import type Database from 'better-sqlite3';
import { slugify } from '@/lib/slug';
import { pick, type Random } from './random';
import { CATEGORIES, FIRST_NAMES, LAST_NAMES, TAG_PLACES, TAG_TOPICS, type FillLocale } from './vocabulary';

/** Newsroom staff: new users with unique slugs next to whoever is already there. */
export function createAuthors(sqlite: Database.Database, random: Random, count: number): number[] {
  const taken = new Set(sqlite.prepare('SELECT slug FROM users').pluck().all() as string[]);
  const insert = sqlite.prepare(`INSERT INTO users (name, slug, bio_kk, bio_ru, role, active) VALUES (?, ?, ?, ?, 'author', 1)`);
  const ids: number[] = [];
  while (ids.length < count) {
    const name = `${pick(random, FIRST_NAMES)} ${pick(random, LAST_NAMES)}`;
    let slug = slugify(name);
    for (let n = 2; taken.has(slug); n++) slug = `${slugify(name)}-${n}`;
    taken.add(slug);
    ids.push(Number(insert.run(name, slug, 'Qamshy тілшісі.', 'Корреспондент Qamshy.').lastInsertRowid));
  }
  return ids;
}

function upsertByLocaleSlug(sqlite: Database.Database, table: 'categories' | 'tags', locale: FillLocale, name: string, position: number): number {
  const slug = slugify(name);
  if (table === 'categories')
    sqlite.prepare('INSERT OR IGNORE INTO categories (locale, slug, name, position) VALUES (?, ?, ?, ?)').run(locale, slug, name, position);
  else sqlite.prepare('INSERT OR IGNORE INTO tags (locale, slug, name) VALUES (?, ?, ?)').run(locale, slug, name);
  return sqlite.prepare(`SELECT id FROM ${table} WHERE locale = ? AND slug = ?`).pluck().get(locale, slug) as number;
}

/** The edition's sections; existing ones with the same slug (the demo's) are reused. */
export function ensureCategories(sqlite: Database.Database, locale: FillLocale): number[] {
  return CATEGORIES[locale].map((name, i) => upsertByLocaleSlug(sqlite, 'categories', locale, name, i + 1));
}

/** `count` tags, most general first: a topic alone, then topic and place ("партия Алматы"). */
export function ensureTags(sqlite: Database.Database, locale: FillLocale, count: number): number[] {
  const names = [...TAG_TOPICS[locale].map((t) => t.replace(/-/g, ' '))];
  for (const place of TAG_PLACES[locale]) for (const topic of TAG_TOPICS[locale]) names.push(`${topic.replace(/-/g, ' ')} ${place}`);
  const ids = new Set<number>();
  for (const name of names) {
    if (ids.size === count) break;
    ids.add(upsertByLocaleSlug(sqlite, 'tags', locale, name, 0));
  }
  return [...ids];
}

/** Thumbnails already on disk (the demo's): reused so filled articles show real images. */
export function existingThumbnails(sqlite: Database.Database): { stem: string; width: number | null; height: number | null }[] {
  return sqlite
    .prepare('SELECT DISTINCT thumbnail AS stem, thumbnail_width AS width, thumbnail_height AS height FROM articles WHERE thumbnail IS NOT NULL')
    .all() as { stem: string; width: number | null; height: number | null }[];
}

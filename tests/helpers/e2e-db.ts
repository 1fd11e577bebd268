import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { hashPassword } from '../../lib/auth/password';

// Rows the seed wrote (demo authors have no sign-in email); the editors' specs add others while
// the reader specs run, so helpers that pick "the newest" article look at seeded rows only.
const SEEDED = 'author_id in (select id from users where email is null)';

// Read-only look into the server's database, to check what a page did (e.g. a comment saved).
export function e2eDb() {
  return new Database(process.env.E2E_DATABASE_URL!, { readonly: true, fileMustExist: true });
}

export type ArticleRow = { id: number; locale: string; slug: string; title: string; translation_id: number | null };

export function seedArticle(): ArticleRow {
  const db = e2eDb();
  try {
    return db.prepare("select id, locale, slug, title, translation_id from articles where thumbnail = '20170708195532885'").get() as ArticleRow;
  } finally {
    db.close();
  }
}

export function translatedPair(): { ru: ArticleRow; kk: ArticleRow } {
  const db = e2eDb();
  try {
    const ru = db.prepare(`select id, locale, slug, title, translation_id from articles where locale = 'ru' and ${SEEDED} and translation_id is not null order by id limit 1`).get() as ArticleRow;
    const kk = db.prepare('select id, locale, slug, title, translation_id from articles where id = ?').get(ru.translation_id) as ArticleRow;
    return { ru, kk };
  } finally {
    db.close();
  }
}

export function untranslatedKk(): ArticleRow {
  const db = e2eDb();
  try {
    return db
      .prepare(
        `select id, locale, slug, title, translation_id from articles a where locale = 'kk' and ${SEEDED} and translation_id is null and not exists (select 1 from articles b where b.translation_id = a.id) order by id desc limit 1`,
      )
      .get() as ArticleRow;
  } finally {
    db.close();
  }
}

export function latestComment(articleId: number): { author_name: string; body: string; status: string } | undefined {
  const db = e2eDb();
  try {
    return db.prepare('select author_name, body, status from comments where article_id = ? order by id desc limit 1').get(articleId) as never;
  } finally {
    db.close();
  }
}

export function quietArticle(): ArticleRow & { view_count: number } {
  const db = e2eDb();
  try {
    // The newest Russian article: no other test opens it, so its view count is this test's alone.
    return db.prepare(`select id, locale, slug, title, translation_id, view_count from articles where locale = 'ru' and ${SEEDED} order by id desc limit 1`).get() as never;
  } finally {
    db.close();
  }
}

export function viewCount(id: number): number {
  const db = e2eDb();
  try {
    return (db.prepare('select view_count as n from articles where id = ?').get(id) as { n: number }).n;
  } finally {
    db.close();
  }
}

/** An article no other test opens, so the cached page is first rendered after this test's writes. */
export function untouchedArticle(): ArticleRow {
  const db = e2eDb();
  try {
    return db.prepare(`select id, locale, slug, title, translation_id from articles where locale = 'ru' and ${SEEDED} order by id desc limit 1 offset 1`).get() as ArticleRow;
  } finally {
    db.close();
  }
}

export function insertApprovedComment(articleId: number, name: string, body: string): void {
  const db = new Database(process.env.E2E_DATABASE_URL!, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare("insert into comments (article_id, author_name, body, status) values (?, ?, ?, 'approved')").run(articleId, name, body);
  } finally {
    db.close();
  }
}

/**
 * A fresh account for a test that changes its account (password, role, sessions), so the shared
 * ones in accounts.ts stay as other specs expect them even when that test fails halfway.
 */
export async function createAccount(role: 'admin' | 'editor' | 'author'): Promise<{ email: string; password: string }> {
  const tag = crypto.randomBytes(6).toString('hex');
  const account = { email: `${role}-${tag}@qamshy.test`, password: `${role}-pass-${tag}` };
  const passwordHash = await hashPassword(account.password);
  const db = new Database(process.env.E2E_DATABASE_URL!, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('insert into users (email, name, slug, role, password_hash) values (?, ?, ?, ?, ?)').run(account.email, `Сынақ ${tag}`, `test-${role}-${tag}`, role, passwordHash);
  } finally {
    db.close();
  }
  return account;
}

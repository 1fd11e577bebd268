import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import { hashPassword } from '../../lib/auth/password';
import type { Edition } from '../../lib/domain';
import { ACCOUNTS } from './accounts';

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
    const ru = db
      .prepare(
        `select id, locale, slug, title, translation_id from articles where locale = 'ru' and ${SEEDED} and translation_id is not null order by id limit 1`,
      )
      .get() as ArticleRow;
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

export function viewCount(id: number): number {
  const db = e2eDb();
  try {
    return (db.prepare('select view_count as n from articles where id = ?').get(id) as { n: number }).n;
  } finally {
    db.close();
  }
}

export function insertApprovedComment(articleId: number, name: string, body: string): void {
  const db = writable();
  try {
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
  const db = writable();
  try {
    db.prepare('insert into users (email, name, slug, role, password_hash) values (?, ?, ?, ?, ?)').run(
      account.email,
      `Сынақ ${tag}`,
      `test-${role}-${tag}`,
      role,
      passwordHash,
    );
  } finally {
    db.close();
  }
  return account;
}

function writable() {
  const db = new Database(process.env.E2E_DATABASE_URL!, { fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

const tagged = () => crypto.randomBytes(5).toString('hex');

/**
 * A published article of the test's own, open to comments, for a spec that writes to it (comments,
 * views) or needs its page first rendered after its writes. Never requested before, so no cached
 * copy exists; by the shared editor account (not a seeded author, which the pickers above look
 * for), without category or tags, dated a day back, so it changes no listing another spec reads.
 * `daysAgo` dates it further back, below every seeded story, for specs that make many.
 */
export function createArticle(options: { locale: Edition; title?: string; translationOf?: number; daysAgo?: number }): ArticleRow {
  const tag = tagged();
  const title = options.title ?? (options.locale === 'kk' ? `Сынақ мақаласы ${tag}` : `Тестовая статья ${tag}`);
  const body = options.locale === 'kk' ? 'Сынаққа арналған мақаланың мәтіні.' : 'Текст статьи для теста.';
  const db = writable();
  try {
    const row = db
      .prepare(
        `insert into articles (locale, slug, title, lead, body_markdown, body_html, status, published_at, author_id, translation_id)
         values (?, ?, ?, ?, ?, ?, 'published', ?, (select id from users where email = ?), ?)
         returning id, locale, slug, title, translation_id`,
      )
      .get(
        options.locale,
        `e2e-${tag}`,
        title,
        body,
        body,
        `<p>${body}</p>`,
        Date.now() - (options.daysAgo ?? 1) * 86_400_000,
        ACCOUNTS.editor.email,
        options.translationOf ?? null,
      );
    return row as ArticleRow;
  } finally {
    db.close();
  }
}

/** A Kazakh article and its Russian translation, both the test's own (the pair is stored on the Russian side, as the seed does). */
export function createTranslatedPair(): { kk: ArticleRow; ru: ArticleRow } {
  const kk = createArticle({ locale: 'kk' });
  const ru = createArticle({ locale: 'ru', translationOf: kk.id });
  return { kk, ru };
}

/**
 * A category of the test's own in the Russian edition (no spec counts that menu), last in the
 * menu. The caller deletes it through the editors' form, which also purges cached pages.
 */
export function createCategory(name: string): { id: number; slug: string } {
  const db = writable();
  try {
    return db.prepare("insert into categories (locale, slug, name, position) values ('ru', ?, ?, 999) returning id, slug").get(`e2e-${tagged()}`, name) as {
      id: number;
      slug: string;
    };
  } finally {
    db.close();
  }
}

/** An update or correction note on an article (as /admin/articles/{id}/notes saves it), `minutesAgo` back. */
export function addArticleNote(articleId: number, kind: 'update' | 'correction', body: string, minutesAgo = 0): void {
  const db = writable();
  try {
    db.prepare('insert into article_notes (article_id, kind, body, created_at) values (?, ?, ?, ?)').run(
      articleId,
      kind,
      body,
      Date.now() - minutesAgo * 60_000,
    );
  } finally {
    db.close();
  }
}

export type Banner = { locale: Edition; text: string; url: string | null; expires_at: number | null };

/** The edition's banner while readers see it (an expired row stays until it is replaced). */
export function currentBanner(locale: Edition): Banner | null {
  const db = e2eDb();
  try {
    const row = db
      .prepare('select locale, text, url, expires_at from breaking_banners where locale = ? and (expires_at is null or expires_at > ?)')
      .get(locale, Date.now());
    return (row as Banner | undefined) ?? null;
  } finally {
    db.close();
  }
}

/**
 * Shared front-page state of the test's own: a banner and top stories pinned to the free slots.
 * Readers see it after the next purge (an editor's action); undo() removes exactly these rows,
 * leaving a banner or pin another spec set meanwhile, and the caller then purges again. The
 * banner also expires by itself, so a test that dies halfway leaves nothing for long.
 */
export function curateFront(locale: Edition, banner: { text: string; url: string }, articleIds: number[]): { positions: number[]; undo: () => void } {
  const db = writable();
  try {
    const taken = new Set((db.prepare('select position from front_slots where locale = ?').all(locale) as { position: number }[]).map((r) => r.position));
    const positions = [1, 2, 3, 4, 5, 6].filter((p) => !taken.has(p)).slice(0, articleIds.length);
    const pin = db.prepare('insert into front_slots (locale, position, article_id, updated_at) values (?, ?, ?, ?)');
    db.transaction(() => {
      positions.forEach((position, i) => pin.run(locale, position, articleIds[i], Date.now()));
      db.prepare(
        `insert into breaking_banners (locale, text, url, expires_at, updated_at) values (?, ?, ?, ?, ?)
         on conflict (locale) do update set text = excluded.text, url = excluded.url, expires_at = excluded.expires_at, updated_at = excluded.updated_at`,
      ).run(locale, banner.text, banner.url, Date.now() + 120_000, Date.now());
    })();
    const undo = () => {
      const again = writable();
      try {
        const unpin = again.prepare('delete from front_slots where locale = ? and position = ? and article_id = ?');
        positions.forEach((position, i) => unpin.run(locale, position, articleIds[i]));
        again.prepare('delete from breaking_banners where locale = ? and text = ?').run(locale, banner.text);
      } finally {
        again.close();
      }
    };
    return { positions, undo };
  } finally {
    db.close();
  }
}

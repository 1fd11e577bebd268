import crypto from 'node:crypto';
import Database from 'better-sqlite3';
import type { Edition } from '../../lib/domain';
import { ACCOUNTS } from './accounts';

// Live blogs of the spec's own (never requested before, so nothing of them is cached), written
// straight into the server's database as the seed would; entries after that go through /admin.
function open(readonly = false) {
  const db = new Database(process.env.E2E_DATABASE_URL!, { fileMustExist: true, readonly });
  if (!readonly) db.pragma('busy_timeout = 5000');
  return db;
}

export type LiveBlogRow = { id: number; slug: string; locale: Edition; entryIds: number[] };

/** A published live blog, open, by the shared editor account, dated a day back, with two entries (the older a key event). */
export function createLiveBlog(locale: Edition): LiveBlogRow {
  const tag = crypto.randomBytes(5).toString('hex');
  const title = locale === 'kk' ? `Сынақ трансляциясы ${tag}` : `Тестовая трансляция ${tag}`;
  const db = open();
  try {
    const day = Date.now() - 86_400_000;
    const { id } = db
      .prepare(
        `insert into articles (locale, slug, title, lead, body_markdown, body_html, status, published_at, updated_at, author_id, format)
         values (?, ?, ?, ?, '', '', 'published', ?, ?, (select id from users where email = ?), 'live') returning id`,
      )
      .get(locale, `e2e-live-${tag}`, title, locale === 'kk' ? 'Сынақ лиды.' : 'Лид для теста.', day, day, ACCOUNTS.editor.email) as { id: number };
    const entry = db.prepare(
      'insert into live_entries (article_id, headline, body_markdown, body_html, key_event, created_at) values (?, ?, ?, ?, ?, ?) returning id',
    );
    const first = entry.get(id, 'Алғашқы басты оқиға', 'Бірінші жазба.', '<p>Бірінші жазба.</p>', 1, day + 60_000) as { id: number };
    const second = entry.get(id, '', 'Екінші жазба.', '<p>Екінші жазба.</p>', 0, day + 120_000) as { id: number };
    return { id, slug: `e2e-live-${tag}`, locale, entryIds: [first.id, second.id] };
  } finally {
    db.close();
  }
}

/** A seeded demo live blog of the edition (by the seed's own author, who has no sign-in email). */
export function demoLiveBlog(locale: Edition): { id: number; slug: string } {
  const db = open(true);
  try {
    return db
      .prepare(
        "select id, slug from articles where format = 'live' and locale = ? and author_id in (select id from users where email is null) order by id limit 1",
      )
      .get(locale) as { id: number; slug: string };
  } finally {
    db.close();
  }
}

export function entriesOf(articleId: number): { id: number; headline: string; edited_at: number | null; key_event: number }[] {
  const db = open(true);
  try {
    return db.prepare('select id, headline, edited_at, key_event from live_entries where article_id = ? order by id').all(articleId) as never;
  } finally {
    db.close();
  }
}

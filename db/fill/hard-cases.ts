import type Database from 'better-sqlite3';

// The arguments that make listing queries work hardest on a filled database: the biggest
// category, tag and author, a story with the most common tags, the most commented story.
export type HardCases = {
  category: { id: number; slug: string; pages: number };
  tag: { id: number; slug: string; pages: number };
  rareTag: { id: number; slug: string };
  author: { id: number; slug: string; pages: number };
  commonArticle: { id: number; slug: string; categoryId: number | null };
  busiestArticle: number;
  anyUser: number;
};

const PAGE = 20;

export function findHardCases(sqlite: Database.Database): HardCases {
  const one = <T>(sql: string) => sqlite.prepare(sql).get() as T;
  const category = one<{ id: number; slug: string; n: number }>(
    `SELECT c.id, c.slug, count(*) AS n FROM articles a JOIN categories c ON c.id = a.category_id WHERE a.locale = 'kk' GROUP BY c.id ORDER BY n DESC LIMIT 1`,
  );
  const tag = one<{ id: number; slug: string; n: number }>(
    `SELECT t.id, t.slug, count(*) AS n FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.locale = 'kk' GROUP BY t.id ORDER BY n DESC LIMIT 1`,
  );
  const rareTag = one<{ id: number; slug: string }>(
    `SELECT t.id, t.slug FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE t.locale = 'kk' GROUP BY t.id ORDER BY count(*) ASC LIMIT 1`,
  );
  const author = one<{ id: number; slug: string; n: number }>(
    `SELECT u.id, u.slug, count(*) AS n FROM articles a JOIN users u ON u.id = a.author_id WHERE a.locale = 'kk' GROUP BY u.id ORDER BY n DESC LIMIT 1`,
  );
  const commonArticle = one<{ id: number; slug: string; categoryId: number | null }>(
    `SELECT a.id, a.slug, a.category_id AS categoryId FROM articles a JOIN article_tags at ON at.article_id = a.id
     WHERE at.tag_id = ${tag.id} AND a.status = 'published' ORDER BY a.published_at DESC LIMIT 1`,
  );
  const busiest = one<{ id: number }>(`SELECT article_id AS id FROM comments GROUP BY article_id ORDER BY count(*) DESC LIMIT 1`);
  const pages = (n: number) => Math.ceil(n / PAGE);
  return {
    category: { id: category.id, slug: category.slug, pages: pages(category.n) },
    tag: { id: tag.id, slug: tag.slug, pages: pages(tag.n) },
    rareTag,
    author: { id: author.id, slug: author.slug, pages: pages(author.n) },
    commonArticle,
    busiestArticle: busiest.id,
    anyUser: (sqlite.prepare('SELECT min(id) FROM users').pluck().get() as number) ?? 1,
  };
}

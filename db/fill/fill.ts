import type { Db } from '@/db/client';
import { EDITIONS } from '@/lib/domain';
import { renderMarkdown } from '@/lib/markdown';
import { insertArticles, type Edition } from './articles';
import { insertComments } from './comments';
import { seededRandom } from './random';
import { indexNewArticles, suspendSearchTriggers } from './search-index';
import { createAuthors, ensureCategories, ensureTags } from './taxonomy';

export type FillOptions = { articles: number; comments: number; seed?: number; authors?: number; tagsPerEdition?: number; log?: (line: string) => void };

/**
 * Adds synthetic articles (both editions) and comments to a migrated database, in one
 * transaction: an interrupted fill leaves the database as it was.
 */
export function fillDatabase(database: Db, options: FillOptions): { articles: number; comments: number; indexed: number } {
  const sqlite = database.$client;
  const log = options.log ?? (() => {});
  const random = seededRandom(options.seed ?? 1);
  return sqlite.transaction(() => {
    const lastId = (sqlite.prepare('SELECT coalesce(max(id), 0) FROM articles').pluck().get() as number) ?? 0;
    const restoreTriggers = suspendSearchTriggers(sqlite);
    const authorIds = createAuthors(sqlite, random, options.authors ?? 40);
    const editions: Edition[] = EDITIONS.map((locale) => ({
      locale,
      categoryIds: ensureCategories(sqlite, locale),
      tagIds: ensureTags(sqlite, locale, options.tagsPerEdition ?? 300),
    }));
    log(`articles: ${options.articles}`);
    const commentable = insertArticles(sqlite, random, options.articles, editions, authorIds, log);
    assertBodiesMatchRenderer(database, lastId);
    log(`comments: ${options.comments}`);
    insertComments(sqlite, random, options.comments, commentable, log);
    log('search index');
    const indexed = indexNewArticles(sqlite, lastId);
    restoreTriggers();
    return { articles: options.articles, comments: options.comments, indexed };
  })();
}

// The fill writes body_html itself rather than rendering 100,000 bodies; one sample proves the
// shortcut is what an editor's save would have stored.
function assertBodiesMatchRenderer(database: Db, lastId: number) {
  const sample = database.$client.prepare('SELECT body_markdown AS md, body_html AS html FROM articles WHERE id > ? LIMIT 1').get(lastId) as
    { md: string; html: string } | undefined;
  if (sample && renderMarkdown(sample.md) !== sample.html) throw new Error('Synthetic body_html differs from renderMarkdown(body_markdown)');
}

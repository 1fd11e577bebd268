import 'server-only';
import { and, count, desc, eq, sql } from 'drizzle-orm';
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { articles, categories } from '@/db/schema';
import { contentLocale, LATIN, type AppLocale, type PathLocale } from '@/i18n/routing';
import { PAGE_SIZE_READER } from '@/lib/page-size';
import { buildMatchExpression, isLatinQuery, searchTerms } from '@/lib/search/query';
import { chooseSnippet, ELLIPSIS, HIGHLIGHT_END, HIGHLIGHT_START } from '@/lib/search/snippet';
import { readable } from './visibility';

// The FTS5 table from migration 0001. Declared here, not in db/schema.ts, so drizzle-kit never
// tries to create or alter a virtual table it does not understand.
const articleSearch = sqliteTable('article_search', { rowid: integer('rowid').notNull() });

// Title above lead above tags above body; the argument order is the FTS column order.
const rank = sql`bm25(${articleSearch}, 10.0, 4.0, 1.0, 2.0)`;
const snippetOf = (column: 1 | 2) => sql<string | null>`snippet(${articleSearch}, ${sql.raw(String(column))}, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, ${ELLIPSIS}, 32)`;

export type SearchHit = {
  id: number;
  locale: AppLocale;
  slug: string;
  title: string;
  publishedAt: Date;
  categoryName: string | null;
  categorySlug: string | null;
  /** FTS5 snippet with HIGHLIGHT_START/END markers; render with snippetToHtml. */
  snippet: string;
};

export type SearchResult = { terms: string[]; items: SearchHit[]; total: number; page: number; pages: number };

/**
 * Readable articles of the edition matching every word of the query, best first, 20 a page.
 *
 * `prefix` is the URL prefix searched from: /kk-latn searches the Kazakh edition and reads its
 * Latin words as Kazakh Latin (partia → партия). So does the Kazakh edition for a query in Latin
 * letters only, since the Cyrillic index would find nothing for it as typed; the word as typed
 * stays in each OR group, so Latin text in articles is still found.
 */
export function searchArticles(prefix: PathLocale, query: string, page = 1): SearchResult {
  const locale: AppLocale = contentLocale(prefix);
  const terms = searchTerms(query);
  const latin = prefix === LATIN || (locale === 'kk' && isLatinQuery(query));
  const expression = buildMatchExpression(query, { latin });
  const empty: SearchResult = { terms, items: [], total: 0, page, pages: 1 };
  if (!expression) return empty;
  const where = and(sql`${articleSearch} MATCH ${expression}`, readable(locale));
  try {
    const total = db.select({ n: count() }).from(articleSearch).innerJoin(articles, eq(articles.id, articleSearch.rowid)).where(where).get()?.n ?? 0;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE_READER));
    if (total === 0 || page > pages) return { ...empty, total, pages };
    const rows = db
      .select({
        id: articles.id,
        locale: articles.locale,
        slug: articles.slug,
        title: articles.title,
        publishedAt: articles.publishedAt,
        categoryName: categories.name,
        categorySlug: categories.slug,
        leadSnippet: snippetOf(1),
        bodySnippet: snippetOf(2),
      })
      .from(articleSearch)
      .innerJoin(articles, eq(articles.id, articleSearch.rowid))
      .leftJoin(categories, eq(categories.id, articles.categoryId))
      .where(where)
      .orderBy(rank, desc(articles.publishedAt), desc(articles.id))
      .limit(PAGE_SIZE_READER)
      .offset((page - 1) * PAGE_SIZE_READER)
      .all();
    const items = rows.map(({ leadSnippet, bodySnippet, ...row }) => ({
      ...row,
      publishedAt: row.publishedAt as Date, // readable() guarantees a date
      snippet: chooseSnippet(leadSnippet, bodySnippet),
    }));
    return { terms, items, total, page, pages };
  } catch (error) {
    // The expression builder quotes every word, so this is a bug, not bad input; the reader still
    // gets an empty result rather than an error page.
    if (error instanceof Error && error.message.startsWith('fts5')) {
      console.error('Search: FTS5 rejected the query', JSON.stringify(expression), error);
      return empty;
    }
    throw error;
  }
}

import 'server-only';
import { and, desc, eq, gte, inArray, lte, sql, type SQL } from 'drizzle-orm';
import { integer, sqliteTable } from 'drizzle-orm/sqlite-core';
import { db } from '@/db/client';
import { articles, categories } from '@/db/schema';
import { contentLocale, type AppLocale, type PathLocale } from '@/i18n/routing';
import { isScriptView } from '@/lib/domain';
import { PAGE_SIZE_READER } from '@/lib/page-size';
import { buildMatchExpression, isLatinQuery, searchTerms } from '@/lib/search/query';
import { chooseSnippet, ELLIPSIS, HIGHLIGHT_END, HIGHLIGHT_START } from '@/lib/search/snippet';
import { readable } from './visibility';

// The FTS5 table from migration 0001. Declared here, not in db/schema.ts, so drizzle-kit never
// tries to create or alter a virtual table it does not understand.
const articleSearch = sqliteTable('article_search', { rowid: integer('rowid').notNull() });

// Title above lead above tags above body; the argument order is the FTS column order.
const rank = sql`bm25(${articleSearch}, 10.0, 4.0, 1.0, 2.0)`;
const snippetOf = (column: 1 | 2) =>
  sql<string | null>`snippet(${articleSearch}, ${sql.raw(String(column))}, ${HIGHLIGHT_START}, ${HIGHLIGHT_END}, ${ELLIPSIS}, 32)`;

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

/** `capped`: more articles match than were ranked, so `total` is a lower bound. */
export type SearchResult = { terms: string[]; items: SearchHit[]; total: number; page: number; pages: number; capped: boolean };

/**
 * How many matching articles (newest first, both editions) are ranked. Ranking is bm25 over every
 * candidate, so a word in half the archive would otherwise cost a score and a visibility check
 * per article; a news search ranks recent matches and says when there are more.
 */
const SEARCH_WINDOW = 1000;

type Ranked = { id: number; score: number; publishedAt: number };

// The window's visibility is read from articles_visibility_idx by name: SQLite would otherwise
// read each candidate's row (its status and date sit behind the body) or walk the edition.
const visibleArticles = sql`${articles} INDEXED BY articles_visibility_idx`;

function rankWindow(match: SQL, locale: AppLocale): { ranked: Ranked[]; capped: boolean } {
  const window = db
    .select({ id: articleSearch.rowid, score: rank.mapWith(Number) })
    .from(articleSearch)
    .where(match)
    .orderBy(desc(articleSearch.rowid))
    .limit(SEARCH_WINDOW + 1)
    .all();
  const capped = window.length > SEARCH_WINDOW;
  const scores = new Map(window.slice(0, SEARCH_WINDOW).map((w) => [w.id, w.score]));
  if (scores.size === 0) return { ranked: [], capped };
  const visible = db
    .select({ id: sql<number>`${articles.id}`, publishedAt: sql<number>`${articles.publishedAt}` })
    .from(visibleArticles)
    // One JSON parameter rather than a thousand: binding the list costs more than reading it.
    .where(and(sql`${articles.id} IN (SELECT value FROM json_each(${JSON.stringify([...scores.keys()])}))`, readable(locale)))
    .all();
  const ranked = visible.map((v) => ({ id: v.id, score: scores.get(v.id)!, publishedAt: v.publishedAt }));
  ranked.sort((a, b) => a.score - b.score || b.publishedAt - a.publishedAt || b.id - a.id);
  return { ranked, capped };
}

function pageHits(match: SQL, ids: number[]): SearchHit[] {
  if (ids.length === 0) return [];
  const rows = db
    .select({
      id: articles.id,
      locale: articles.locale,
      slug: articles.slug,
      title: articles.title,
      publishedAt: articles.publishedAt,
      categoryName: categories.name,
      categorySlug: categories.slug,
    })
    .from(articles)
    .leftJoin(categories, eq(categories.id, articles.categoryId))
    .where(inArray(articles.id, ids))
    .all();
  // FTS5 would run the whole MATCH once per listed rowid; given the page's rowid range it runs it
  // once, and the list (kept from FTS5 by the unary +) picks the page's rows before any snippet.
  const snippets = db
    .select({ id: articleSearch.rowid, lead: snippetOf(1), body: snippetOf(2) })
    .from(articleSearch)
    .where(and(match, gte(articleSearch.rowid, Math.min(...ids)), lte(articleSearch.rowid, Math.max(...ids)), sql`+${articleSearch.rowid} IN ${ids}`))
    .all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  const snippetOfId = new Map(snippets.map((row) => [row.id, chooseSnippet(row.lead, row.body)]));
  return ids.flatMap((id) => {
    const row = byId.get(id);
    return row ? [{ ...row, publishedAt: row.publishedAt as Date, snippet: snippetOfId.get(id) ?? '' }] : [];
  });
}

// What FTS5's expression parser says about a MATCH string it cannot read: most messages start
// with "fts5: ", but an unbalanced quote and an unknown column filter do not.
const FTS5_QUERY_ERROR = /^(?:fts5: |unterminated string$|no such column: )/;

/**
 * Readable articles of the edition matching every word of the query, best first, 20 a page,
 * ranked among the newest SEARCH_WINDOW matching articles.
 *
 * `prefix` is the URL prefix searched from: /kk-latn (and /kk-arab) search the Kazakh edition and read their
 * Latin words as Kazakh Latin (partia → партия). So does the Kazakh edition for a query in Latin
 * letters only, since the Cyrillic index would find nothing for it as typed; the word as typed
 * stays in each OR group, so Latin text in articles is still found. Words in Arabic letters are
 * read as töte in every view of the Kazakh edition (/kk-arab above all): ٴبىلىم → білім.
 */
export function searchArticles(prefix: PathLocale, query: string, page = 1): SearchResult {
  const locale: AppLocale = contentLocale(prefix);
  const terms = searchTerms(query);
  const latin = isScriptView(prefix) || (locale === 'kk' && isLatinQuery(query));
  const expression = buildMatchExpression(query, { latin, arabic: locale === 'kk' });
  const empty: SearchResult = { terms, items: [], total: 0, page, pages: 1, capped: false };
  if (!expression) return empty;
  const match = sql`${articleSearch} MATCH ${expression}`;
  try {
    const { ranked, capped } = rankWindow(match, locale);
    const total = ranked.length;
    const pages = Math.max(1, Math.ceil(total / PAGE_SIZE_READER));
    if (total === 0 || page > pages) return { ...empty, total, pages, capped };
    const ids = ranked.slice((page - 1) * PAGE_SIZE_READER, page * PAGE_SIZE_READER).map((r) => r.id);
    return { terms, items: pageHits(match, ids), total, page, pages, capped };
  } catch (error) {
    // The expression builder quotes every word, so this is a bug in it, not bad input. Tests and
    // development see it thrown; a reader gets "no results" and the log gets the expression.
    if (error instanceof Error && FTS5_QUERY_ERROR.test(error.message) && process.env.NODE_ENV === 'production') {
      console.error('Search: FTS5 rejected the query', JSON.stringify(expression), error);
      return empty;
    }
    throw error;
  }
}

import { apiArticlePage, type ApiListing } from '@/db/queries/content-api';
import { getCategory, getTag } from '@/db/queries/taxonomy';
import { apiError, apiJson, apiPreflight } from '@/lib/content-api/http';
import { parseListQuery, type ListQuery } from '@/lib/content-api/params';
import { apiArticleSummary } from '@/lib/content-api/serialize';
import { PAGE_SIZE_READER } from '@/lib/page-size';
import { absoluteUrl } from '@/lib/urls';

// Kept by the front server's page cache like a reader page and purged with them on every
// editor's change (lib/revalidate-readers.ts); rendered per request on a miss.
export const dynamic = 'force-dynamic';

const listUrl = (query: ListQuery, page: number) => {
  const search = new URLSearchParams({
    locale: query.locale,
    ...(query.category ? { category: query.category } : {}),
    ...(query.tag ? { tag: query.tag } : {}),
    page: String(page),
  });
  return absoluteUrl(`/api/v1/articles?${search}`);
};

/** Published articles of an edition, a category or a tag, newest first, as the listing pages show them. */
export async function GET(request: Request) {
  const parsed = parseListQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return apiError(request, parsed.error);
  const { query } = parsed;
  let listing: ApiListing = { kind: 'edition', locale: query.locale };
  if (query.category) {
    const category = getCategory(query.locale, query.category);
    if (!category) return apiError(request, { status: 404, code: 'category_not_found' });
    listing = { kind: 'category', categoryId: category.id };
  } else if (query.tag) {
    const tag = getTag(query.locale, query.tag);
    if (!tag) return apiError(request, { status: 404, code: 'tag_not_found' });
    listing = { kind: 'tag', tagId: tag.id };
  }
  const { items, hasMore } = apiArticlePage(listing, query.page, PAGE_SIZE_READER);
  // As the listing pages: an empty first page is an answer, a page past the end is not.
  if (items.length === 0 && query.page > 1) return apiError(request, { status: 404, code: 'page_out_of_range' });
  return apiJson({
    items: items.map(apiArticleSummary),
    page: query.page,
    pageSize: PAGE_SIZE_READER,
    hasMore,
    next: hasMore ? listUrl(query, query.page + 1) : null,
    prev: query.page > 1 ? listUrl(query, query.page - 1) : null,
  });
}

export const OPTIONS = apiPreflight;

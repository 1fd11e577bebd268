import { apiArticle } from '@/db/queries/content-api';
import { apiError, apiJson, apiPreflight } from '@/lib/content-api/http';
import { parseArticleId, parseListQuery } from '@/lib/content-api/params';
import { apiArticleDetail } from '@/lib/content-api/serialize';

// Kept and purged like the list (see ../route.ts).
export const dynamic = 'force-dynamic';

/** One published article, whatever its edition; a draft, a future or an unknown one is 404. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const id = parseArticleId((await params).id);
  if (!id.ok) return apiError(request, id.error);
  // ?locale= only chooses the language of an error here, but a bad one is refused as on the list.
  const search = new URL(request.url).searchParams;
  const locale = parseListQuery(new URLSearchParams(search.getAll('locale').map((value) => ['locale', value])));
  if (!locale.ok) return apiError(request, locale.error);
  const article = apiArticle(id.id);
  if (!article) return apiError(request, { status: 404, code: 'article_not_found' });
  return apiJson(apiArticleDetail(article));
}

export const OPTIONS = apiPreflight;

import { z } from 'zod';
import { DEFAULT_EDITION, editionEnum, ID_PATTERN } from '@/lib/domain';

/** Stable error codes of the content API: clients branch on these, never on the message. */
export const API_ERROR_CODES = [
  'invalid_parameter',
  'conflicting_filters',
  'article_not_found',
  'category_not_found',
  'tag_not_found',
  'page_out_of_range',
] as const;
type ApiErrorCode = (typeof API_ERROR_CODES)[number];
export type ApiError = { status: 400 | 404; code: ApiErrorCode; param?: string };

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const slug = z.string().max(200).regex(SLUG);
// Same bound as the reader pages' ?page= (lib/pagination.ts).
const page = z
  .string()
  .regex(/^[1-9]\d{0,5}$/)
  .transform(Number);

const listSchema = z
  .object({
    locale: editionEnum().default(DEFAULT_EDITION),
    category: slug.optional(),
    tag: slug.optional(),
    page: page.default(1),
  })
  // One listing index per filter; their intersection has none (see db/queries/listings.ts).
  .refine((query) => !(query.category && query.tag), { error: 'conflicting_filters', path: ['tag'] });

export type ListQuery = z.output<typeof listSchema>;

/** The names of the parameters the API reads: the front server's cache key keeps these only. */
const LIST_PARAMS = ['locale', 'category', 'tag', 'page'] as const;

// A repeated parameter arrives as an array and fails its string schema: ?page=1&page=2 is a 400.
function rawParams(search: URLSearchParams, names: readonly string[]): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  for (const name of names) {
    const values = search.getAll(name);
    if (values.length) raw[name] = values.length === 1 ? values[0] : values;
  }
  return raw;
}

function firstError(error: z.ZodError): ApiError {
  const issue = error.issues[0];
  const param = String(issue?.path[0] ?? 'query');
  if (issue?.message === 'conflicting_filters') return { status: 400, code: 'conflicting_filters' };
  return { status: 400, code: 'invalid_parameter', param };
}

/** `?locale=&category=&tag=&page=` of the list; other parameters (utm_…) are ignored. */
export function parseListQuery(search: URLSearchParams): { ok: true; query: ListQuery } | { ok: false; error: ApiError } {
  const parsed = listSchema.safeParse(rawParams(search, LIST_PARAMS));
  return parsed.success ? { ok: true, query: parsed.data } : { ok: false, error: firstError(parsed.error) };
}

export function parseArticleId(segment: string): { ok: true; id: number } | { ok: false; error: ApiError } {
  return ID_PATTERN.test(segment) ? { ok: true, id: Number(segment) } : { ok: false, error: { status: 400, code: 'invalid_parameter', param: 'id' } };
}

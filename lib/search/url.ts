/** `/{locale}/search?q=…&page=N`; page 1 and an empty query are left out. */
export function searchPath(locale: string, query: string, page = 1): string {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (page > 1) params.set('page', String(page));
  const search = params.toString();
  return search ? `/${locale}/search?${search}` : `/${locale}/search`;
}

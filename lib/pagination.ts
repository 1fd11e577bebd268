export type Paged<T> = { items: T[]; total: number; page: number; pages: number };

// The one rule for which listing pages exist, shared by the pages (which count) and the proxy's
// 404 check (which only probes): page 1 always, even empty; page N when the listing reaches its
// first position.
export const pageOffset = (page: number, size: number) => (page - 1) * size;
export const pageCount = (total: number, size: number) => Math.max(1, Math.ceil(total / size));
export const pageExists = (page: number, size: number, reaches: (offset: number) => boolean) => page === 1 || reaches(pageOffset(page, size));

/** `?page=` as a page number; null for anything a reader's link would never produce (→ 404). */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (Array.isArray(value) || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

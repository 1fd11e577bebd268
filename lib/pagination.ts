export type Paged<T> = { items: T[]; total: number; page: number; pages: number };

/** `?page=` as a page number; null for anything a reader's link would never produce (→ 404). */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (Array.isArray(value) || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

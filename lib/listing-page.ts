import { notFound } from 'next/navigation';
import { parsePageParam, type Paged } from './pagination';

/** Page number from `?page=`; a malformed value or a page past the end is a clean 404. */
export async function requirePage(searchParams: Promise<Record<string, string | string[] | undefined>>): Promise<number> {
  const page = parsePageParam((await searchParams).page);
  if (page === null) notFound();
  return page;
}

export function requireWithinRange<T>(result: Paged<T>): Paged<T> {
  if (result.page > result.pages) notFound();
  return result;
}

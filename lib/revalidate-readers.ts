import 'server-only';
import { revalidatePath } from 'next/cache';

/**
 * After an editor's change, every cached reader page, feed and sitemap is regenerated on its
 * next request, so readers and crawlers see the change at once rather than after the ISR window.
 * (Child sitemaps and category feeds are rendered per request: nothing of theirs is cached here.)
 */
export function refreshReaderPages(): void {
  revalidatePath('/[locale]', 'layout');
  revalidatePath('/[locale]/rss.xml', 'page');
  revalidatePath('/sitemap.xml');
  revalidatePath('/news-sitemap.xml');
}

import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleListing } from '@/components/listing/article-listing';
import { listByCategory } from '@/db/queries/articles';
import { getCategory } from '@/db/queries/taxonomy';
import type { PathLocale } from '@/lib/domain';
import { requirePage, requireWithinRange } from '@/lib/listing-page';
import { readingView } from '@/lib/reading-view';
import { feedAlternates } from '@/lib/seo/feed-links';
import { listingAlternates } from '@/lib/seo/hreflang';
import { absoluteUrl, categoryPath, withPage } from '@/lib/urls';

type Props = PageProps<'/[locale]/category/[slug]'>;

async function load({ params }: Props) {
  const { locale, slug } = (await params) as { locale: PathLocale; slug: string };
  const view = readingView(locale);
  const category = getCategory(view.edition, slug);
  if (!category) notFound();
  return { locale, view, stored: category, category: view.named(category) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, view, stored, category } = await load(props);
  const page = await requirePage(props.searchParams);
  const t = await getTranslations({ locale, namespace: 'Listing' });
  return {
    title: page > 1 ? `${category.name} · ${t('pageSuffix', { page })}` : category.name,
    alternates: {
      canonical: absoluteUrl(withPage(categoryPath(locale, category.slug), page)),
      languages: listingAlternates(view.edition, (prefix) => withPage(categoryPath(prefix, category.slug), page)) ?? undefined,
      types: await feedAlternates(view.edition, stored), // the feed's own title, in the edition's script
    },
  };
}

export default async function CategoryPage(props: Props) {
  const { locale, view, category } = await load(props);
  const page = await requirePage(props.searchParams);
  const listing = requireWithinRange(listByCategory(category.id, page));
  const result = { ...listing, items: listing.items.map(view.teaser) };
  return <ArticleListing locale={locale} heading={category.name} result={result} basePath={categoryPath(locale, category.slug)} />;
}

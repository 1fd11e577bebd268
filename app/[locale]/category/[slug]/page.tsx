import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { ArticleListing } from '@/components/listing/article-listing';
import { listByCategory } from '@/db/queries/articles';
import { getCategory } from '@/db/queries/taxonomy';
import { requirePage, requireWithinRange } from '@/lib/listing-page';
import { feedAlternates } from '@/lib/seo/feed-links';
import { absoluteUrl, categoryPath, withPage } from '@/lib/urls';

type Props = PageProps<'/[locale]/category/[slug]'>;

async function load({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const category = getCategory(locale, slug);
  if (!category) notFound();
  return { locale, category };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, category } = await load(props);
  const page = await requirePage(props.searchParams);
  const t = await getTranslations({ locale, namespace: 'Listing' });
  return {
    title: page > 1 ? `${category.name} · ${t('pageSuffix', { page })}` : category.name,
    alternates: { canonical: absoluteUrl(withPage(categoryPath(locale, category.slug), page)), types: await feedAlternates(locale, category) },
  };
}

export default async function CategoryPage(props: Props) {
  const { locale, category } = await load(props);
  const page = await requirePage(props.searchParams);
  const result = requireWithinRange(listByCategory(category.id, page));
  return <ArticleListing locale={locale} heading={category.name} result={result} basePath={categoryPath(locale, category.slug)} />;
}

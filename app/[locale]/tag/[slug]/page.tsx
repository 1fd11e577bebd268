import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { ArticleListing } from '@/components/listing/article-listing';
import { listByTag } from '@/db/queries/articles';
import { getTag } from '@/db/queries/taxonomy';
import { requirePage, requireWithinRange } from '@/lib/listing-page';
import { feedAlternates } from '@/lib/seo/feed-links';
import { absoluteUrl, tagPath, withPage } from '@/lib/urls';

type Props = PageProps<'/[locale]/tag/[slug]'>;

async function load({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const tag = getTag(locale, slug);
  if (!tag) notFound();
  return { locale, tag };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, tag } = await load(props);
  const page = await requirePage(props.searchParams);
  const [t, tList] = await Promise.all([getTranslations({ locale, namespace: 'TagPage' }), getTranslations({ locale, namespace: 'Listing' })]);
  const title = t('title', { name: tag.name });
  return {
    title: page > 1 ? `${title} · ${tList('pageSuffix', { page })}` : title,
    alternates: { canonical: absoluteUrl(withPage(tagPath(locale, tag.slug), page)), types: await feedAlternates(locale) },
  };
}

export default async function TagPage(props: Props) {
  const { locale, tag } = await load(props);
  const page = await requirePage(props.searchParams);
  const t = await getTranslations({ locale, namespace: 'TagPage' });
  const result = requireWithinRange(listByTag(tag.id, page));
  return <ArticleListing locale={locale} heading={t('title', { name: tag.name })} result={result} basePath={tagPath(locale, tag.slug)} />;
}

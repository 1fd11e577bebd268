import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleListing } from '@/components/listing/article-listing';
import { listByTag } from '@/db/queries/articles';
import { getTag } from '@/db/queries/taxonomy';
import type { PathLocale } from '@/lib/domain';
import { requirePage, requireWithinRange } from '@/lib/listing-page';
import { readingView } from '@/lib/reading-view';
import { feedAlternates } from '@/lib/seo/feed-links';
import { listingAlternates } from '@/lib/seo/hreflang';
import { absoluteUrl, tagPath, withPage } from '@/lib/urls';

type Props = PageProps<'/[locale]/tag/[slug]'>;

async function load({ params }: Props) {
  const { locale, slug } = (await params) as { locale: PathLocale; slug: string };
  const view = readingView(locale);
  const tag = getTag(view.edition, slug);
  if (!tag) notFound();
  return { locale, view, tag: view.named(tag) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, view, tag } = await load(props);
  const page = await requirePage(props.searchParams);
  const [t, tList] = await Promise.all([getTranslations({ locale, namespace: 'TagPage' }), getTranslations({ locale, namespace: 'Listing' })]);
  const title = t('title', { name: tag.name });
  return {
    title: page > 1 ? `${title} · ${tList('pageSuffix', { page })}` : title,
    alternates: {
      canonical: absoluteUrl(withPage(tagPath(locale, tag.slug), page)),
      languages: listingAlternates(view.edition, (prefix) => withPage(tagPath(prefix, tag.slug), page)) ?? undefined,
      types: await feedAlternates(view.edition),
    },
  };
}

export default async function TagPage(props: Props) {
  const { locale, view, tag } = await load(props);
  const page = await requirePage(props.searchParams);
  const t = await getTranslations({ locale, namespace: 'TagPage' });
  const listing = requireWithinRange(listByTag(tag.id, page));
  const result = { ...listing, items: listing.items.map(view.teaser) };
  return <ArticleListing locale={locale} heading={t('title', { name: tag.name })} result={result} basePath={tagPath(locale, tag.slug)} />;
}

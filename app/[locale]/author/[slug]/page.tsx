import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { ArticleListing } from '@/components/listing/article-listing';
import { listByAuthor } from '@/db/queries/articles';
import { getAuthorBySlug } from '@/db/queries/users';
import { requirePage, requireWithinRange } from '@/lib/listing-page';
import { feedAlternates } from '@/lib/seo/feed-links';
import { absoluteUrl, authorPath, withPage } from '@/lib/urls';

type Props = PageProps<'/[locale]/author/[slug]'>;

async function load({ params }: Props) {
  const { locale, slug } = (await params) as { locale: Locale; slug: string };
  const author = getAuthorBySlug(slug);
  if (!author) notFound();
  return { locale, author };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, author } = await load(props);
  const page = await requirePage(props.searchParams);
  const [t, tList] = await Promise.all([getTranslations({ locale, namespace: 'AuthorPage' }), getTranslations({ locale, namespace: 'Listing' })]);
  const title = t('title', { name: author.name });
  return {
    title: page > 1 ? `${title} · ${tList('pageSuffix', { page })}` : title,
    description: locale === 'kk' ? author.bioKk : author.bioRu,
    alternates: { canonical: absoluteUrl(withPage(authorPath(locale, author.slug), page)), types: await feedAlternates(locale) },
  };
}

export default async function AuthorPage(props: Props) {
  const { locale, author } = await load(props);
  const page = await requirePage(props.searchParams);
  const t = await getTranslations({ locale, namespace: 'AuthorPage' });
  const result = requireWithinRange(listByAuthor(locale, author.id, page));
  const bio = locale === 'kk' ? author.bioKk : author.bioRu;
  return (
    <ArticleListing
      locale={locale}
      heading={t('title', { name: author.name })}
      intro={[bio, t('articleCount', { count: result.total })].filter(Boolean).join(' · ')}
      result={result}
      basePath={authorPath(locale, author.slug)}
    />
  );
}

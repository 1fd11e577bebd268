import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleListing } from '@/components/listing/article-listing';
import { listByAuthor } from '@/db/queries/articles';
import { getAuthorBySlug } from '@/db/queries/users';
import type { PathLocale } from '@/lib/domain';
import { requirePage, requireWithinRange } from '@/lib/listing-page';
import { readingView } from '@/lib/reading-view';
import { feedAlternates } from '@/lib/seo/feed-links';
import { listingAlternates } from '@/lib/seo/hreflang';
import { absoluteUrl, authorPath, withPage } from '@/lib/urls';

type Props = PageProps<'/[locale]/author/[slug]'>;

async function load({ params }: Props) {
  const { locale, slug } = (await params) as { locale: PathLocale; slug: string };
  const view = readingView(locale);
  const author = getAuthorBySlug(slug);
  if (!author) notFound();
  const bio = view.edition === 'kk' ? author.bioKk : author.bioRu;
  return { locale, view, author: view.named(author), bio: bio && view.text(bio) };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, view, author, bio } = await load(props);
  const page = await requirePage(props.searchParams);
  const [t, tList] = await Promise.all([getTranslations({ locale, namespace: 'AuthorPage' }), getTranslations({ locale, namespace: 'Listing' })]);
  const title = t('title', { name: author.name });
  return {
    title: page > 1 ? `${title} · ${tList('pageSuffix', { page })}` : title,
    description: bio,
    alternates: {
      canonical: absoluteUrl(withPage(authorPath(locale, author.slug), page)),
      languages: listingAlternates(view.edition, (prefix) => withPage(authorPath(prefix, author.slug), page)) ?? undefined,
      types: await feedAlternates(view.edition),
    },
  };
}

export default async function AuthorPage(props: Props) {
  const { locale, view, author, bio } = await load(props);
  const page = await requirePage(props.searchParams);
  const t = await getTranslations({ locale, namespace: 'AuthorPage' });
  const listing = requireWithinRange(listByAuthor(view.edition, author.id, page));
  const result = { ...listing, items: listing.items.map(view.teaser) };
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

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SearchForm } from '@/components/search/search-form';
import { Pagination } from '@/components/ui/pagination';
import { SearchResults } from '@/components/search/search-results';
import { searchArticles, type SearchHit, type SearchResult } from '@/db/queries/search';
import type { PathLocale } from '@/lib/domain';
import { parsePageParam } from '@/lib/pagination';
import { readingView, type Shown } from '@/lib/reading-view';
import { readSearchParam } from '@/lib/search/query';
import { searchPath } from '@/lib/search/url';

type Props = PageProps<'/[locale]/search'>;
type ShownResult = Omit<SearchResult, 'items'> & { items: Shown<SearchHit>[] };

// The layout's empty generateStaticParams makes this route ISR, whose render may not read
// searchParams (DYNAMIC_SERVER_USAGE, a 500); results depend on ?q=, so render per request.
export const dynamic = 'force-dynamic';

// Long enough to recognise the query in a tab or the history, short enough for a title.
const TITLE_QUERY_LENGTH = 60;

function shorten(text: string, length: number): string {
  const chars = Array.from(text);
  return chars.length > length ? `${chars.slice(0, length - 1).join('')}…` : text;
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = (await params).locale as PathLocale;
  const query = readSearchParam((await searchParams).q);
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  return {
    title: query ? t('titleWithQuery', { query: shorten(query, TITLE_QUERY_LENGTH) }) : t('title'),
    // Result pages are endless query variations of content that is indexed on its own URLs.
    robots: { index: false },
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = (await params).locale as PathLocale;
  const view = readingView(locale);
  const search = await searchParams;
  const query = readSearchParam(search.q);
  // A malformed ?page= falls back to the first page; a page past the end says so (200, like an
  // empty result), since search results are never a resource that "does not exist".
  const page = parsePageParam(search.page) ?? 1;
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  // The Latin view searches the Kazakh content, reading Latin words as Kazakh Latin too.
  const found = query ? searchArticles(locale, query, page) : null;
  const result = found && { ...found, items: found.items.map(view.hit) };

  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="border-b-2 border-brand pb-3 text-3xl font-extrabold text-brand-dark">{t('title')}</h1>
      <SearchForm locale={locale} query={query} label={t('queryLabel')} submit={t('submit')} />
      {result ? <Outcome locale={locale} query={query} result={result} /> : null}
    </div>
  );
}

async function Outcome({ locale, query, result }: { locale: PathLocale; query: string; result: ShownResult }) {
  const t = await getTranslations({ locale, namespace: 'SearchPage' });
  const message = (text: React.ReactNode) => <p className="mt-6 text-neutral-700">{text}</p>;
  if (result.terms.length === 0) return message(t('noWords'));
  if (result.total === 0) return message(t('noResults', { query }));
  if (result.items.length === 0) {
    return message(
      <>
        {t('pageEmpty')}{' '}
        <a href={searchPath(locale, query)} className="font-semibold text-brand underline hover:text-brand-dark">
          {t('firstPage')}
        </a>
      </>,
    );
  }
  return (
    <>
      <p className="mt-6 text-sm text-neutral-600">{t(result.capped ? 'resultCountAtLeast' : 'resultCount', { query, count: result.total })}</p>
      <SearchResults items={result.items} />
      <Pagination locale={locale} page={result.page} pages={result.pages} hrefFor={(page) => searchPath(locale, query, page)} />
    </>
  );
}

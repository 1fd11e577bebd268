import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleCard } from '@/components/article/article-card';
import { SectionHeading } from '@/components/ui/section-heading';
import { getFrontStories, listLatest, listLatestInCategory, listMostRead } from '@/db/queries/articles';
import { listCategories } from '@/db/queries/taxonomy';
import type { PathLocale } from '@/lib/domain';
import { readingView } from '@/lib/reading-view';
import { feedAlternates } from '@/lib/seo/feed-links';
import { frontPageAlternates } from '@/lib/seo/hreflang';
import { serializeJsonLd, webSiteJsonLd } from '@/lib/seo/json-ld';
import { absoluteUrl, articlePath, categoryPath } from '@/lib/urls';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = (await params).locale as PathLocale;
  const t = await getTranslations({ locale, namespace: 'FrontPage' });
  return {
    title: { absolute: t('title') },
    alternates: {
      canonical: absoluteUrl(`/${locale}`),
      languages: frontPageAlternates() ?? undefined,
      types: await feedAlternates(readingView(locale).edition),
    },
  };
}

export default async function FrontPage({ params }: PageProps<'/[locale]'>) {
  const locale = (await params).locale as PathLocale;
  const view = readingView(locale);
  const [t, tMeta] = await Promise.all([getTranslations({ locale, namespace: 'FrontPage' }), getTranslations({ locale, namespace: 'Meta' })]);
  const webSite = <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(webSiteJsonLd(locale, tMeta('description'))) }} />;
  const front = getFrontStories(view.edition);
  const lead = front.lead && view.teaser(front.lead);
  if (!lead) {
    return (
      <div className="mx-auto max-w-6xl px-4 py-16">
        {webSite}
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-4 text-neutral-700">{t('noArticles')}</p>
      </div>
    );
  }
  const top = front.top.map(view.teaser);
  const latest = listLatest(view.edition, 6, [lead.id, ...top.map((article) => article.id)]).map(view.teaser);
  const mostRead = listMostRead(view.edition, 5).map(view.teaser);
  const sections = listCategories(view.edition)
    .map((category) => ({ category: view.named(category), items: listLatestInCategory(category.id, 4).map(view.teaser) }))
    .filter((section) => section.items.length > 0);

  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      {webSite}
      <h1 className="sr-only">{t('title')}</h1>
      <div className="grid gap-8 lg:grid-cols-3">
        <section aria-labelledby="lead-story" className="lg:col-span-2">
          <h2 id="lead-story" className="sr-only">
            {t('leadStory')}
          </h2>
          <ArticleCard article={lead} variant="lead" />
        </section>
        <section aria-labelledby="most-read">
          <SectionHeading id="most-read">{t('mostRead')}</SectionHeading>
          <ol className="space-y-4">
            {mostRead.map((article, index) => (
              <li key={article.id} className="flex gap-3">
                <span className="text-3xl font-black leading-none text-brand/40" aria-hidden="true">
                  {index + 1}
                </span>
                <a href={articlePath(locale, article.id, article.slug)} className="font-semibold leading-snug hover:text-brand hover:underline">
                  {article.title}
                </a>
              </li>
            ))}
          </ol>
        </section>
      </div>

      {top.length > 0 ? (
        <section aria-labelledby="top-stories" className="mt-10">
          <SectionHeading id="top-stories">{t('topStories')}</SectionHeading>
          <ol className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
            {top.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}

      <section aria-labelledby="latest" className="mt-10">
        <SectionHeading id="latest">{t('latest')}</SectionHeading>
        <ul className="grid gap-8 sm:grid-cols-2 lg:grid-cols-3">
          {latest.map((article) => (
            <li key={article.id}>
              <ArticleCard article={article} />
            </li>
          ))}
        </ul>
      </section>

      {sections.map(({ category, items }) => (
        <section key={category.id} aria-labelledby={`category-${category.slug}`} className="mt-10">
          <SectionHeading id={`category-${category.slug}`} href={categoryPath(locale, category.slug)} moreLabel={t('more')}>
            {category.name}
          </SectionHeading>
          <ul className="grid gap-6 sm:grid-cols-2 lg:grid-cols-4">
            {items.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} showCategory={false} />
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

import type { Metadata } from 'next';
import { notFound, permanentRedirect, redirect } from 'next/navigation';
import type { Locale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { Attribution } from '@/components/article/attribution';
import { CommentForm } from '@/components/article/comment-form';
import { CommentList } from '@/components/article/comment-list';
import { RelatedArticles } from '@/components/article/related-articles';
import { ShareLinks } from '@/components/article/share-links';
import { Thumbnail } from '@/components/article/thumbnail';
import { getReadableArticle, listRelated, locateReadableArticle } from '@/db/queries/articles';
import { listApprovedComments } from '@/db/queries/comments';
import { readingMinutes } from '@/lib/reading-time';
import { parseIdSlug } from '@/lib/slug';
import { absoluteUrl, articlePath, tagPath, thumbnailPath } from '@/lib/urls';
import { postComment } from './actions';

export const generateStaticParams = () => [];

async function resolve(params: PageProps<'/[locale]/article/[idSlug]'>['params']) {
  const { locale, idSlug } = (await params) as { locale: Locale; idSlug: string };
  const ref = parseIdSlug(idSlug);
  if (!ref) notFound();
  const article = getReadableArticle(locale, ref.id);
  if (!article) {
    // The id belongs to the other edition (the language switch sends readers here):
    // go to its translation in this edition, or to this edition's front page.
    const elsewhere = locateReadableArticle(ref.id);
    if (!elsewhere) notFound();
    if (elsewhere.translation?.locale === locale) permanentRedirect(articlePath(locale, elsewhere.translation.id, elsewhere.translation.slug));
    redirect(`/${locale}`);
  }
  if (ref.slug !== article.slug) permanentRedirect(articlePath(locale, article.id, article.slug));
  return article;
}

export async function generateMetadata({ params }: PageProps<'/[locale]/article/[idSlug]'>): Promise<Metadata> {
  const article = await resolve(params);
  const canonical = absoluteUrl(articlePath(article.locale, article.id, article.slug));
  const languages: Record<string, string> = { [article.locale]: canonical };
  if (article.translation) languages[article.translation.locale] = absoluteUrl(articlePath(article.translation.locale, article.translation.id, article.translation.slug));
  const image = article.thumbnail ? absoluteUrl(thumbnailPath(article.thumbnail, 'large')) : undefined;
  return {
    title: article.title,
    description: article.lead.slice(0, 160),
    alternates: { canonical, languages: article.translation ? { ...languages, 'x-default': languages.kk ?? canonical } : languages },
    openGraph: {
      type: 'article',
      title: article.title,
      description: article.lead.slice(0, 160),
      url: canonical,
      publishedTime: article.publishedAt.toISOString(),
      modifiedTime: article.updatedAt.toISOString(),
      section: article.categoryName ?? undefined,
      tags: article.tags.map((tag) => tag.name),
      images: image ? [{ url: image, width: article.thumbnailWidth ?? undefined, height: article.thumbnailHeight ?? undefined, alt: article.thumbnailAlt }] : undefined,
    },
    twitter: { card: 'summary_large_image', title: article.title, description: article.lead.slice(0, 160), images: image ? [image] : undefined },
  };
}

function jsonLd(data: unknown): string {
  // Inside <script>, "</script>" or "<!--" in a title would end the block: escape every "<".
  return JSON.stringify(data).replace(/</g, '\\u003c');
}

export default async function ArticlePage({ params }: PageProps<'/[locale]/article/[idSlug]'>) {
  const article = await resolve(params);
  const { locale } = article;
  const [t, tForm, tComments, tShare, tRelated] = await Promise.all([
    getTranslations({ locale, namespace: 'ArticlePage' }),
    getTranslations({ locale, namespace: 'CommentForm' }),
    getTranslations({ locale, namespace: 'Comments' }),
    getTranslations({ locale, namespace: 'ShareLinks' }),
    getTranslations({ locale, namespace: 'RelatedArticles' }),
  ]);
  const path = articlePath(locale, article.id, article.slug);
  const url = absoluteUrl(path);
  const comments = listApprovedComments(article.id);
  const related = listRelated(article, 6);
  const image = article.thumbnail ? absoluteUrl(thumbnailPath(article.thumbnail, 'large')) : undefined;
  const structured = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    description: article.lead,
    image: image ? [image] : undefined,
    datePublished: article.publishedAt.toISOString(),
    dateModified: article.updatedAt.toISOString(),
    inLanguage: locale,
    mainEntityOfPage: url,
    articleSection: article.categoryName ?? undefined,
    author: { '@type': 'Person', name: article.authorName, url: absoluteUrl(`/${locale}/author/${article.authorSlug}`) },
    publisher: { '@type': 'NewsMediaOrganization', name: 'Qamshy', url: absoluteUrl('/'), logo: { '@type': 'ImageObject', url: absoluteUrl('/logo.png') } },
  };

  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: jsonLd(structured) }} />
      <article className="mx-auto max-w-3xl">
        <header>
          <h1 className="text-[1.75rem] font-extrabold leading-tight text-neutral-950 sm:text-4xl">{article.title}</h1>
          {article.lead ? <p className="mt-3 text-lg leading-relaxed text-neutral-700 sm:text-xl">{article.lead}</p> : null}
          <Attribution article={article} minutes={readingMinutes(article.bodyMarkdown)} />
        </header>
        <figure className="mt-6">
          <Thumbnail
            stem={article.thumbnail}
            alt={article.thumbnailAlt || article.title}
            width={article.thumbnailWidth}
            height={article.thumbnailHeight}
            sizes="(min-width: 768px) 768px, 100vw"
            eager
            className="rounded-lg"
          />
        </figure>
        {/* bodyHtml was sanitized when the article was saved. */}
        <div className="article-body mt-6" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        {article.tags.length > 0 ? (
          <nav aria-label={t('tags')} className="mt-8 flex flex-wrap gap-2">
            {article.tags.map((tag) => (
              <a key={tag.slug} href={tagPath(locale, tag.slug)} className="rounded-full bg-neutral-100 px-3 py-1 text-sm text-neutral-800 hover:bg-brand hover:text-white">
                #{tag.name}
              </a>
            ))}
          </nav>
        ) : null}
        {article.translation ? (
          <p className="mt-6">
            <a
              href={articlePath(article.translation.locale, article.translation.id, article.translation.slug)}
              hrefLang={article.translation.locale}
              className="font-semibold text-brand hover:underline"
            >
              {t('translationLink')} →
            </a>
          </p>
        ) : null}
        <div className="mt-8">
          <ShareLinks url={url} title={article.title} labels={{ title: tShare('title'), copy: tShare('copy'), copied: tShare('copied') }} />
        </div>

        <section id="comments" aria-labelledby="comments-title" className="mt-12">
          <h2 id="comments-title" className="text-2xl font-bold">
            {tComments('title', { count: comments.length })}
          </h2>
          <CommentList comments={comments} locale={locale} emptyLabel={tComments('empty')} />
        </section>

        <section aria-labelledby="comment-form-title" className="mt-10 rounded-lg border border-neutral-200 p-4 sm:p-6">
          <h2 id="comment-form-title" className="text-2xl font-bold">
            {tForm('title')}
          </h2>
          {/* Shown by CSS :target after a JavaScript-free post redirects to #comment-received. */}
          <p id="comment-received" role="status" className="mt-3 hidden rounded-md border border-green-700/40 bg-green-50 px-4 py-3 text-green-900 target:block">
            {tForm('received')}
          </p>
          {article.commentsOpen ? (
            <CommentForm
              action={postComment.bind(null, locale, article.id, path)}
              permalink={path}
              labels={{
                title: tForm('title'),
                name: tForm('nameLabel'),
                body: tForm('bodyLabel'),
                submit: tForm('submit'),
                submitting: tForm('submitting'),
                hint: tForm('hint'),
                received: tForm('received'),
                honeypot: tForm('honeypot'),
              }}
            />
          ) : (
            <p className="mt-3 text-neutral-700">{tForm('closed')}</p>
          )}
        </section>
      </article>
      <div className="mx-auto max-w-5xl">
        <RelatedArticles articles={related} title={tRelated('title')} />
      </div>
      {/* Counts a view after the page has loaded; bots are filtered by the endpoint. */}
      <img src={`/api/views/${article.id}`} alt="" width={1} height={1} className="absolute h-px w-px opacity-0" />
    </div>
  );
}

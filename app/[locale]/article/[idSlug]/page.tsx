import type { Metadata } from 'next';
import { notFound, permanentRedirect, redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleNotes } from '@/components/article/article-notes';
import { Attribution } from '@/components/article/attribution';
import { CommentForm } from '@/components/article/comment-form';
import { CommentList } from '@/components/article/comment-list';
import { RelatedArticles } from '@/components/article/related-articles';
import { ShareLinks } from '@/components/article/share-links';
import { Pagination } from '@/components/ui/pagination';
import { Thumbnail } from '@/components/article/thumbnail';
import { LiveBadge } from '@/components/live/live-badge';
import { LiveBlog } from '@/components/live/live-blog';
import { Arrow } from '@/components/ui/arrow';
import { getReadableLiveState, listLiveEntries } from '@/db/queries/live-entries';
import { listArticleNotes } from '@/db/queries/article-notes';
import { listRelated } from '@/db/queries/articles';
import { listApprovedComments } from '@/db/queries/comments';
import type { PathLocale } from '@/lib/domain';
import { routeArticle } from '@/db/queries/article-route';
import { parsePageParam } from '@/lib/pagination';
import { readingMinutes } from '@/lib/reading-time';
import { readingView } from '@/lib/reading-view';
import { articleMetadata } from '@/lib/seo/article-metadata';
import { feedAlternates } from '@/lib/seo/feed-links';
import { articleBreadcrumbJsonLd, newsArticleJsonLd, serializeJsonLd } from '@/lib/seo/json-ld';
import { liveBlogJsonLd } from '@/lib/seo/live-blog-json-ld';
import { absoluteUrl, articlePath, tagPath } from '@/lib/urls';
import { postComment } from './actions';

export const generateStaticParams = () => [];

async function resolve(params: PageProps<'/[locale]/article/[idSlug]'>['params']) {
  const { locale, idSlug } = (await params) as { locale: PathLocale; idSlug: string };
  const view = readingView(locale);
  const route = routeArticle(locale, idSlug);
  if (route.kind === 'missing') notFound();
  if (route.kind === 'redirect') {
    if (route.permanent) permanentRedirect(route.to);
    redirect(route.to);
  }
  return { view, stored: route.article, article: view.article(route.article) };
}

export async function generateMetadata({ params }: PageProps<'/[locale]/article/[idSlug]'>): Promise<Metadata> {
  const { view, article } = await resolve(params);
  return articleMetadata(article, await feedAlternates(view.edition));
}

export default async function ArticlePage({ params, searchParams }: PageProps<'/[locale]/article/[idSlug]'>) {
  const { view, stored, article } = await resolve(params);
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
  // ?page=N pages the approved comments; the proxy has already answered 404 for a page past the end.
  const comments = listApprovedComments(article.id, parsePageParam((await searchParams).page) ?? 1);
  const related = listRelated(stored, 6).map(view.teaser);
  // A live blog: its entries under the lead, newest first, and the LIVE badge until it is closed.
  const live = getReadableLiveState(view.edition, article.id);
  const liveEntries = live?.format === 'live' ? listLiveEntries(article.id).map(view.liveEntry) : null;
  const liveOpen = !!liveEntries && live?.liveEndedAt === null;
  const tLive = await getTranslations({ locale, namespace: 'LiveBlog' });
  const notes = listArticleNotes(article.id).map((note) => ({ ...note, body: view.text(note.body) }));

  return (
    <div className="mx-auto max-w-6xl px-4 py-6">
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{
          __html: serializeJsonLd(live && liveEntries ? liveBlogJsonLd({ ...article, notes }, live, liveEntries) : newsArticleJsonLd({ ...article, notes })),
        }}
      />
      <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: serializeJsonLd(articleBreadcrumbJsonLd(article)) }} />
      <article className="mx-auto max-w-3xl">
        <header>
          {liveOpen ? <LiveBadge label={tLive('badge')} className="mb-3" /> : null}
          <h1 className="text-[1.75rem] font-extrabold leading-tight text-neutral-950 sm:text-4xl">{article.title}</h1>
          {article.lead ? <p className="mt-3 text-lg leading-relaxed text-neutral-700 sm:text-xl">{article.lead}</p> : null}
          <Attribution article={article} minutes={readingMinutes(article.bodyMarkdown)} />
          <ArticleNotes notes={notes} locale={locale} />
        </header>
        {/* No picture, no grey placeholder: live blogs and quick stories often go without one. */}
        {article.thumbnail ? (
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
        ) : null}
        {/* bodyHtml was sanitized when the article was saved. */}
        <div className="article-body mt-6" dangerouslySetInnerHTML={{ __html: article.bodyHtml }} />
        {liveEntries ? <LiveBlog articleId={article.id} articleUrl={url} locale={locale} open={liveOpen} entries={liveEntries} /> : null}
        {article.tags.length > 0 ? (
          <nav aria-label={t('tags')} className="mt-8 flex flex-wrap gap-2">
            {article.tags.map((tag) => (
              <a
                key={tag.slug}
                href={tagPath(locale, tag.slug)}
                className="rounded-full bg-neutral-100 px-3 py-1 text-sm text-neutral-800 hover:bg-brand hover:text-white"
              >
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
              {t('translationLink')} <Arrow />
            </a>
          </p>
        ) : null}
        <div className="mt-8">
          <ShareLinks url={url} title={article.title} labels={{ title: tShare('title'), copy: tShare('copy'), copied: tShare('copied') }} />
        </div>

        <section id="comments" aria-labelledby="comments-title" className="mt-12">
          <h2 id="comments-title" className="text-2xl font-bold">
            {tComments('title', { count: comments.total })}
          </h2>
          <CommentList comments={comments.items.map(view.comment)} locale={locale} emptyLabel={tComments('empty')} />
          <Pagination locale={locale} page={comments.page} pages={comments.pages} hrefFor={(page) => `${path}${page > 1 ? `?page=${page}` : ''}#comments`} />
        </section>

        <section aria-labelledby="comment-form-title" className="mt-10 rounded-lg border border-neutral-200 p-4 sm:p-6">
          <h2 id="comment-form-title" className="text-2xl font-bold">
            {tForm('title')}
          </h2>
          {/* Shown by CSS :target after a JavaScript-free post redirects to #comment-received. */}
          <p
            id="comment-received"
            role="status"
            className="mt-3 hidden rounded-md border border-green-700/40 bg-green-50 px-4 py-3 text-green-900 target:block"
          >
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

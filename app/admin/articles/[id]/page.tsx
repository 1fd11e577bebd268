import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleEditor } from '@/components/admin/article-editor';
import { StatusBadge } from '@/components/admin/status-badge';
import { articleExists, getArticleForEdit } from '@/db/queries/admin-articles';
import { countRevisions } from '@/db/queries/article-revisions';
import { requireUser } from '@/app/admin/_auth/guard';
import { toAlmatyLocalInput } from '@/lib/format';
import { parseId } from '@/lib/domain';
import { articlePath } from '@/lib/urls';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminArticleForm'))('titleEdit') };
}

export default async function EditArticlePage({ params, searchParams }: PageProps<'/admin/articles/[id]'>) {
  const { id: raw } = await params;
  const user = await requireUser(`/admin/articles/${raw}`);
  const id = parseId(raw);
  if (!id) notFound();
  const article = getArticleForEdit(user, id);
  if (!article) {
    if (articleExists(id)) forbidden();
    notFound();
  }
  const t = await getTranslations('AdminArticleForm');
  const tList = await getTranslations('AdminArticles');
  const tRevisions = await getTranslations('AdminRevisions');
  const saved = (await searchParams).saved;
  const initial = {
    title: article.title,
    lead: article.lead,
    body: article.bodyMarkdown,
    locale: article.locale,
    categoryId: String(article.categoryId ?? ''),
    tags: article.tagNames.join(', '),
    slug: article.slug,
    sourceName: article.sourceName ?? '',
    sourceUrl: article.sourceUrl ?? '',
    thumbnailAlt: article.thumbnailAlt,
    thumbnailUrl: article.thumbnail ? `/uploads/thumbnail/${article.thumbnail}_small.jpg` : '',
    publishAt: article.publishedAt ? toAlmatyLocalInput(article.publishedAt) : '',
    version: String(article.version),
    featured: article.featured ? 'on' : '',
    commentsOpen: article.commentsOpen ? 'on' : '',
    authorId: String(article.authorId),
    translationId: article.partner ? String(article.partner.id) : '',
    translationRef: '',
  };
  return (
    <div>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{t('titleEdit')}</h1>
        <StatusBadge status={article.status} label={tList(`statuses.${article.status}`)} />
        {article.status === 'published' ? (
          <a href={articlePath(article.locale, article.id, article.slug)} className="text-sm font-semibold text-brand hover:underline">
            {tList('view')}
          </a>
        ) : null}
        <a href={`/admin/articles/${article.id}/revisions`} className="text-sm font-semibold text-brand hover:underline">
          {tRevisions('link', { count: countRevisions(article.id) })}
        </a>
      </div>
      {typeof saved === 'string' && t.has(`saved.${saved}` as 'saved.save') ? (
        <p role="status" className="mt-3 rounded-md border border-green-700/40 bg-green-50 px-4 py-3 text-green-900">
          {t(`saved.${saved}` as 'saved.save')}
        </p>
      ) : null}
      <ArticleEditor user={user} articleId={article.id} status={article.status} initial={initial} partner={article.partner} />
    </div>
  );
}

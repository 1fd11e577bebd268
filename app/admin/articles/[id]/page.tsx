import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleEditor } from '@/components/admin/article-editor';
import { StatusBadge } from '@/components/admin/status-badge';
import { requireUser } from '@/app/admin/_auth/guard';
import { articleExists, getArticleForEdit, listAuthorOptions, listCategoryOptions } from '@/db/queries/admin-articles';
import { countRevisions } from '@/db/queries/article-revisions';
import { listTranslationOptions } from '@/db/queries/article-translations';
import { can } from '@/lib/auth/permissions';
import { parseId } from '@/lib/domain';
import { articlePath } from '@/lib/urls';
import { outcomeIn } from '@/lib/validation/action-state';
import { ARTICLE_INTENTS, storedArticleValues } from '@/lib/validation/article';
import { saveArticleAction } from '../actions';

// What a save redirects here with (?saved=…): an intent of the form, a restored revision, a picked picture.
const SAVED_OUTCOMES = [...ARTICLE_INTENTS, 'restore', 'thumbnail'] as const;

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
  const saved = outcomeIn(await searchParams, 'saved', SAVED_OUTCOMES);
  const editor = can(user, 'article.editAny');
  const partner = article.partner;
  const translations = editor ? listTranslationOptions(article.locale, article.id) : null;
  // The current partner stays choosable even when it is older than the list reaches.
  if (translations && partner && !translations.some((a) => a.id === partner.id)) translations.unshift(partner);
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
        <a href={`/admin/articles/${article.id}/live`} className="text-sm font-semibold text-brand hover:underline">
          {(await getTranslations('AdminLive'))('link')}
        </a>
        {editor && article.status !== 'draft' && article.status !== 'submitted' ? (
          <a href={`/admin/articles/${article.id}/notes`} className="text-sm font-semibold text-brand hover:underline">
            {(await getTranslations('AdminNotes'))('link')}
          </a>
        ) : null}
      </div>
      {saved ? (
        <p role="status" className="mt-3 rounded-md border border-green-700/40 bg-green-50 px-4 py-3 text-green-900">
          {t(`saved.${saved.value}`)}
        </p>
      ) : null}
      <ArticleEditor
        user={user}
        status={article.status}
        action={saveArticleAction.bind(null, article.id)}
        permalink={`/admin/articles/${article.id}`}
        initial={storedArticleValues(article)}
        categories={listCategoryOptions()}
        translations={translations}
        authors={editor ? listAuthorOptions() : null}
      />
    </div>
  );
}

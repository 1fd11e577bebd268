import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleEditor } from '@/components/admin/article-editor';
import { listAuthorOptions, listCategoryOptions } from '@/db/queries/admin-articles';
import { listTranslationOptions } from '@/db/queries/article-translations';
import { requirePermission } from '@/app/admin/_auth/guard';
import { can } from '@/lib/auth/permissions';
import { newArticleValues } from '@/lib/validation/article';
import { saveArticleAction } from '../actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminArticleForm'))('titleNew') };
}

export default async function NewArticlePage() {
  const user = await requirePermission('article.create', '/admin/articles/new');
  const t = await getTranslations('AdminArticleForm');
  const initial = newArticleValues(user.id);
  const editor = can(user, 'article.editAny');
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('titleNew')}</h1>
      <ArticleEditor
        user={user}
        status="draft"
        action={saveArticleAction.bind(null, null)}
        permalink="/admin/articles/new"
        initial={initial}
        categories={listCategoryOptions()}
        translations={editor ? listTranslationOptions(initial.locale === 'ru' ? 'ru' : 'kk', null) : null}
        authors={editor ? listAuthorOptions() : null}
      />
    </div>
  );
}

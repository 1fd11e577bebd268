import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ArticleEditor } from '@/components/admin/article-editor';
import { requirePermission } from '@/app/admin/_auth/guard';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminArticleForm'))('titleNew') };
}

export default async function NewArticlePage() {
  const user = await requirePermission('article.create', '/admin/articles/new');
  const t = await getTranslations('AdminArticleForm');
  const initial = { title: '', lead: '', body: '', locale: 'kk', categoryId: '', tags: '', slug: '', sourceName: '', sourceUrl: '', thumbnailAlt: '', publishAt: '', version: '0', featured: '', commentsOpen: 'on', translationId: '', translationRef: '', authorId: String(user.id) };
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('titleNew')}</h1>
      <ArticleEditor user={user} articleId={null} status="draft" initial={initial} />
    </div>
  );
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { StatusBadge } from '@/components/admin/status-badge';
import { DateTime } from '@/components/ui/date-time';
import { listArticlesForAdmin, listAuthorOptions, listCategoryOptions } from '@/db/queries/admin-articles';
import { requireUser } from '@/app/admin/_auth/guard';
import { can } from '@/lib/auth/permissions';
import { ARTICLE_STATUSES, EDITION_NAMES, EDITIONS, isArticleStatus, isEdition, parseId } from '@/lib/domain';
import { parsePageParam } from '@/lib/pagination';
import { articlePath } from '@/lib/urls';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminArticles'))('title') };
}

const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);

export default async function AdminArticlesPage({ searchParams }: PageProps<'/admin/articles'>) {
  const user = await requireUser('/admin/articles');
  const [t, tMedia] = await Promise.all([getTranslations('AdminArticles'), getTranslations('AdminMedia')]);
  const params = await searchParams;
  const locale = isEdition(params.locale) ? params.locale : undefined;
  const status = isArticleStatus(params.status) ? params.status : undefined;
  const q = one(params.q)?.trim().slice(0, 200) || undefined;
  const page = parsePageParam(params.page) ?? 1;
  const categoryId = parseId(params.category) ?? undefined;
  const authorId = parseId(params.author) ?? undefined;
  const result = listArticlesForAdmin(user, { locale, status, q, categoryId, authorId, page });
  const seesAll = can(user, 'article.editAny');
  const query = (p: number) =>
    `?${new URLSearchParams({ ...(locale && { locale }), ...(status && { status }), ...(q && { q }), ...(categoryId && { category: String(categoryId) }), ...(authorId && { author: String(authorId) }), page: String(p) })}`;

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t('title')}</h1>
        <div className="flex flex-wrap gap-2">
          <a href="/admin/media" className="admin-button-secondary">
            {tMedia('title')}
          </a>
          <a href="/admin/articles/new" className="admin-button">
            {t('new')}
          </a>
        </div>
      </div>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3 rounded-lg border border-neutral-200 bg-white p-3">
        <label className="text-sm font-semibold">
          {t('edition')}
          <select name="locale" defaultValue={locale ?? ''} className="admin-input">
            <option value="">{t('all')}</option>
            {EDITIONS.map((edition) => (
              <option key={edition} value={edition}>
                {EDITION_NAMES[edition]}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          {t('status')}
          <select name="status" defaultValue={status ?? ''} className="admin-input">
            <option value="">{t('all')}</option>
            {ARTICLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`statuses.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-semibold">
          {t('category')}
          <select name="category" defaultValue={categoryId ?? ''} className="admin-input">
            <option value="">{t('all')}</option>
            {listCategoryOptions().map((c) => (
              <option key={c.id} value={c.id}>
                {c.locale.toUpperCase()} · {c.name}
              </option>
            ))}
          </select>
        </label>
        {seesAll ? (
          <label className="text-sm font-semibold">
            {t('author')}
            <select name="author" defaultValue={authorId ?? ''} className="admin-input">
              <option value="">{t('all')}</option>
              {listAuthorOptions().map((a) => (
                <option key={a.id} value={a.id}>
                  {a.name}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <label className="grow text-sm font-semibold">
          {t('search')}
          <input type="search" name="q" defaultValue={q ?? ''} className="admin-input" />
        </label>
        <button type="submit" className="admin-button-secondary">
          {t('apply')}
        </button>
      </form>
      <p className="mt-4 text-sm text-neutral-600">{t('count', { count: result.total })}</p>
      {result.items.length === 0 ? (
        <p className="mt-4">{t('empty')}</p>
      ) : (
        <div className="mt-2 overflow-x-auto rounded-lg border border-neutral-200 bg-white">
          <table className="w-full text-left text-sm">
            <thead className="bg-neutral-100 text-neutral-700">
              <tr>
                <th className="px-3 py-2">{t('columns.title')}</th>
                <th className="px-3 py-2">{t('columns.status')}</th>
                <th className="px-3 py-2">{t('columns.edition')}</th>
                <th className="px-3 py-2">{t('columns.author')}</th>
                <th className="px-3 py-2">{t('columns.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {result.items.map((article) => (
                <tr key={article.id} className="border-t border-neutral-200">
                  <td className="px-3 py-2">
                    <a href={`/admin/articles/${article.id}`} className="font-semibold text-brand hover:underline">
                      {article.title}
                    </a>
                    {article.status === 'published' ? (
                      <a href={articlePath(article.locale, article.id, article.slug)} className="ml-2 text-xs text-neutral-600 hover:underline">
                        {t('view')}
                      </a>
                    ) : null}
                  </td>
                  <td className="px-3 py-2">
                    <StatusBadge status={article.status} label={t(`statuses.${article.status}`)} />
                  </td>
                  <td className="px-3 py-2 uppercase">{article.locale}</td>
                  <td className="px-3 py-2">{article.authorName}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <DateTime date={article.updatedAt} locale={article.locale} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {result.pages > 1 ? (
        <nav aria-label={t('pages')} className="mt-4 flex gap-3">
          {page > 1 ? (
            <a href={query(page - 1)} className="admin-button-secondary">
              ←
            </a>
          ) : null}
          <span className="self-center text-sm">{t('page', { page, pages: result.pages })}</span>
          {page < result.pages ? (
            <a href={query(page + 1)} className="admin-button-secondary">
              →
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

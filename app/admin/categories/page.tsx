import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/admin/action-form';
import { listCategoriesWithCounts, listTagsWithCounts } from '@/db/queries/admin-taxonomy';
import { requirePermission } from '@/app/admin/_auth/guard';
import { EDITION_NAMES, EDITIONS } from '@/lib/domain';
import { outcomeIn } from '@/lib/validation/action-state';
import { deleteCategoryAction, renameTagAction, saveCategoryAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminTaxonomy'))('title') };
}

export default async function TaxonomyPage({ searchParams }: PageProps<'/admin/categories'>) {
  await requirePermission('taxonomy.manage', '/admin/categories');
  const [t, query] = await Promise.all([getTranslations('AdminTaxonomy'), searchParams]);
  const permalink = '/admin/categories';
  // A deletion redirects here with its outcome (its row, and the row's form, are gone).
  const deleted = outcomeIn(query, 'done', ['deleted'] as const);
  const failed = outcomeIn(query, 'error', ['forbidden', 'notFound', 'notEmpty'] as const);
  return (
    <div className="space-y-10">
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      {deleted || failed ? (
        <p
          role={failed ? 'alert' : 'status'}
          className={`rounded-md border px-4 py-3 ${failed ? 'border-accent/40 bg-red-50 text-accent' : 'border-green-700/40 bg-green-50 text-green-900'}`}
        >
          {failed ? t(`errors.${failed.value}`) : t('deleted')}
        </p>
      ) : null}
      {EDITIONS.map((locale) => (
        <section key={locale} aria-labelledby={`edition-${locale}`} className="space-y-4">
          <h2 id={`edition-${locale}`} className="text-xl font-bold">
            {EDITION_NAMES[locale]}
          </h2>
          <h3 className="font-semibold">{t('categories')}</h3>
          <ul className="space-y-2">
            {listCategoriesWithCounts(locale).map((c) => (
              <li key={c.id} className="flex flex-wrap items-end gap-3 rounded-lg border border-neutral-200 bg-white p-3">
                <ActionForm
                  formId={`category-${c.id}`}
                  action={saveCategoryAction.bind(null, c.id)}
                  permalink={permalink}
                  submitLabel={t('save')}
                  fields={[
                    { name: 'locale', label: '', type: 'hidden', defaultValue: locale },
                    { name: 'name', label: t('name'), defaultValue: c.name },
                    { name: 'slug', label: t('slug'), defaultValue: c.slug },
                    { name: 'position', label: t('position'), type: 'number', defaultValue: String(c.position) },
                  ]}
                />
                <span className="text-sm text-neutral-600">{t('articles', { count: c.articles ?? 0 })}</span>
                {(c.articles ?? 0) === 0 ? (
                  <form action={deleteCategoryAction.bind(null, c.id)}>
                    <button type="submit" className="admin-button-secondary px-3 py-1.5 text-sm">
                      {t('delete')}
                    </button>
                  </form>
                ) : null}
              </li>
            ))}
          </ul>
          <div className="rounded-lg border border-dashed border-neutral-400 bg-white p-3">
            <p className="mb-2 text-sm font-semibold">{t('newCategory')}</p>
            <ActionForm
              formId={`category-new-${locale}`}
              action={saveCategoryAction.bind(null, null)}
              permalink={permalink}
              submitLabel={t('create')}
              fields={[
                { name: 'locale', label: '', type: 'hidden', defaultValue: locale },
                { name: 'name', label: t('name') },
                { name: 'slug', label: t('slug') },
                { name: 'position', label: t('position'), type: 'number', defaultValue: '10' },
              ]}
            />
          </div>
          <h3 className="font-semibold">{t('tags')}</h3>
          <ul className="grid gap-2 lg:grid-cols-2">
            {listTagsWithCounts(locale).map((tag) => (
              <li key={tag.id} className="flex flex-wrap items-end gap-2 rounded-lg border border-neutral-200 bg-white p-2">
                <ActionForm
                  formId={`tag-${tag.id}`}
                  action={renameTagAction.bind(null, tag.id)}
                  permalink={permalink}
                  submitLabel={t('save')}
                  fields={[
                    { name: 'name', label: t('name'), defaultValue: tag.name },
                    { name: 'slug', label: t('slug'), defaultValue: tag.slug },
                  ]}
                />
                <span className="text-xs text-neutral-600">{t('articles', { count: tag.articles })}</span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

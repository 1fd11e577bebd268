import type { Metadata } from 'next';
import { forbidden, notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { articleExists, getArticleForEdit } from '@/db/queries/admin-articles';
import { requirePermission } from '@/app/admin/_auth/guard';
import { parseId } from '@/lib/domain';
import { listLibraryImages } from '@/lib/images/library';
import { parsePageParam } from '@/lib/pagination';
import { thumbnailPath } from '@/lib/urls';
import { outcomeIn } from '@/lib/validation/action-state';
import { pickThumbnail } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminMedia'))('title') };
}

const ERRORS = ['image', 'forbidden', 'notFound'] as const;

export default async function MediaLibraryPage({ searchParams }: PageProps<'/admin/media'>) {
  const params = await searchParams;
  const query = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => typeof e[1] === 'string'));
  const user = await requirePermission('article.create', `/admin/media${query.size ? `?${query}` : ''}`);
  const page = parsePageParam(params.page);
  if (!page) notFound();
  const pickId = params.pick === undefined ? null : parseId(params.pick);
  if (params.pick !== undefined && !pickId) notFound();
  const target = pickId ? getArticleForEdit(user, pickId) : null;
  if (pickId && !target) {
    if (articleExists(pickId)) forbidden();
    notFound();
  }
  const [t, format, library] = await Promise.all([getTranslations('AdminMedia'), getFormatter(), listLibraryImages(page)]);
  const error = outcomeIn(params, 'error', ERRORS)?.value;
  const pageHref = (p: number) => `/admin/media?${new URLSearchParams({ ...(pickId && { pick: String(pickId) }), page: String(p) })}`;
  // The stem is Almaty wall-clock time already; formatting it as UTC shows it unshifted.
  const when = (date: Date) =>
    format.dateTime(date, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'UTC' });

  return (
    <div>
      {target ? (
        <p className="text-sm">
          <a href={`/admin/articles/${target.id}`} className="font-semibold text-brand hover:underline">
            ← {t('backToArticle')}
          </a>
        </p>
      ) : null}
      <h1 className="mt-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-neutral-700">{target ? t('pickIntro', { title: target.title }) : t('intro')}</p>
      {error ? (
        <p role="alert" className="mt-4 rounded-md border border-accent/40 bg-red-50 px-4 py-3 text-accent">
          {t(`errors.${error}`)}
        </p>
      ) : null}
      <p className="mt-4 text-sm text-neutral-600">{t('count', { count: library.total })}</p>
      {library.items.length === 0 ? (
        <p className="mt-4">{t('empty')}</p>
      ) : (
        <ul className="mt-2 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
          {library.items.map((image) => {
            const uploaded = when(image.uploadedAt);
            const current = target?.thumbnail === image.stem;
            return (
              <li key={image.stem} className={`rounded-lg border bg-white p-2 ${current ? 'border-brand ring-2 ring-brand' : 'border-neutral-200'}`}>
                <figure>
                  <img
                    src={thumbnailPath(image.stem, 'small')}
                    alt=""
                    width={360}
                    height={240}
                    loading="lazy"
                    className="aspect-[3/2] h-auto w-full rounded-md bg-neutral-200 object-cover"
                  />
                  <figcaption className="mt-1 text-xs text-neutral-700">
                    {uploaded}
                    {current ? <strong className="block text-brand">{t('current')}</strong> : null}
                  </figcaption>
                </figure>
                {target && !current ? (
                  <form action={pickThumbnail} className="mt-2">
                    <input type="hidden" name="articleId" value={target.id} />
                    <input type="hidden" name="stem" value={image.stem} />
                    <input type="hidden" name="page" value={page} />
                    <button type="submit" aria-label={t('pickNamed', { date: uploaded })} className="admin-button-secondary w-full text-sm">
                      {t('pick')}
                    </button>
                  </form>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {library.pages > 1 ? (
        <nav aria-label={t('pages')} className="mt-6 flex items-center gap-3">
          {page > 1 ? (
            <a href={pageHref(page - 1)} className="admin-button-secondary" rel="prev">
              ← {t('previous')}
            </a>
          ) : null}
          <span className="text-sm">{t('page', { page, pages: library.pages })}</span>
          {page < library.pages ? (
            <a href={pageHref(page + 1)} className="admin-button-secondary" rel="next">
              {t('next')} →
            </a>
          ) : null}
        </nav>
      ) : null}
    </div>
  );
}

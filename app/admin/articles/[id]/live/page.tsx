import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { LiveEntryForm } from '@/components/admin/live-entry-form';
import { LiveEntryList } from '@/components/admin/live-entry-list';
import { listLiveEntries } from '@/db/queries/live-entries';
import { articlePath } from '@/lib/urls';
import { outcomeIn } from '@/lib/validation/action-state';
import { LIVE_OUTCOMES } from '@/lib/validation/live-entry';
import { addEntryAction, setFormatAction, setOpenAction } from './actions';
import { liveEntryFormLabels } from './labels';
import { loadLiveBlog } from './load';

const LIVE_ERRORS = ['notFound', 'forbidden', 'notLive'] as const;

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminLive'))('title') };
}

export default async function LiveBlogAdminPage({ params, searchParams }: PageProps<'/admin/articles/[id]/live'>) {
  const { id: raw } = await params;
  const { id, blog } = await loadLiveBlog(raw, `/admin/articles/${raw}/live`);
  const [t, uiLocale, query] = await Promise.all([getTranslations('AdminLive'), getLocale(), searchParams]);
  const locale = uiLocale === 'ru' ? 'ru' : 'kk'; // dates in the editors' UI language
  const saved = outcomeIn(query, 'saved', LIVE_OUTCOMES);
  const failed = outcomeIn(query, 'error', LIVE_ERRORS);
  const live = blog.format === 'live';
  const open = live && blog.liveEndedAt === null;
  const button = 'admin-button-secondary px-3 py-1.5 text-sm';

  return (
    <div>
      <p className="text-sm">
        <a href={`/admin/articles/${id}`} className="font-semibold text-brand hover:underline">
          ← {t('backToEditor')}
        </a>
      </p>
      <h1 className="mt-2 text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-neutral-700">
        {blog.title}
        {blog.status === 'published' ? (
          <>
            {' · '}
            <a href={articlePath(blog.locale, blog.id, blog.slug)} className="font-semibold text-brand hover:underline">
              {t('view')}
            </a>
          </>
        ) : null}
      </p>
      {saved ? (
        <p role="status" className="mt-3 rounded-md border border-green-700/40 bg-green-50 px-4 py-3 text-green-900">
          {t(`saved.${saved.value}`)}
        </p>
      ) : null}
      {failed ? (
        <p role="alert" className="mt-3 rounded-md border border-accent/40 bg-red-50 px-4 py-3 text-accent">
          {t(`errors.${failed.value}`)}
        </p>
      ) : null}

      <div className="mt-4 flex flex-wrap items-center gap-3 rounded-md border border-neutral-200 p-4">
        <p className="me-auto font-semibold">{live ? (open ? t('stateOpen') : t('stateClosed')) : t('stateStandard')}</p>
        {live ? (
          <form action={setOpenAction.bind(null, id, !open)}>
            <button type="submit" className={button}>
              {open ? t('close') : t('reopen')}
            </button>
          </form>
        ) : null}
        <form action={setFormatAction.bind(null, id, live ? 'standard' : 'live')}>
          <button type="submit" className={live ? button : 'admin-button px-3 py-1.5 text-sm'}>
            {live ? t('makeStandard') : t('makeLive')}
          </button>
        </form>
      </div>

      {live ? (
        <>
          <section aria-labelledby="live-add-title" className="mt-8 rounded-lg border border-neutral-200 p-4 sm:p-6">
            <h2 id="live-add-title" className="text-xl font-bold">
              {t('addTitle')}
            </h2>
            <div className="mt-3">
              <LiveEntryForm action={addEntryAction.bind(null, id)} permalink={`/admin/articles/${id}/live`} labels={await liveEntryFormLabels('add')} />
            </div>
          </section>
          <LiveEntryList
            articleId={id}
            entries={listLiveEntries(id)}
            locale={locale}
            labels={{ title: t('entries'), empty: t('empty'), edit: t('edit'), remove: t('remove'), keyEvent: t('keyEvent'), edited: t('edited') }}
          />
        </>
      ) : (
        <p className="mt-4 text-neutral-700">{t('standardIntro')}</p>
      )}
    </div>
  );
}

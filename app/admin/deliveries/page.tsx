import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/app/admin/_auth/guard';
import { DateTime } from '@/components/ui/date-time';
import { Pagination } from '@/components/ui/pagination';
import { deliveryCounts, listDeliveries } from '@/db/queries/admin-deliveries';
import { DELIVERY_STATUSES, isDeliveryStatus, type DeliveryStatus, type PathLocale } from '@/lib/domain';
import { parsePageParam } from '@/lib/pagination';
import { outcomeIn } from '@/lib/validation/action-state';
import { retry } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminDeliveries'))('title') };
}

const listPath = (status: DeliveryStatus | null, page: number) => {
  const query = new URLSearchParams({ ...(status ? { status } : {}), ...(page > 1 ? { page: String(page) } : {}) }).toString();
  return `/admin/deliveries${query ? `?${query}` : ''}`;
};

const STATUS_CLASS: Record<DeliveryStatus, string> = {
  pending: 'bg-amber-100 text-amber-900',
  sending: 'bg-sky-100 text-sky-900',
  sent: 'bg-green-100 text-green-900',
  failed: 'bg-red-100 text-red-900',
  cancelled: 'bg-neutral-200 text-neutral-800',
};

export default async function DeliveriesPage({ searchParams }: PageProps<'/admin/deliveries'>) {
  await requirePermission('article.publish', '/admin/deliveries');
  const [t, locale, params] = await Promise.all([getTranslations('AdminDeliveries'), getLocale(), searchParams]);
  const status = isDeliveryStatus(params.status) ? params.status : null;
  const counts = deliveryCounts();
  const list = listDeliveries({ status, page: parsePageParam(params.page) ?? 1 });
  const back = listPath(status, list.page);
  const done = outcomeIn(params, 'done', ['retried', 'notFailed'] as const)?.value ?? null;
  const all = Object.values(counts).reduce((sum, n) => sum + n, 0);
  const filters: [DeliveryStatus | null, number][] = [[null, all], ...DELIVERY_STATUSES.map((s): [DeliveryStatus, number] => [s, counts[s]])];

  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 max-w-3xl text-sm text-neutral-600">{t('intro')}</p>
      <nav aria-label={t('filter')} className="mt-4 flex flex-wrap gap-2">
        {filters.map(([s, n]) => (
          <a
            key={s ?? 'all'}
            href={listPath(s, 1)}
            aria-current={s === status ? 'page' : undefined}
            className={`rounded-full px-3 py-1 text-sm font-semibold ${s === status ? 'bg-brand text-white' : 'border border-neutral-300 bg-white'}`}
          >
            {s ? t(`statuses.${s}`) : t('all')} ({n})
          </a>
        ))}
      </nav>
      {done ? (
        <p
          role="status"
          className={`mt-4 rounded-md border px-4 py-3 ${done === 'retried' ? 'border-green-700/40 bg-green-50 text-green-900' : 'border-accent/40 bg-red-50 text-accent'}`}
        >
          {t(`done.${done}`)}
        </p>
      ) : null}
      {list.items.length === 0 ? (
        <p className="mt-6">{t('empty')}</p>
      ) : (
        // relative: the screen-reader-only texts are positioned inside the scrolling box, not past it.
        <div className="relative mt-4 overflow-x-auto rounded-lg border border-neutral-200 bg-white">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">{t('title')}</caption>
            <thead className="bg-neutral-100">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t('target')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('article')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('status')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('attempts')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('when')}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t('answer')}
                </th>
                <th scope="col" className="px-3 py-2">
                  <span className="sr-only">{t('actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {list.items.map((d) => (
                <tr key={d.id} id={`delivery-${d.id}`} className="border-t border-neutral-200 align-top">
                  <td className="px-3 py-2">
                    <span className="font-semibold">{t(`targets.${d.target}`)}</span>
                    <span className="block max-w-56 break-all text-xs text-neutral-600">{d.destination}</span>
                  </td>
                  <td className="px-3 py-2">
                    {d.articleId ? (
                      <a href={`/admin/articles/${d.articleId}`} className="text-brand hover:underline">
                        {d.title || `#${d.articleId}`}
                      </a>
                    ) : (
                      d.title || '—'
                    )}
                    <span className="block text-xs text-neutral-600">
                      {t(`events.${d.event}`)} · {d.locale.toUpperCase()}
                    </span>
                  </td>
                  <td className="px-3 py-2">
                    <span className={`rounded-full px-2 py-0.5 text-xs font-semibold whitespace-nowrap ${STATUS_CLASS[d.status]}`}>
                      {t(`statuses.${d.status}`)}
                    </span>
                  </td>
                  <td className="px-3 py-2 tabular-nums">{d.attempts}</td>
                  <td className="px-3 py-2 text-xs whitespace-nowrap">
                    {d.status === 'sent' && d.sentAt ? (
                      <>
                        {t('sentAt')} <DateTime date={d.sentAt} locale={locale as PathLocale} />
                      </>
                    ) : d.status === 'pending' ? (
                      <>
                        {t('nextAt')} <DateTime date={d.nextAttemptAt} locale={locale as PathLocale} />
                      </>
                    ) : (
                      <>
                        {t('createdAt')} <DateTime date={d.createdAt} locale={locale as PathLocale} />
                      </>
                    )}
                  </td>
                  <td className="px-3 py-2 text-xs">
                    {d.lastStatusCode ? <span className="font-mono">HTTP {d.lastStatusCode}</span> : null}
                    {d.lastError ? <span className="block max-w-72 break-words text-neutral-700">{d.lastError}</span> : null}
                    {!d.lastStatusCode && !d.lastError ? '—' : null}
                  </td>
                  <td className="px-3 py-2">
                    {d.status === 'failed' ? (
                      <form action={retry}>
                        <input type="hidden" name="id" value={d.id} />
                        <input type="hidden" name="back" value={back} />
                        <button
                          type="submit"
                          className="admin-button-secondary px-3 py-1 text-sm"
                          aria-label={t('retryLabel', { target: t(`targets.${d.target}`), title: d.title })}
                        >
                          {t('retry')}
                        </button>
                      </form>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination locale={locale as PathLocale} page={list.page} pages={list.pages} hrefFor={(page) => listPath(status, page)} />
    </div>
  );
}

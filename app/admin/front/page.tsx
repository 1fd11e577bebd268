import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { requirePermission } from '@/app/admin/_auth/guard';
import { BannerForm } from '@/components/admin/banner-form';
import { DateTime } from '@/components/ui/date-time';
import { getBannerForEdit, listFrontSlots, listPinCandidates } from '@/db/queries/admin-front';
import { getFrontStories } from '@/db/queries/articles';
import { EDITION_NAMES, EDITIONS, isEdition, TOP_STORY_SLOTS, type Edition, type PathLocale } from '@/lib/domain';
import { toAlmatyLocalInput } from '@/lib/format';
import { articlePath } from '@/lib/urls';
import { outcomeIn } from '@/lib/validation/action-state';
import { bannerAction, clearBannerAction, moveAction, pinAction, unpinAction } from './actions';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminFront'))('title') };
}

const DONE = ['pinned', 'moved', 'removed', 'cleared'] as const;
const ERRORS = ['notReadable', 'badPosition', 'nothing', 'forbidden'] as const;
const POSITIONS = Array.from({ length: TOP_STORY_SLOTS + 1 }, (_, i) => i);

export default async function FrontCurationPage({ searchParams }: PageProps<'/admin/front'>) {
  await requirePermission('article.publish', '/admin/front');
  const [t, locale, params] = await Promise.all([getTranslations('AdminFront'), getLocale(), searchParams]);
  const edition: Edition = isEdition(params.edition) ? params.edition : EDITIONS[0];
  const done = outcomeIn(params, 'done', DONE);
  const error = outcomeIn(params, 'error', ERRORS);
  const slots = new Map(listFrontSlots(edition).map((slot) => [slot.position, slot]));
  const shown = getFrontStories(edition);
  const shownAt = [shown.lead, ...shown.top];
  const candidates = listPinCandidates(edition);
  const banner = getBannerForEdit(edition);
  const bannerLive = banner?.live ? banner : null;
  const slotName = (position: number) => (position === 0 ? t('lead') : t('topN', { n: position }));
  const hidden = (
    <>
      <input type="hidden" name="edition" value={edition} />
    </>
  );

  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 max-w-3xl text-sm text-neutral-600">{t('intro', { count: TOP_STORY_SLOTS })}</p>
      <nav aria-label={t('edition')} className="mt-4 flex flex-wrap gap-2">
        {EDITIONS.map((e) => (
          <a
            key={e}
            href={`/admin/front?edition=${e}`}
            lang={e}
            aria-current={e === edition ? 'page' : undefined}
            className={`rounded-full px-3 py-1 text-sm font-semibold ${e === edition ? 'bg-brand text-white' : 'border border-neutral-300 bg-white'}`}
          >
            {EDITION_NAMES[e]}
          </a>
        ))}
      </nav>
      {done || error ? (
        <p
          role={error ? 'alert' : 'status'}
          className={`mt-4 rounded-md border px-4 py-3 ${error ? 'border-accent/40 bg-red-50 text-accent' : 'border-green-700/40 bg-green-50 text-green-900'}`}
        >
          {done ? t(`done.${done.value}`) : t(`errors.${error!.value}`)}
        </p>
      ) : null}

      <section aria-labelledby="front-slots" className="mt-6 rounded-lg border border-neutral-200 bg-white p-4">
        <h2 id="front-slots" className="text-xl font-bold">
          {t('slotsTitle')}
        </h2>
        <ol className="mt-3 divide-y divide-neutral-200">
          {POSITIONS.map((position) => {
            const slot = slots.get(position);
            const auto = shownAt[position];
            return (
              <li key={position} className="flex flex-wrap items-center gap-x-3 gap-y-2 py-2" data-slot={position}>
                <span className="w-full font-semibold sm:w-32 sm:shrink-0">{slotName(position)}</span>
                <span className="min-w-0 flex-1 basis-40 break-words">
                  {slot ? (
                    <>
                      <a href={`/admin/articles/${slot.articleId}`} className="text-brand hover:underline">
                        {slot.title}
                      </a>
                      {slot.readable ? null : (
                        <span className="ml-2 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-semibold text-amber-900">{t('notShown')}</span>
                      )}
                    </>
                  ) : (
                    <span className="text-neutral-700">
                      {t('automatic')}
                      {auto ? (
                        <>
                          {': '}
                          <a href={articlePath(edition, auto.id, auto.slug)} className="text-neutral-800 hover:underline">
                            {auto.title}
                          </a>
                        </>
                      ) : null}
                    </span>
                  )}
                </span>
                {slot ? (
                  <span className="flex shrink-0 flex-wrap gap-1">
                    {position > 1 ? (
                      <form action={moveAction}>
                        {hidden}
                        <input type="hidden" name="position" value={position} />
                        <input type="hidden" name="direction" value="up" />
                        <button type="submit" className="admin-button-secondary px-2 py-1 text-sm" aria-label={t('upLabel', { title: slot.title })}>
                          ↑ {t('up')}
                        </button>
                      </form>
                    ) : null}
                    {position > 0 && position < TOP_STORY_SLOTS ? (
                      <form action={moveAction}>
                        {hidden}
                        <input type="hidden" name="position" value={position} />
                        <input type="hidden" name="direction" value="down" />
                        <button type="submit" className="admin-button-secondary px-2 py-1 text-sm" aria-label={t('downLabel', { title: slot.title })}>
                          ↓ {t('down')}
                        </button>
                      </form>
                    ) : null}
                    <form action={unpinAction}>
                      {hidden}
                      <input type="hidden" name="position" value={position} />
                      <button type="submit" className="admin-button-secondary px-2 py-1 text-sm" aria-label={t('removeLabel', { title: slot.title })}>
                        {t('remove')}
                      </button>
                    </form>
                  </span>
                ) : null}
              </li>
            );
          })}
        </ol>

        <form action={pinAction} className="mt-4 flex flex-wrap items-end gap-3 border-t border-neutral-200 pt-4">
          {hidden}
          <div className="min-w-0 flex-1 basis-64">
            <label htmlFor="pin-article" className="block text-sm font-semibold">
              {t('article')}
            </label>
            <select id="pin-article" name="articleId" className="admin-input" required>
              {candidates.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.title}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="pin-position" className="block text-sm font-semibold">
              {t('position')}
            </label>
            <select id="pin-position" name="position" className="admin-input">
              {POSITIONS.map((position) => (
                <option key={position} value={position}>
                  {slotName(position)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="admin-button">
            {t('pin')}
          </button>
        </form>
        <p className="mt-2 text-xs text-neutral-600">{t('candidatesHint', { count: candidates.length })}</p>
      </section>

      <section aria-labelledby="front-banner" className="mt-6 rounded-lg border border-neutral-200 bg-white p-4">
        <h2 id="front-banner" className="text-xl font-bold">
          {t('banner.title')}
        </h2>
        <p className="mt-1 text-sm text-neutral-600">{t('banner.intro')}</p>
        {banner ? (
          <div className="mt-3 flex flex-wrap items-center gap-3 rounded-md bg-neutral-100 px-3 py-2 text-sm">
            <span className="font-semibold">{bannerLive ? t('banner.live') : t('banner.expired')}</span>
            <span className="min-w-0 flex-1">
              {banner.text}
              {banner.expiresAt ? (
                <span className="block text-neutral-700">
                  {t('banner.until')} <DateTime date={banner.expiresAt} locale={locale as PathLocale} />
                </span>
              ) : null}
            </span>
            <form action={clearBannerAction}>
              {hidden}
              <button type="submit" className="admin-button-secondary px-3 py-1 text-sm">
                {t('banner.clear')}
              </button>
            </form>
          </div>
        ) : (
          <p className="mt-3 text-sm">{t('banner.none')}</p>
        )}
        <BannerForm
          key={edition}
          action={bannerAction.bind(null, edition)}
          permalink={`/admin/front?edition=${edition}`}
          current={{
            text: bannerLive?.text ?? '',
            url: bannerLive?.url ?? '',
            expiresAt: bannerLive?.expiresAt ? toAlmatyLocalInput(bannerLive.expiresAt) : '',
          }}
          labels={{
            text: t('banner.text'),
            url: t('banner.url'),
            urlHint: t('banner.urlHint'),
            expiresAt: t('banner.expiresAt'),
            expiresHint: t('banner.expiresHint'),
            submit: t('banner.submit'),
          }}
        />
      </section>
    </div>
  );
}

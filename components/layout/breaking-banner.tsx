import { getTranslations } from 'next-intl/server';
import { activeBanner } from '@/db/queries/banner';
import type { PathLocale } from '@/lib/domain';
import { readingView } from '@/lib/reading-view';

/**
 * The edition's breaking-news banner, in the server-rendered page so cached copies carry it:
 * setting or clearing it purges them, and the front server purges again when it expires.
 */
export async function BreakingBanner({ locale }: { locale: PathLocale }) {
  const view = readingView(locale);
  const banner = activeBanner(view.edition);
  if (!banner) return null;
  const t = await getTranslations({ locale, namespace: 'BreakingBanner' });
  // A link into the edition stays in the script view the reader is in (/kk/… → /kk-latn/…).
  const href =
    banner.url && (banner.url === `/${view.edition}` || banner.url.startsWith(`/${view.edition}/`))
      ? `/${locale}${banner.url.slice(view.edition.length + 1)}`
      : banner.url;
  const text = view.text(banner.text);
  return (
    <div role="region" aria-label={t('label')} className="bg-accent text-white">
      <p className="mx-auto flex max-w-6xl flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-2.5 text-base leading-snug">
        <strong className="shrink-0 rounded bg-white px-2 py-0.5 text-sm font-extrabold uppercase tracking-wide text-accent rtl:tracking-normal">
          {t('badge')}
        </strong>
        {href ? (
          <a
            href={href}
            className="min-w-0 flex-1 rounded-sm font-semibold break-words text-white underline decoration-white/70 underline-offset-2 hover:decoration-white focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white"
          >
            {text}
          </a>
        ) : (
          <span className="min-w-0 flex-1 font-semibold break-words">{text}</span>
        )}
      </p>
    </div>
  );
}

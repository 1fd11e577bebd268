import { useTranslations } from 'next-intl';

/** The "LIVE" mark of an open live blog; the dot is decoration, the word is what is read. */
export function LiveBadge({ label, className = '' }: { label: string; className?: string }) {
  return (
    <span
      className={`inline-flex items-center gap-1.5 rounded bg-accent px-2 py-0.5 text-xs font-bold uppercase tracking-wide text-white rtl:tracking-normal ${className}`}
    >
      <span aria-hidden="true" className="inline-block size-2 rounded-full bg-white motion-safe:animate-pulse" />
      {label}
    </span>
  );
}

/** The badge on an open live blog's card; rendered only for those, so other cards load no messages. */
export function LiveTeaserBadge() {
  const t = useTranslations('LiveBlog');
  return <LiveBadge label={t('badge')} />;
}

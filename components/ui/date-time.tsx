import { formatArticleDate, formatShortDate, toAlmatyIso } from '@/lib/format';
import type { PathLocale } from '@/lib/domain';

export function DateTime({ date, locale, withTime = true, className }: { date: Date; locale: PathLocale; withTime?: boolean; className?: string }) {
  return (
    <time dateTime={toAlmatyIso(date)} className={className}>
      {withTime ? formatArticleDate(date, locale) : formatShortDate(date, locale)}
    </time>
  );
}

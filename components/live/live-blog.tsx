import { getTranslations } from 'next-intl/server';
import type { PathLocale } from '@/lib/domain';
import { htmlToText } from '@/lib/live/html-text';
import { LIVE_POLL_MS, livePollPath } from '@/lib/live/entry-data';
import { presentLiveEntry } from '@/lib/live/present';
import { KeyEvents } from './key-events';
import { LiveEntry } from './live-entry';
import { LazyLiveUpdates } from './live-updates-lazy';

type Entry = Parameters<typeof presentLiveEntry>[0];

/** A live blog under its lead: the key events, then the entries newest first (and, while open, those that arrive). */
export async function LiveBlog({
  articleId,
  articleUrl,
  locale,
  open,
  entries,
}: {
  articleId: number;
  articleUrl: string;
  locale: PathLocale;
  open: boolean;
  entries: readonly Entry[];
}) {
  const t = await getTranslations({ locale, namespace: 'LiveBlog' });
  const shown = entries.map((entry) => presentLiveEntry(entry, locale));
  const keyEvents = entries
    .filter((entry) => entry.keyEvent)
    .map((entry, i) => {
      const at = shown.find((s) => s.id === entry.id)!;
      return { id: entry.id, iso: at.iso, time: at.time, title: entry.headline || shorten(htmlToText(entry.bodyHtml), 120) || `#${i + 1}` };
    });
  const labels = { keyEvent: t('keyEvent'), edited: t('edited'), share: t('share') };
  return (
    <section aria-labelledby="live-entries-title" className="mt-8 space-y-8">
      <KeyEvents events={keyEvents} title={t('keyEvents')} />
      <div>
        <h2 id="live-entries-title" className="text-2xl font-bold">
          {t('entries')}
        </h2>
        {open ? null : (
          <p role="note" className="mt-3 rounded-md border border-neutral-300 bg-neutral-50 px-4 py-2 text-neutral-800">
            {t('ended')}
          </p>
        )}
      </div>
      {open ? (
        <LazyLiveUpdates
          endpoint={livePollPath(articleId, locale)}
          latestId={Math.max(0, ...entries.map((e) => e.id))}
          intervalMs={LIVE_POLL_MS}
          articleUrl={articleUrl}
          labels={{ ...labels, announce: t('announce', { count: '{count}' }) }}
        />
      ) : null}
      {shown.length > 0 ? (
        <div className="space-y-8">
          {shown.map((entry) => (
            <LiveEntry key={entry.id} entry={entry} labels={labels} articleUrl={articleUrl} />
          ))}
        </div>
      ) : (
        <p className="text-neutral-700">{t('empty')}</p>
      )}
    </section>
  );
}

function shorten(text: string, max: number): string {
  const chars = [...text];
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : text;
}

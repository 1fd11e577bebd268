'use client';

import { useEffect, useRef, useState } from 'react';
import { entryAnchor, type LiveEntryData, type LivePollAnswer } from '@/lib/live/entry-data';
import { LiveEntry, type LiveEntryLabels } from './live-entry';

type Props = {
  /** The poll endpoint with its locale, e.g. /api/live/12?locale=kk; `&after=` is added here. */
  endpoint: string;
  /** The newest entry the page was rendered with (0 for none). */
  latestId: number;
  intervalMs: number;
  articleUrl: string;
  labels: LiveEntryLabels & { announce: string };
};

/**
 * Asks for entries newer than the newest shown, every `intervalMs` while the tab is visible
 * (and at once when it comes back), and shows them above the page's own. The page itself stays
 * the same for every reader; without JavaScript a reload shows the new entries. The interval can
 * be shortened through the container's data-poll-ms (read at each scheduling; tests use it).
 */
export function LiveUpdates({ endpoint, latestId, intervalMs, articleUrl, labels }: Props) {
  const [entries, setEntries] = useState<LiveEntryData[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    let after = latestId;
    let last = Date.now();
    let timer: number | undefined;
    let busy = false;
    let stopped = false;
    const interval = () => Number(box.current?.dataset.pollMs) || intervalMs;

    const schedule = () => {
      window.clearTimeout(timer);
      if (stopped || document.hidden) return;
      timer = window.setTimeout(poll, Math.max(0, last + interval() - Date.now()));
    };

    async function poll() {
      if (busy || stopped) return;
      busy = true;
      last = Date.now();
      try {
        const response = await fetch(`${endpoint}&after=${after}`, { headers: { accept: 'application/json' } });
        if (response.ok) {
          const answer = (await response.json()) as LivePollAnswer;
          // An entry already on the page (a reload raced the poll) is not shown twice.
          const fresh = answer.entries.filter((entry) => entry.id > after && !document.getElementById(entryAnchor(entry.id)));
          if (fresh.length > 0) {
            after = Math.max(after, ...fresh.map((entry) => entry.id));
            setEntries((shown) => [...fresh, ...shown]);
            setAnnouncement(labels.announce.replace('{count}', String(fresh.length)));
          }
          stopped = !answer.open;
        }
      } catch {
        // Offline or a blip: the next turn asks again.
      } finally {
        busy = false;
        schedule();
      }
    }

    const onVisibility = () => (document.hidden ? window.clearTimeout(timer) : schedule());
    document.addEventListener('visibilitychange', onVisibility);
    schedule();
    return () => {
      stopped = true;
      window.clearTimeout(timer);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, [endpoint, latestId, intervalMs, labels.announce]);

  return (
    <div ref={box} data-poll-ms={intervalMs} className="live-updates">
      <p role="status" aria-live="polite" className="sr-only">
        {announcement}
      </p>
      {entries.length > 0 ? (
        <div className="space-y-8 pb-8">
          {entries.map((entry) => (
            <LiveEntry key={entry.id} entry={entry} labels={labels} articleUrl={articleUrl} />
          ))}
        </div>
      ) : null}
    </div>
  );
}

import { entryAnchor } from '@/lib/live/entry-data';

export type KeyEventLink = { id: number; iso: string; time: string; title: string };

/** The summary at the top of a live blog: its key events, each a link to its entry below. */
export function KeyEvents({ events, title }: { events: readonly KeyEventLink[]; title: string }) {
  if (events.length === 0) return null;
  return (
    <nav aria-labelledby="key-events-title" className="rounded-lg border border-neutral-200 bg-neutral-50 p-4">
      <h2 id="key-events-title" className="text-lg font-bold">
        {title}
      </h2>
      <ol className="mt-2 space-y-3">
        {events.map((event) => (
          <li key={event.id} className="leading-snug">
            {/* Time above the title: inline, a long title wrapped under the date at 375 px. */}
            <time dateTime={event.iso} className="block text-sm text-neutral-600">
              {event.time}
            </time>
            <a href={`#${entryAnchor(event.id)}`} className="font-semibold text-brand hover:underline">
              {event.title}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}

import { entryAnchor, type LiveEntryData } from '@/lib/live/entry-data';

export type LiveEntryLabels = { keyEvent: string; edited: string; share: string };

// No 'use client' and no server-only imports: the page renders entries with this on the server,
// and the reader's LiveUpdates renders the ones that arrive later with the very same markup.
export function LiveEntry({ entry, labels, articleUrl }: { entry: LiveEntryData; labels: LiveEntryLabels; articleUrl: string }) {
  const anchor = entryAnchor(entry.id);
  const image = entry.image;
  return (
    <article
      id={anchor}
      aria-labelledby={`${anchor}-time`}
      className={`live-entry scroll-mt-4 border-s-4 py-1 ps-4 ${entry.keyEvent ? 'border-accent' : 'border-neutral-200'}`}
    >
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
        <time id={`${anchor}-time`} dateTime={entry.iso} className="font-bold text-neutral-900">
          {entry.time}
        </time>
        {entry.keyEvent ? <span className="rounded bg-accent px-1.5 py-0.5 text-xs font-bold uppercase text-white">{labels.keyEvent}</span> : null}
        {entry.edited ? <span className="text-neutral-600 italic">{labels.edited}</span> : null}
      </p>
      {entry.headline ? <h3 className="mt-1 text-xl font-bold leading-snug text-neutral-950">{entry.headline}</h3> : null}
      {/* bodyHtml was sanitized when the entry was saved. */}
      <div className="article-body mt-2" dangerouslySetInnerHTML={{ __html: entry.bodyHtml }} />
      {image ? (
        <figure className="mt-3">
          <picture>
            {image.webpSrcSet ? <source type="image/webp" srcSet={image.webpSrcSet} sizes="(min-width: 768px) 720px, 100vw" /> : null}
            <img
              src={image.src}
              srcSet={image.srcSet}
              sizes="(min-width: 768px) 720px, 100vw"
              alt={image.alt}
              width={image.width}
              height={image.height}
              loading="lazy"
              decoding="async"
              className="h-auto w-full rounded-lg bg-neutral-200"
            />
          </picture>
        </figure>
      ) : null}
      <p className="mt-2 text-sm">
        <a href={`${articleUrl}#${anchor}`} className="font-semibold text-brand hover:underline">
          {labels.share}
        </a>
      </p>
    </article>
  );
}

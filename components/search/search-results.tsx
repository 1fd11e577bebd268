import { DateTime } from '@/components/ui/date-time';
import type { SearchHit } from '@/db/queries/search';
import type { Shown } from '@/lib/reading-view';
import { snippetToHtml } from '@/lib/search/snippet';
import { articlePath, categoryPath } from '@/lib/urls';

export function SearchResults({ items }: { items: Shown<SearchHit>[] }) {
  return (
    <ol className="mt-6 divide-y divide-neutral-200">
      {items.map((hit) => (
        <li key={hit.id} className="py-5">
          <article>
            <h2 className="text-lg font-bold leading-snug">
              <a href={articlePath(hit.locale, hit.id, hit.slug)} className="hover:text-brand hover:underline">
                {hit.title}
              </a>
            </h2>
            <p className="mt-1 flex flex-wrap items-center gap-x-2 text-sm text-neutral-600">
              {hit.categoryName && hit.categorySlug ? (
                <a href={categoryPath(hit.locale, hit.categorySlug)} className="font-semibold text-brand hover:underline">
                  {hit.categoryName}
                </a>
              ) : null}
              <DateTime date={hit.publishedAt} locale={hit.locale} />
            </p>
            {hit.snippet ? (
              // snippetToHtml escapes all article text; only its own <mark> tags are markup.
              <p
                className="mt-2 text-neutral-800 [&_mark]:rounded-sm [&_mark]:bg-amber-200 [&_mark]:px-0.5 [&_mark]:text-neutral-900"
                dangerouslySetInnerHTML={{ __html: snippetToHtml(hit.snippet) }}
              />
            ) : null}
          </article>
        </li>
      ))}
    </ol>
  );
}

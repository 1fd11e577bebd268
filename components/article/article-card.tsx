import type { ArticleTeaser } from '@/db/queries/articles';
import { DateTime } from '@/components/ui/date-time';
import { LiveTeaserBadge } from '@/components/live/live-badge';
import type { Shown } from '@/lib/reading-view';
import { articlePath, categoryPath } from '@/lib/urls';
import { Thumbnail } from './thumbnail';

type Variant = 'lead' | 'card' | 'compact';

export function ArticleCard({
  article,
  variant = 'card',
  headingLevel = 3,
  showCategory = true,
}: {
  article: Shown<ArticleTeaser>;
  variant?: Variant;
  headingLevel?: 2 | 3;
  showCategory?: boolean;
}) {
  const href = articlePath(article.locale, article.id, article.slug);
  const Heading = `h${headingLevel}` as 'h2' | 'h3';
  const meta = (
    <p className="mt-2 flex flex-wrap items-center gap-x-2 text-sm text-neutral-600">
      {article.liveOpen ? <LiveTeaserBadge /> : null}
      {showCategory && article.categoryName && article.categorySlug ? (
        <a href={categoryPath(article.locale, article.categorySlug)} className="font-semibold text-brand hover:underline">
          {article.categoryName}
        </a>
      ) : null}
      <DateTime date={article.publishedAt} locale={article.locale} />
    </p>
  );

  if (variant === 'compact') {
    return (
      <article className="flex gap-3">
        <a href={href} className="w-28 shrink-0" tabIndex={-1} aria-hidden="true">
          <Thumbnail stem={article.thumbnail} alt="" sizes="112px" />
        </a>
        <div className="min-w-0">
          <Heading className="text-base font-semibold leading-snug">
            <a href={href} className="hover:text-brand hover:underline">
              {article.title}
            </a>
          </Heading>
          {meta}
        </div>
      </article>
    );
  }

  const lead = variant === 'lead';
  // No picture: a grey stand-in keeps the grid's headlines level from sm up; alone in the phone
  // column (or as the lead) it is only an empty box, so it goes.
  const picture = article.thumbnail ? 'block' : lead ? 'hidden' : 'hidden sm:block';
  return (
    <article className="group">
      <a href={href} tabIndex={-1} aria-hidden="true" className={`${picture} overflow-hidden rounded-lg`}>
        <Thumbnail
          stem={article.thumbnail}
          alt=""
          eager={lead}
          sizes={lead ? '(min-width: 1024px) 760px, 100vw' : '(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw'}
          className="transition-transform duration-300 group-hover:scale-[1.02]"
        />
      </a>
      {meta}
      <Heading className={lead ? 'mt-1 text-2xl font-bold leading-tight sm:text-3xl' : 'mt-1 text-lg font-bold leading-snug'}>
        <a href={href} className="hover:text-brand hover:underline">
          {article.title}
        </a>
      </Heading>
      {lead || variant === 'card' ? <p className={`mt-2 text-neutral-700 ${lead ? 'text-lg' : 'line-clamp-3'}`}>{article.lead}</p> : null}
    </article>
  );
}

import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { searchPath } from '@/lib/search/url';

type Props = { locale: string; label: string; submit: string; className?: string };

// A plain GET form: works without JavaScript and keeps every page the same for every reader.
export function HeaderSearch({ locale, label, submit, className = '' }: Props) {
  return (
    <form role="search" action={searchPath(locale, '')} method="get" aria-label={label} className={`flex min-w-0 ${className}`}>
      <label htmlFor="site-search-q" className="sr-only">
        {label}
      </label>
      <input
        id="site-search-q"
        name="q"
        type="search"
        maxLength={MAX_QUERY_LENGTH}
        placeholder={label}
        enterKeyHint="search"
        dir="auto"
        className="min-w-0 flex-1 rounded-s-md border border-white/60 bg-white px-3 py-1.5 text-base text-neutral-900 placeholder:text-neutral-600 focus:ring-2 focus:ring-white focus:outline-none"
      />
      <button
        type="submit"
        className="shrink-0 rounded-e-md border border-s-0 border-white/60 bg-brand px-3 py-1.5 text-sm font-semibold text-white hover:bg-white hover:text-brand-dark focus:ring-2 focus:ring-white focus:outline-none"
      >
        {submit}
      </button>
    </form>
  );
}

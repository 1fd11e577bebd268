import { MAX_QUERY_LENGTH } from '@/lib/search/query';
import { searchPath } from '@/lib/search/url';

type Props = { locale: string; query: string; label: string; submit: string };

export function SearchForm({ locale, query, label, submit }: Props) {
  return (
    <form action={searchPath(locale, '')} method="get" className="mt-4 flex flex-wrap items-end gap-3">
      <div className="min-w-0 flex-1 basis-48">
        <label htmlFor="search-page-q" className="block text-sm font-semibold text-neutral-700">
          {label}
        </label>
        <input
          id="search-page-q"
          name="q"
          type="search"
          defaultValue={query}
          maxLength={MAX_QUERY_LENGTH}
          enterKeyHint="search"
          // A query in another script (Cyrillic typed in töte) reads and aligns its own way.
          dir="auto"
          className="mt-1 block w-full rounded-md border border-neutral-400 bg-white px-3 py-2 text-base focus:border-brand focus:ring-2 focus:ring-brand/40 focus:outline-none"
        />
      </div>
      <button
        type="submit"
        className="rounded-md bg-brand px-5 py-2 font-semibold text-white hover:bg-brand-dark focus:ring-2 focus:ring-brand/50 focus:ring-offset-2 focus:outline-none"
      >
        {submit}
      </button>
    </form>
  );
}

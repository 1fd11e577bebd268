'use client';

import { useEffect } from 'react';
import { useErrorLabels } from '@/components/layout/error-labels';

// Readers get a localized message; the detail stays in the server log (and the console here).
export default function ErrorPage({ error, retry }: { error: unknown; retry?: () => void }) {
  const labels = useErrorLabels();
  useEffect(() => console.error(error), [error]);
  if (!labels) return null; // only rendered inside the edition layout, which provides them
  return (
    <div className="mx-auto max-w-3xl px-4 py-20 text-center">
      <h1 className="text-3xl font-extrabold">{labels.title}</h1>
      <p className="mt-3 text-neutral-700">{labels.description}</p>
      <div className="mt-8 flex justify-center gap-3">
        {retry ? (
          <button
            type="button"
            onClick={() => retry()}
            className="rounded-md border border-brand px-5 py-2.5 font-semibold text-brand hover:bg-brand hover:text-white"
          >
            {labels.retry}
          </button>
        ) : null}
        <a href={labels.homeHref} className="rounded-md bg-brand px-5 py-2.5 font-semibold text-white hover:bg-brand-dark">
          {labels.home}
        </a>
      </div>
    </div>
  );
}

'use client';

import { useEffect } from 'react';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';

// The editor's language lives in a server-read cookie; the error boundary shows both.
export default function AdminError({ error, retry }: { error: unknown; retry?: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <div className="mx-auto max-w-xl space-y-3 py-16 text-center">
      <h1 className="text-2xl font-bold">{kk.AdminError.title}</h1>
      <p className="text-neutral-700">{kk.AdminError.description}</p>
      <p lang="ru" className="text-neutral-700">
        {ru.AdminError.title}. {ru.AdminError.description}
      </p>
      {retry ? (
        <button type="button" onClick={() => retry()} className="admin-button">
          {kk.AdminError.retry} · <span lang="ru">{ru.AdminError.retry}</span>
        </button>
      ) : null}
    </div>
  );
}

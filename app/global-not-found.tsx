import type { Metadata } from 'next';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';
import './globals.css';

// For URLs outside every edition (e.g. /api/unknown): both languages, Kazakh first as the default edition.
export const metadata: Metadata = { title: `${kk.NotFound.title} | Qamshy` };

export default function GlobalNotFound() {
  return (
    <html lang="kk">
      <body className="bg-white text-neutral-900">
        <main className="mx-auto max-w-3xl px-4 py-20 text-center">
          <p className="text-6xl font-black text-brand/30">404</p>
          <h1 className="mt-4 text-3xl font-extrabold">{kk.NotFound.title}</h1>
          <p className="mt-3 text-neutral-700">{kk.NotFound.description}</p>
          <p className="mt-6 text-neutral-700" lang="ru">
            {ru.NotFound.title}. {ru.NotFound.description}
          </p>
          <p className="mt-8 flex justify-center gap-3">
            <a href="/kk" className="rounded-md bg-brand px-5 py-2.5 font-semibold text-white">
              {kk.NotFound.home}
            </a>
            <a href="/ru" lang="ru" className="rounded-md border border-brand px-5 py-2.5 font-semibold text-brand">
              {ru.NotFound.home}
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}

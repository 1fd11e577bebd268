'use client';

import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';

// Last resort when the edition layout itself failed: no stack trace, both languages.
export default function GlobalError() {
  return (
    <html lang="kk">
      <body style={{ fontFamily: 'system-ui, sans-serif', textAlign: 'center', padding: '5rem 1rem' }}>
        <h1>{kk.ErrorPage.title}</h1>
        <p>{kk.ErrorPage.description}</p>
        <p lang="ru">
          {ru.ErrorPage.title}. {ru.ErrorPage.description}
        </p>
        <p>
          <a href="/kk">{kk.ErrorPage.home}</a> · <a href="/ru" lang="ru">{ru.ErrorPage.home}</a>
        </p>
      </body>
    </html>
  );
}

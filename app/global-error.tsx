'use client';

// Only the ErrorPage strings of both message files (see i18n/global-error-text.ts): importing the
// message files themselves put ~11 KB gzip into every page's JavaScript.
import text from '@/i18n/global-error-text.json';

const kkText = text.kk;
const ruText = text.ru;

// Last resort when the edition layout itself failed: no stack trace, both languages.
export default function GlobalError() {
  return (
    <html lang="kk">
      <body style={{ fontFamily: 'system-ui, sans-serif', textAlign: 'center', padding: '5rem 1rem' }}>
        <h1>{kkText.title}</h1>
        <p>{kkText.description}</p>
        <p lang="ru">
          {ruText.title}. {ruText.description}
        </p>
        <p>
          <a href="/kk">{kkText.home}</a> ·{' '}
          <a href="/ru" lang="ru">
            {ruText.home}
          </a>
        </p>
      </body>
    </html>
  );
}

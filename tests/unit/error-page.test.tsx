import { renderToStaticMarkup } from 'react-dom/server';
import { NextIntlClientProvider } from 'next-intl';
import { describe, expect, it } from 'vitest';
import ErrorPage from '@/app/[locale]/error';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';

// The reader's error page: localized, with a way home, and never the error's own text.
describe('the localized error page', () => {
  for (const [locale, messages] of [['kk', kk], ['ru', ru]] as const) {
    it(`speaks ${locale} and shows no error detail`, () => {
      const html = renderToStaticMarkup(
        <NextIntlClientProvider locale={locale} timeZone="Asia/Almaty" messages={{ ErrorPage: messages.ErrorPage }}>
          <ErrorPage error={new Error('SQLITE_CORRUPT: secret /var/lib/portal.db')} retry={() => undefined} />
        </NextIntlClientProvider>,
      );
      expect(html).toContain(messages.ErrorPage.title);
      expect(html).toContain(messages.ErrorPage.description);
      expect(html).toContain(`href="/${locale}"`);
      expect(html).toContain(messages.ErrorPage.retry);
      expect(html).not.toContain('SQLITE');
      expect(html).not.toContain('portal.db');
    });
  }
});

import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import ErrorPage from '@/app/[locale]/error';
import { ErrorLabelsProvider } from '@/components/layout/error-labels';
import kk from '@/messages/kk.json';
import ru from '@/messages/ru.json';

// The reader's error page: localized, with a way home, and never the error's own text.
describe('the localized error page', () => {
  for (const [locale, messages] of [
    ['kk', kk],
    ['ru', ru],
  ] as const) {
    it(`speaks ${locale} and shows no error detail`, () => {
      const labels = { ...messages.ErrorPage, homeHref: `/${locale}` };
      const html = renderToStaticMarkup(
        <ErrorLabelsProvider labels={labels}>
          <ErrorPage error={new Error('SQLITE_CORRUPT: secret /var/lib/portal.db')} retry={() => undefined} />
        </ErrorLabelsProvider>,
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

import { headers } from 'next/headers';
import { getTranslations } from 'next-intl/server';
import { HeaderSearch } from '@/components/search/header-search';
import { listCategories } from '@/db/queries/taxonomy';
import { ARABIC, EDITIONS, LATIN, languageTag, readingPrefixes, type PathLocale } from '@/i18n/routing';
import { readingView } from '@/lib/reading-view';
import { READER_PATH_HEADER } from '@/lib/http/reader-path';
import { categoryPath } from '@/lib/urls';
import { LocaleSwitch, type SwitchTarget } from './locale-switch';

export async function SiteHeader({ locale }: { locale: PathLocale }) {
  const view = readingView(locale);
  const t = await getTranslations({ locale, namespace: 'SiteHeader' });
  const tSwitch = await getTranslations({ locale, namespace: 'LocaleSwitch' });
  const categories = listCategories(view.edition).map(view.named);
  const pathname = (await headers()).get(READER_PATH_HEADER) ?? `/${locale}`;
  // The same edition in its other alphabets first (same page), then the other edition.
  const scriptName = (prefix: PathLocale) => tSwitch(prefix === LATIN ? 'latin' : prefix === ARABIC ? 'arabic' : 'cyrillic');
  const targets: SwitchTarget[] = [
    ...readingPrefixes(view.edition)
      .filter((prefix) => prefix !== locale)
      .map((prefix) => ({ prefix, lang: languageTag(prefix), text: scriptName(prefix), samePath: true })),
    ...EDITIONS.filter((edition) => edition !== view.edition).map((edition) => ({
      prefix: edition,
      lang: edition,
      text: tSwitch('switchTo'),
      samePath: false,
    })),
  ];
  return (
    <header className="bg-brand-dark text-white">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:start-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-brand-dark"
      >
        {t('skipToContent')}
      </a>
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-3 px-4 py-3">
        <a href={`/${locale}`} className="me-auto flex items-baseline gap-3">
          <span className="text-3xl font-black tracking-tight">Qamshy</span>
          <span className="hidden text-sm text-white/80 sm:inline">{t('tagline')}</span>
        </a>
        {/* Own row below md so the logo, the switch and a usable input never squeeze each other. */}
        <HeaderSearch locale={locale} label={t('searchLabel')} submit={t('searchSubmit')} className="order-last w-full md:order-none md:w-64" />
        <LocaleSwitch targets={targets} label={tSwitch('label')} pathname={pathname} />
      </div>
      <nav aria-label={t('menu')} className="border-t border-white/15 bg-brand">
        <ul className="mx-auto flex max-w-6xl gap-1 overflow-x-auto px-2 text-sm font-semibold whitespace-nowrap">
          {categories.map((category) => (
            <li key={category.id}>
              <a href={categoryPath(locale, category.slug)} className="block px-3 py-2.5 hover:bg-white/15">
                {category.name}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}

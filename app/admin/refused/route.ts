import { cookies } from 'next/headers';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { ADMIN_LOCALE_COOKIE, EDITIONS } from '@/i18n/routing';
import { escapeXml as escape } from '@/lib/xml';

export const dynamic = 'force-dynamic';

// The proxy rewrites a refused admin section here: a 403 whose page is plain server HTML,
// readable without JavaScript (a page's forbidden() is filled in by the client in Next 16).
export async function GET() {
  const chosen = (await cookies()).get(ADMIN_LOCALE_COOKIE)?.value;
  const locale = hasLocale(EDITIONS, chosen) ? chosen : 'kk';
  const t = await getTranslations({ locale, namespace: 'AdminForbidden' });
  const html = `<!DOCTYPE html>
<html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">
<title>${escape(t('title'))} | Qamshy</title>
<style>body{font-family:system-ui,sans-serif;margin:0;color:#171717;background:#fafafa}header{background:#0b4f61;color:#fff;padding:.75rem 1rem;font-weight:900;font-size:1.25rem}main{max-width:36rem;margin:4rem auto;padding:0 1rem;text-align:center}p.code{font-size:3rem;font-weight:900;color:#b4231d;margin:0}a{display:inline-block;margin-top:1.5rem;background:#0e6e86;color:#fff;padding:.6rem 1.1rem;border-radius:.375rem;font-weight:600;text-decoration:none}</style>
</head><body><header>Qamshy</header><main><p class="code">403</p><h1>${escape(t('title'))}</h1><p>${escape(t('description'))}</p><a href="/admin">${escape(t('back'))}</a></main></body></html>`;
  return new Response(html, { status: 403, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}

import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { DateTime } from '@/components/ui/date-time';
import { listAudit } from '@/db/queries/audit';
import { requirePermission } from '@/app/admin/_auth/guard';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('AdminAudit'))('title') };
}

export default async function AuditPage() {
  await requirePermission('audit.view', '/admin/audit');
  const t = await getTranslations('AdminAudit');
  const entries = listAudit(200);
  return (
    <div>
      <h1 className="text-2xl font-bold">{t('title')}</h1>
      <p className="mt-1 text-sm text-neutral-600">{t('intro')}</p>
      <div className="mt-4 overflow-x-auto rounded-lg border border-neutral-200 bg-white">
        <table className="w-full text-left text-sm">
          <thead className="bg-neutral-100">
            <tr>
              <th className="px-3 py-2">{t('when')}</th>
              <th className="px-3 py-2">{t('who')}</th>
              <th className="px-3 py-2">{t('what')}</th>
              <th className="px-3 py-2">{t('target')}</th>
              <th className="px-3 py-2">{t('detail')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr key={e.id} className="border-t border-neutral-200 align-top">
                <td className="px-3 py-2 whitespace-nowrap">
                  <DateTime date={e.at} locale="kk" />
                </td>
                <td className="px-3 py-2">{e.userName ?? '—'}</td>
                <td className="px-3 py-2 font-mono text-xs">{e.action}</td>
                <td className="px-3 py-2 whitespace-nowrap">
                  {e.entity === 'article' && e.entityId ? (
                    <a href={`/admin/articles/${e.entityId}`} className="text-brand hover:underline">{`${e.entity} #${e.entityId}`}</a>
                  ) : (
                    `${e.entity}${e.entityId ? ` #${e.entityId}` : ''}`
                  )}
                </td>
                <td className="px-3 py-2 break-all">{e.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

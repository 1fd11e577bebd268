import type { DiffRow } from '@/lib/diff';

type Labels = { heading: string; added: string; removed: string; skipped: (count: number) => string; noChanges: string };

const SIGN = { same: ' ', added: '+', removed: '−' } as const;
const ROW = { same: 'text-neutral-700', added: 'bg-green-50 text-green-950', removed: 'bg-red-50 text-red-950' } as const;

/** One field's line diff; <ins>/<del> carry the meaning, colour and sign only repeat it. */
export function LineDiff({ rows, labels, changed }: { rows: DiffRow[]; labels: Labels; changed: boolean }) {
  return (
    <section className="mt-6">
      <h2 className="text-lg font-bold">{labels.heading}</h2>
      {changed ? (
        <div className="mt-2 overflow-x-auto rounded-lg border border-neutral-200 bg-white font-mono text-sm">
          {rows.map((row, index) => {
            if (row.kind === 'skip') {
              return (
                <p key={index} className="border-y border-dashed border-neutral-200 bg-neutral-50 px-3 py-1 text-xs text-neutral-600">
                  {labels.skipped(row.count)}
                </p>
              );
            }
            const text = row.text === '' ? '\u00a0' : row.text;
            const Tag = row.kind === 'added' ? 'ins' : row.kind === 'removed' ? 'del' : 'span';
            return (
              <div key={index} className={`flex gap-2 px-3 py-0.5 ${ROW[row.kind]}`}>
                <span aria-hidden="true" className="w-3 shrink-0 select-none font-bold">
                  {SIGN[row.kind]}
                </span>
                <Tag className="whitespace-pre-wrap break-words no-underline" title={row.kind === 'same' ? undefined : labels[row.kind]}>
                  {row.kind === 'same' ? null : <span className="sr-only">{labels[row.kind]}: </span>}
                  {text}
                </Tag>
              </div>
            );
          })}
        </div>
      ) : (
        <p className="mt-2 text-sm text-neutral-600">{labels.noChanges}</p>
      )}
    </section>
  );
}

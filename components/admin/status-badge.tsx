const COLORS: Record<string, string> = {
  draft: 'bg-neutral-200 text-neutral-800',
  submitted: 'bg-amber-100 text-amber-900',
  scheduled: 'bg-sky-100 text-sky-900',
  published: 'bg-green-100 text-green-900',
};

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`inline-block rounded-full px-2 py-0.5 text-xs font-semibold ${COLORS[status] ?? ''}`}>{label}</span>;
}

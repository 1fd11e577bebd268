import type { ActionState } from '@/lib/validation/action-state';

/** A form action's outcome above the form: an alert for a refusal, a status for a success. */
export function ActionNotice({ state, className = '' }: { state: ActionState; className?: string }) {
  if (state.status === 'idle') return null;
  const tone = state.status === 'error' ? 'border-accent/40 bg-red-50 text-accent' : 'border-green-700/40 bg-green-50 text-green-900';
  return (
    <p role={state.status === 'error' ? 'alert' : 'status'} className={`${className} rounded-md border px-3 py-2 text-sm ${tone}`.trim()}>
      {state.message}
    </p>
  );
}

'use client';

import { useActionState } from 'react';
import { ROLES_LEAST_FIRST, type Role } from '@/lib/domain';
import { IDLE, isFor, type ActionState } from '@/lib/validation/action-state';

type Props = {
  update: (state: ActionState, form: FormData) => Promise<ActionState>;
  reset: (state: ActionState) => Promise<ActionState>;
  user: { id: number; role: string; active: boolean; name: string };
  labels: Record<'role' | 'active' | 'save' | 'reset' | Role, string>;
};

/** One user's role and status, and a password reset that shows the new password once. */
export function UserRowForm({ update, reset, user, labels }: Props) {
  const [updated, updateAction, updating] = useActionState(update, IDLE, '/admin/users');
  const [wasReset, resetAction, resetting] = useActionState(reset, IDLE, '/admin/users');
  const formId = `user-${user.id}`;
  const notice = (state: ActionState) =>
    !isFor(state, formId) || state.status === 'idle' ? null : (
      <p role={state.status === 'error' ? 'alert' : 'status'} className={`basis-full text-sm ${state.status === 'error' ? 'text-accent' : 'text-green-900'}`}>
        {state.message}
      </p>
    );
  return (
    <div className="flex flex-wrap items-center gap-2">
      <form action={updateAction} className="flex flex-wrap items-center gap-2">
        <input type="hidden" name="_form" value={formId} />
        {notice(updated)}
        <label className="sr-only" htmlFor={`role-${user.id}`}>{`${labels.role}: ${user.name}`}</label>
        <select id={`role-${user.id}`} name="role" defaultValue={user.role} className="rounded-md border border-neutral-400 bg-white px-2 py-1 text-sm">
          {ROLES_LEAST_FIRST.map((role) => (
            <option key={role} value={role}>
              {labels[role]}
            </option>
          ))}
        </select>
        <label className="flex items-center gap-1 text-sm">
          <input type="checkbox" name="active" defaultChecked={user.active} /> {labels.active}
        </label>
        <button type="submit" disabled={updating} className="admin-button-secondary px-3 py-1 text-sm">
          {labels.save}
        </button>
      </form>
      <form action={resetAction}>
        <input type="hidden" name="_form" value={formId} />
        {notice(wasReset)}
        <button type="submit" disabled={resetting} className="admin-button-secondary px-3 py-1 text-sm">
          {labels.reset}
        </button>
      </form>
    </div>
  );
}

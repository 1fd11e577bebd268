'use client';

import { useActionState } from 'react';
import { IDLE, type ActionState } from '@/lib/validation/action-state';
import { ActionNotice } from './action-notice';

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  labels: Record<'current' | 'next' | 'confirm' | 'hint' | 'submit', string>;
};

export function PasswordForm({ action, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE, '/admin/account');
  const errors = state.status === 'error' ? state.errors : {};
  const field = (name: 'current' | 'next' | 'confirm', autoComplete: string) => (
    <div>
      <label htmlFor={`password-${name}`} className="block font-semibold">
        {labels[name]}
      </label>
      <input
        id={`password-${name}`}
        name={name}
        type="password"
        autoComplete={autoComplete}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={errors[name] ? `password-${name}-error` : undefined}
        className="admin-input"
      />
      {errors[name] ? (
        <p id={`password-${name}-error`} className="mt-1 text-sm text-accent">
          {errors[name]}
        </p>
      ) : null}
    </div>
  );
  return (
    <form action={formAction} className="max-w-md space-y-3" noValidate>
      <ActionNotice state={state} />
      {field('current', 'current-password')}
      {field('next', 'new-password')}
      {field('confirm', 'new-password')}
      <p className="text-xs text-neutral-600">{labels.hint}</p>
      <button type="submit" disabled={pending} className="admin-button">
        {labels.submit}
      </button>
    </form>
  );
}

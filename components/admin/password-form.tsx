'use client';

import { useActionState } from 'react';
import { IDLE, type ActionState } from '@/lib/validation/action-state';

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
      {state.status !== 'idle' ? (
        <p
          role={state.status === 'error' ? 'alert' : 'status'}
          className={`rounded-md border px-3 py-2 text-sm ${state.status === 'error' ? 'border-accent/40 bg-red-50 text-accent' : 'border-green-700/40 bg-green-50 text-green-900'}`}
        >
          {state.message}
        </p>
      ) : null}
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

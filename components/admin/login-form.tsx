'use client';

import { useActionState } from 'react';
import { IDLE, type ActionState } from '@/lib/validation/action-state';

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  next: string;
  labels: { email: string; password: string; submit: string };
};

export function LoginForm({ action, next, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE, '/admin/login');
  return (
    <form action={formAction} className="mt-6 space-y-4">
      <input type="hidden" name="next" value={next} />
      {state.status === 'error' ? (
        <p role="alert" className="rounded-md border border-accent/40 bg-red-50 px-4 py-3 text-accent">
          {state.message}
        </p>
      ) : null}
      <div>
        <label htmlFor="login-email" className="block font-semibold">
          {labels.email}
        </label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.status === 'error' ? state.values.email : ''}
          className="admin-input"
        />
      </div>
      <div>
        <label htmlFor="login-password" className="block font-semibold">
          {labels.password}
        </label>
        <input id="login-password" name="password" type="password" autoComplete="current-password" required className="admin-input" />
      </div>
      <button type="submit" disabled={pending} className="admin-button w-full">
        {labels.submit}
      </button>
    </form>
  );
}

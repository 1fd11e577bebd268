'use client';

import { useActionState } from 'react';
import { ROLES_LEAST_FIRST, type Role } from '@/lib/domain';
import { IDLE, type ActionState } from '@/lib/validation/action-state';
import { ActionNotice } from './action-notice';

type Props = {
  action: (state: ActionState, form: FormData) => Promise<ActionState>;
  labels: Record<'email' | 'name' | 'role' | 'password' | 'passwordHint' | 'submit' | Role, string>;
};

export function NewUserForm({ action, labels }: Props) {
  const [state, formAction, pending] = useActionState(action, IDLE, '/admin/users');
  const values = state.status === 'error' ? state.values : {};
  const errors = state.status === 'error' ? state.errors : {};
  const field = (name: string) => ({
    id: `user-${name}`,
    name,
    defaultValue: values[name] ?? '',
    'aria-invalid': errors[name] ? true : undefined,
    'aria-describedby': errors[name] ? `user-${name}-error` : undefined,
  });
  const error = (name: string) =>
    errors[name] ? (
      <p id={`user-${name}-error`} className="mt-1 text-sm text-accent">
        {errors[name]}
      </p>
    ) : null;
  return (
    <form key={state.status === 'error' ? state.attempt : state.status} action={formAction} className="grid gap-3 sm:grid-cols-2" noValidate>
      <ActionNotice state={state} className="sm:col-span-2" />
      <div>
        <label htmlFor="user-email" className="block font-semibold">
          {labels.email}
        </label>
        <input type="email" autoComplete="off" {...field('email')} className="admin-input" />
        {error('email')}
      </div>
      <div>
        <label htmlFor="user-name" className="block font-semibold">
          {labels.name}
        </label>
        <input type="text" {...field('name')} className="admin-input" />
        {error('name')}
      </div>
      <div>
        <label htmlFor="user-role" className="block font-semibold">
          {labels.role}
        </label>
        <select {...field('role')} defaultValue={values.role ?? 'author'} className="admin-input">
          {ROLES_LEAST_FIRST.map((role) => (
            <option key={role} value={role}>
              {labels[role]}
            </option>
          ))}
        </select>
        {error('role')}
      </div>
      <div>
        <label htmlFor="user-password" className="block font-semibold">
          {labels.password}
        </label>
        <input type="password" autoComplete="new-password" {...field('password')} className="admin-input" />
        <p className="mt-1 text-xs text-neutral-600">{labels.passwordHint}</p>
        {error('password')}
      </div>
      <div className="sm:col-span-2">
        <button type="submit" disabled={pending} className="admin-button">
          {labels.submit}
        </button>
      </div>
    </form>
  );
}

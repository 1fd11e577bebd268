import type { z } from 'zod';

/** What a small admin form's action returns: a message, field errors, and the typed values back. */
export type FormState =
  | { status: 'idle' }
  | { status: 'ok'; message: string }
  | { status: 'error'; message: string; errors?: Record<string, string>; values?: Record<string, string> };

export function firstErrors(error: z.ZodError, translate: (key: string) => string): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? '');
    if (field && !errors[field]) errors[field] = translate(issue.message);
  }
  return errors;
}

import { z } from 'zod';
import { PASSWORD_MAX, PASSWORD_MIN } from '@/lib/auth/password-policy';
import { roleEnum } from '@/lib/domain';

// Messages are i18n keys of the AdminUsers namespace.
const password = z.string().min(PASSWORD_MIN, { error: 'passwordTooShort' }).max(PASSWORD_MAX, { error: 'passwordTooLong' });

export const newUserInput = z.object({
  email: z
    .string()
    .trim()
    .toLowerCase()
    .pipe(z.email({ error: 'emailInvalid' })),
  name: z.string().trim().min(2, { error: 'nameTooShort' }).max(80, { error: 'nameTooLong' }),
  role: roleEnum('roleInvalid'),
  password: z.union([z.literal(''), password]),
});

export const userUpdateInput = z.object({
  role: roleEnum('roleInvalid'),
  active: z.preprocess((v) => v === 'on' || v === 'true', z.boolean()),
});

export const passwordChangeInput = z
  .object({ current: z.string().min(1, { error: 'currentRequired' }).max(PASSWORD_MAX), next: password, confirm: z.string() })
  .refine((v) => v.next === v.confirm, { path: ['confirm'], error: 'passwordMismatch' });

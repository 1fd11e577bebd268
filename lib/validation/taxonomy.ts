import { z } from 'zod';
import { editionEnum } from '@/lib/domain';

// Messages are i18n keys of the AdminTaxonomy namespace.
const slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(1, { error: 'slugRequired' })
  .max(80, { error: 'tooLong' })
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: 'slugInvalid' });

export const categoryInput = z.object({
  locale: editionEnum('invalid'),
  name: z.string().trim().min(2, { error: 'nameTooShort' }).max(60, { error: 'tooLong' }),
  slug,
  position: z.coerce
    .number({ error: 'positionInvalid' })
    .int({ error: 'positionInvalid' })
    .min(0, { error: 'positionInvalid' })
    .max(999, { error: 'positionInvalid' }),
});

export const tagRenameInput = z.object({
  name: z.string().trim().min(1, { error: 'nameTooShort' }).max(60, { error: 'tooLong' }),
  slug,
});

import { z } from 'zod';
import { isId } from '@/lib/domain';

// Messages are i18n keys of the AdminArticleForm namespace, like lib/validation/article.ts.

/** The editor's pairing: a typed number (optionally "#123") wins over the list; both empty unpairs. */
export const translationInput = z
  .object({
    translationId: z.string().trim().refine((v) => v === '' || isId(v), { error: 'invalid' }),
    translationRef: z
      .string()
      .trim()
      .transform((v) => v.replace(/^#/, ''))
      .refine((v) => v === '' || isId(v), { error: 'translationRefInvalid' }),
  })
  .transform(({ translationId, translationRef }) => {
    const chosen = translationRef || translationId;
    return chosen ? Number(chosen) : null;
  });

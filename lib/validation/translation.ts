import { z } from 'zod';
import { isId } from '@/lib/domain';

// Messages are i18n keys of the AdminArticleForm namespace, like lib/validation/article.ts.

/** The editor's pairing fields: a choice from the list, and a typed number (optionally "#123"). */
export const translationFields = {
  translationId: z
    .string()
    .trim()
    .refine((v) => v === '' || isId(v), { error: 'invalid' }),
  translationRef: z
    .string()
    .trim()
    .transform((v) => v.replace(/^#/, ''))
    .refine((v) => v === '' || isId(v), { error: 'translationRefInvalid' }),
};

/** The typed number wins over the list; both empty unpairs. */
export function chosenPartner({ translationId, translationRef }: { translationId: string; translationRef: string }): number | null {
  const chosen = translationRef || translationId;
  return chosen ? Number(chosen) : null;
}

export const translationInput = z.object(translationFields).transform(chosenPartner);

import { z } from 'zod';

// Messages are keys of AdminLive.errors (messages/*.json), localized by the action.
export const liveEntrySchema = z.object({
  headline: z.string().trim().max(200, 'headlineLong'),
  body: z.string().trim().min(1, 'bodyRequired').max(20_000, 'bodyLong'),
  imageAlt: z.string().trim().max(300, 'altLong'),
  // An unchecked box is not posted at all.
  keyEvent: z.literal('on').optional().transform(Boolean),
  removeImage: z.literal('on').optional().transform(Boolean),
});

/** The text fields of the entry form, given back as typed after a refusal. */
export const LIVE_ENTRY_TEXT_FIELDS = ['headline', 'body', 'imageAlt', 'keyEvent'] as const;

/** What the live page may be redirected with (?saved=…). */
export const LIVE_OUTCOMES = ['added', 'edited', 'removed', 'closed', 'reopened', 'live', 'standard'] as const;

import type { Edition } from '@/lib/domain';

/**
 * An article as every list names and shows it: reader cards, feeds, the content API, outbox
 * snapshots. The rows come from db/queries/story-columns.ts; each shape adds what only it needs.
 */
export type Story = {
  id: number;
  locale: Edition;
  slug: string;
  title: string;
  lead: string;
  thumbnail: string | null;
  publishedAt: Date;
};

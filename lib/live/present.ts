import 'server-only';
import { hasWebpVariants } from '@/lib/images/exists';
import { formatArticleDate, toAlmatyIso } from '@/lib/format';
import type { PathLocale } from '@/lib/domain';
import { thumbnailPath } from '@/lib/urls';
import type { LiveEntryData } from './entry-data';

/** A live blog entry as the database keeps it (db/queries/live-entries.ts). */
export type StoredLiveEntry = {
  id: number;
  headline: string;
  bodyHtml: string;
  image: string | null;
  imageAlt: string;
  imageWidth: number | null;
  imageHeight: number | null;
  keyEvent: boolean;
  createdAt: Date;
  editedAt: Date | null;
};

// The same three widths as an article's thumbnail (components/article/thumbnail.tsx).
const WIDTHS = [
  ['small', 360],
  ['medium', 768],
  ['large', 1280],
] as const;
const srcSet = (stem: string, ext: 'jpg' | 'webp') =>
  WIDTHS.map(([size, width]) => `${thumbnailPath(stem, size).replace(/\.jpg$/, `.${ext}`)} ${width}w`).join(', ');

/** An entry (already passed through the reading view) as the page and the endpoint show it. */
export function presentLiveEntry(entry: StoredLiveEntry, locale: PathLocale): LiveEntryData {
  return {
    id: entry.id,
    iso: toAlmatyIso(entry.createdAt),
    time: formatArticleDate(entry.createdAt, locale),
    headline: entry.headline,
    bodyHtml: entry.bodyHtml,
    keyEvent: entry.keyEvent,
    edited: entry.editedAt !== null,
    image: entry.image
      ? {
          src: thumbnailPath(entry.image, 'medium'),
          srcSet: srcSet(entry.image, 'jpg'),
          webpSrcSet: hasWebpVariants(entry.image) ? srcSet(entry.image, 'webp') : null,
          width: entry.imageWidth ?? 768,
          height: entry.imageHeight ?? 512,
          alt: entry.imageAlt,
        }
      : null,
  };
}

import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { env } from '@/lib/env';
import { MAX_UPLOAD_BYTES, THUMBNAIL_STEM } from './thumbnail-name';
import { THUMBNAIL_ASPECT, THUMBNAIL_SIZES, writeThumbnailVariants } from './variants';

const ACCEPTED = new Set(['jpeg', 'png', 'webp', 'heif']); // sharp reports AVIF as heif
const MAX_PIXELS = 50_000_000;

export type UploadResult = { ok: true; stem: string; width: number; height: number } | { ok: false; reason: 'tooLarge' | 'notImage' };

// Legacy upload names: Almaty wall-clock time to the millisecond, yyyyMMddHHmmssSSS.
function newStem(uploadsDir: string): string {
  for (let t = Date.now(); ; t++) {
    const stem = new Date(t + 5 * 3600_000).toISOString().replace(/\D/g, '').slice(0, 17);
    if (!fs.existsSync(path.join(uploadsDir, 'thumbnail', `${stem}_small.jpg`))) return stem;
  }
}

/** Checks the file by its content (never its name or declared type) and writes the variants. */
export async function storeThumbnail(file: File): Promise<UploadResult> {
  if (file.size > MAX_UPLOAD_BYTES) return { ok: false, reason: 'tooLarge' };
  const buffer = Buffer.from(await file.arrayBuffer());
  try {
    const meta = await sharp(buffer, { limitInputPixels: MAX_PIXELS }).metadata();
    const avifOrOther = meta.format === 'heif' ? meta.compression === 'av1' : true;
    if (!meta.format || !ACCEPTED.has(meta.format) || !avifOrOther || !meta.width || !meta.height) return { ok: false, reason: 'notImage' };
    const stem = newStem(env.UPLOADS_DIR);
    const size = await writeThumbnailVariants(env.UPLOADS_DIR, stem, buffer);
    return { ok: true, stem, ...size };
  } catch {
    return { ok: false, reason: 'notImage' };
  }
}

/** An earlier upload named by its stem (a failed save's preview, or a pick from the library), if on disk. */
export function existingThumbnail(stem: string): UploadResult | null {
  // The stem was parsed by the caller's schema; checked again because it becomes a file path.
  if (!THUMBNAIL_STEM.test(stem) || !fs.existsSync(path.join(env.UPLOADS_DIR, 'thumbnail', `${stem}_large.jpg`))) return null;
  return { ok: true, stem, width: THUMBNAIL_SIZES.large, height: Math.round(THUMBNAIL_SIZES.large * THUMBNAIL_ASPECT) };
}

import fs from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';

// Legacy sizes: links such as /uploads/thumbnail/20170708195532885_small.jpg must keep working.
export const THUMBNAIL_SIZES = { small: 360, medium: 768, large: 1280 } as const;
export const THUMBNAIL_ASPECT = 2 / 3;

/**
 * Writes {stem}_{small,medium,large}.jpg and .webp under {uploadsDir}/thumbnail, cropped to 3:2.
 * sharp drops EXIF/GPS and other metadata unless asked to keep it; rotate() applies the EXIF
 * orientation first so phone photos stay upright.
 */
export async function writeThumbnailVariants(uploadsDir: string, stem: string, source: Buffer): Promise<{ width: number; height: number }> {
  const dir = path.join(uploadsDir, 'thumbnail');
  await fs.mkdir(dir, { recursive: true });
  const upright = await sharp(source).rotate().toBuffer();
  for (const [size, width] of Object.entries(THUMBNAIL_SIZES)) {
    const resized = sharp(upright).resize({ width, height: Math.round(width * THUMBNAIL_ASPECT), fit: 'cover', position: 'attention' });
    await resized
      .clone()
      .jpeg({ quality: 80, mozjpeg: true })
      .toFile(path.join(dir, `${stem}_${size}.jpg`));
    await resized
      .clone()
      .webp({ quality: 78 })
      .toFile(path.join(dir, `${stem}_${size}.webp`));
  }
  return { width: THUMBNAIL_SIZES.large, height: Math.round(THUMBNAIL_SIZES.large * THUMBNAIL_ASPECT) };
}

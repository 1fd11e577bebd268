import 'server-only';
import fs from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';

const MEDIA_PAGE_SIZE = 24;
const SMALL = /^(\d{17})_small\.jpg$/;

/**
 * Uploaded thumbnails, newest first. The stem is the upload time (yyyyMMddHHmmssSSS), so name
 * order is time order; the folder is read on each visit, which stays cheap for tens of
 * thousands of files and never disagrees with what is on disk.
 */
export async function listLibraryImages(page: number) {
  let names: string[];
  try {
    names = await fs.readdir(path.join(env.UPLOADS_DIR, 'thumbnail'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') names = [];
    else throw error;
  }
  const stems = names
    .map((name) => SMALL.exec(name)?.[1])
    .filter((stem): stem is string => !!stem)
    .sort()
    .reverse();
  const pages = Math.max(1, Math.ceil(stems.length / MEDIA_PAGE_SIZE));
  const items = stems.slice((page - 1) * MEDIA_PAGE_SIZE, page * MEDIA_PAGE_SIZE).map((stem) => ({ stem, uploadedAt: stemWallClock(stem) }));
  return { items, total: stems.length, pages };
}

/** The upload's Almaty wall-clock time as a UTC date: format it with timeZone 'UTC'. */
export function stemWallClock(stem: string): Date {
  const [y, mo, d, h, mi, s, ms] = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})(\d{3})$/.exec(stem)!.slice(1).map(Number);
  return new Date(Date.UTC(y, mo - 1, d, h, mi, s, ms));
}

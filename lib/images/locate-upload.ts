import fs from 'node:fs/promises';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.gif': 'image/gif',
};

// The portal writes names like thumbnail/20170708195532885_small.jpg: anything with control
// characters, separators inside a segment, dot-segments (or dotfiles) or broken UTF-16 was
// crafted, and is answered as a bad request rather than looked up.
const BAD_SEGMENT = /[\u0000-\u001f\u007f/\\]|^\.|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const MAX_SEGMENTS = 8;
const MAX_PATH_LENGTH = 512;

export type UploadLookup = { status: 200; file: string; type: string } | { status: 400 | 404 };

/**
 * Where an `/uploads/...` request points, if it is a regular image file inside `root`.
 * Both sides go through realpath, so a symlink (inside the folder or on the way to it) is judged
 * by where it leads, and one that leads out of `root` is simply not found.
 */
export async function locateUpload(root: string, segments: unknown): Promise<UploadLookup> {
  if (!Array.isArray(segments) || segments.length === 0) return { status: 404 };
  const valid = segments.every((segment) => typeof segment === 'string' && segment.length > 0 && !BAD_SEGMENT.test(segment));
  if (!valid || segments.length > MAX_SEGMENTS || segments.join('/').length > MAX_PATH_LENGTH) return { status: 400 };
  try {
    const realRoot = await fs.realpath(root);
    const file = await fs.realpath(path.join(realRoot, ...(segments as string[])));
    const type = TYPES[path.extname(file).toLowerCase()];
    if (!type || !file.startsWith(realRoot + path.sep)) return { status: 404 };
    // Opening a FIFO or a device could block or never end: only regular files are served.
    if (!(await fs.stat(file)).isFile()) return { status: 404 };
    return { status: 200, file, type };
  } catch {
    return { status: 404 };
  }
}

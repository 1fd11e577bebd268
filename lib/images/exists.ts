import 'server-only';
import fs from 'node:fs';
import path from 'node:path';
import { env } from '@/lib/env';

const known = new Map<string, boolean>();

/** Whether an upload has WebP variants; remembered, since uploads are never rewritten. */
export function hasWebpVariants(stem: string): boolean {
  let found = known.get(stem);
  if (found === undefined) {
    found =
      /^\d{17}$/.test(stem) && ['small', 'medium', 'large'].every((size) => fs.existsSync(path.join(env.UPLOADS_DIR, 'thumbnail', `${stem}_${size}.webp`)));
    if (found || known.size < 10_000) known.set(stem, found);
  }
  return found;
}

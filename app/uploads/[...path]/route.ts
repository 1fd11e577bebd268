import fs from 'node:fs/promises';
import { constants } from 'node:fs';
import { locateUpload } from '@/lib/images/locate-upload';
import { env } from '@/lib/env';

// Uploads live outside the build (UPLOADS_DIR), so they are served here rather than from public/.
export async function GET(_request: Request, { params }: RouteContext<'/uploads/[...path]'>) {
  try {
    const found = await locateUpload(env.UPLOADS_DIR, (await params).path);
    if (found.status !== 200) return refusal(found.status);
    // O_NOFOLLOW, O_NONBLOCK and fstat on the opened handle: a file swapped for a symlink, a FIFO
    // or a folder after the check is still refused, and never blocks.
    const handle = await fs.open(found.file, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
    try {
      if (!(await handle.stat()).isFile()) return refusal(404);
      const data = await handle.readFile();
      return new Response(new Uint8Array(data), {
        headers: {
          'Content-Type': found.type,
          'Content-Length': String(data.length),
          // Upload names are unique per upload and never rewritten.
          'Cache-Control': 'public, max-age=31536000, immutable',
          'X-Content-Type-Options': 'nosniff',
        },
      });
    } finally {
      await handle.close();
    }
  } catch {
    return refusal(404);
  }
}

function refusal(status: 400 | 404) {
  return new Response(status === 400 ? 'Bad request' : 'Not found', {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

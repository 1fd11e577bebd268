import fs from 'node:fs/promises';
import path from 'node:path';
import { env } from '@/lib/env';

const TYPES: Record<string, string> = { '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.png': 'image/png', '.webp': 'image/webp', '.avif': 'image/avif', '.gif': 'image/gif' };

// Uploads live outside the build (UPLOADS_DIR), so they are served here rather than from public/.
export async function GET(_request: Request, { params }: RouteContext<'/uploads/[...path]'>) {
  const segments = (await params).path;
  const root = env.UPLOADS_DIR;
  const file = path.resolve(root, ...segments);
  const type = TYPES[path.extname(file).toLowerCase()];
  if (!type || !file.startsWith(root + path.sep) || segments.some((s) => s.startsWith('.'))) return notFound();
  try {
    const data = await fs.readFile(file);
    return new Response(new Uint8Array(data), {
      headers: {
        'Content-Type': type,
        'Content-Length': String(data.length),
        // Upload names are unique per upload and never rewritten.
        'Cache-Control': 'public, max-age=31536000, immutable',
        'X-Content-Type-Options': 'nosniff',
      },
    });
  } catch {
    return notFound();
  }
}

function notFound() {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}

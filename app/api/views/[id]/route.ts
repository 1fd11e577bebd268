import { recordView } from '@/db/queries/articles';
import { isBotUserAgent } from '@/lib/bot';
import { parseId } from '@/lib/domain';

// 1×1 transparent GIF: the article page loads it as an <img>, so views count with JavaScript off too.
const PIXEL = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export async function GET(request: Request, { params }: RouteContext<'/api/views/[id]'>) {
  const id = parseId((await params).id);
  if (id !== null && !isBotUserAgent(request.headers.get('user-agent'))) {
    try {
      recordView(id);
    } catch (error) {
      console.error('Counting a view failed', error); // a lost view must never break the page
    }
  }
  return new Response(new Uint8Array(PIXEL), {
    headers: { 'Content-Type': 'image/gif', 'Cache-Control': 'no-store, max-age=0', 'X-Robots-Tag': 'noindex' },
  });
}

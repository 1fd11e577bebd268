import { can } from '@/lib/auth/permissions';
import { currentUser } from '@/app/admin/_auth/session';
import { renderMarkdown } from '@/lib/markdown';
import { articleInput } from '@/lib/validation/article';

// A route handler, not a server action: actions are dispatched one at a time, and a preview
// that follows typing must be cancellable. The markdown parser and sanitizer stay on the server.
export async function POST(request: Request) {
  const user = await currentUser();
  if (!user) return Response.json({ error: 'unauthorized' }, { status: 401 });
  if (!can(user, 'article.create')) return Response.json({ error: 'forbidden' }, { status: 403 });
  // The same normalization a save applies, so the preview is byte for byte what readers get.
  const body = articleInput.shape.body.safeParse(await request.text());
  if (!body.success) {
    const empty = body.error.issues.every((issue) => issue.code === 'too_small');
    return empty ? Response.json({ html: '' }) : Response.json({ error: 'tooLong' }, { status: 413 });
  }
  return Response.json({ html: renderMarkdown(body.data) }, { headers: { 'Cache-Control': 'no-store' } });
}

import { getReadableLiveState, listLiveEntries, LIVE_POLL_ENTRIES } from '@/db/queries/live-entries';
import { contentLocale } from '@/i18n/routing';
import { LIVE_POLL_CACHE_CONTROL, parsePollQuery } from '@/lib/live/poll-params';
import type { LivePollAnswer } from '@/lib/live/entry-data';
import { presentLiveEntry } from '@/lib/live/present';
import { readingView } from '@/lib/reading-view';

// The same answer for every reader of the same question, so the front server keeps it
// (server/cache-policy.ts keys it by locale and after).
export async function GET(request: Request, { params }: RouteContext<'/api/live/[id]'>) {
  const { id } = await params;
  const query = parsePollQuery(id, new URL(request.url).searchParams);
  if (!query) return Response.json({ error: 'bad request' }, { status: 400, headers: { 'Cache-Control': 'no-store' } });
  const live = getReadableLiveState(contentLocale(query.prefix), query.articleId);
  if (!live || live.format !== 'live') return Response.json({ error: 'not found' }, { status: 404, headers: { 'Cache-Control': 'no-store' } });
  const view = readingView(query.prefix);
  const entries = listLiveEntries(query.articleId, { after: query.after, limit: LIVE_POLL_ENTRIES }).map((entry) =>
    presentLiveEntry(view.liveEntry(entry), query.prefix),
  );
  const answer: LivePollAnswer = { open: live.liveEndedAt === null, entries };
  return Response.json(answer, { headers: { 'Cache-Control': LIVE_POLL_CACHE_CONTROL, 'X-Content-Type-Options': 'nosniff' } });
}

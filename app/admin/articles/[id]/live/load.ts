import 'server-only';
import { forbidden, notFound } from 'next/navigation';
import { requireUser } from '@/app/admin/_auth/guard';
import { articleExists } from '@/db/queries/admin-articles';
import { getLiveBlogForEdit, getLiveEntryForEdit } from '@/db/queries/live-entries';
import { parseId } from '@/lib/domain';

/**
 * The live blog an editor's page works on: signs in first (back to `path`), then 404 for what does
 * not exist and 403 for an article this editor may not change, as the article editor does.
 */
export async function loadLiveBlog(rawId: string, path: string) {
  const user = await requireUser(path);
  const id = parseId(rawId);
  if (!id) notFound();
  const blog = getLiveBlogForEdit(user, id);
  if (!blog) {
    if (articleExists(id)) forbidden();
    notFound();
  }
  return { user, id, blog };
}

/** One entry of that live blog, for its edit and remove pages. */
export async function loadLiveEntry(rawId: string, rawEntry: string, path: string) {
  const loaded = await loadLiveBlog(rawId, path);
  const entryId = parseId(rawEntry);
  const entry = entryId ? getLiveEntryForEdit(loaded.id, entryId) : null;
  if (!entryId || !entry) notFound();
  return { ...loaded, entryId, entry };
}

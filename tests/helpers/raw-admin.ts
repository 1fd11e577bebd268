import { ACCOUNTS } from './accounts';
import { formsIn, formWith, get, submit, withValues, type Client } from './raw-forms';
import type { RawResponse } from './raw-http';

/** The editors' area over raw sockets: sign in from a chosen loopback address, post admin forms. */
export async function signInRaw(address: string, who: keyof typeof ACCOUNTS, jar: Record<string, string> = {}): Promise<Client & { answer: RawResponse }> {
  const client: Client = { address, jar };
  const page = await get(client, '/admin/login?next=%2Fadmin%2Farticles');
  const form = formWith(page.text, 'password');
  const answer = await submit(client, form.action || '/admin/login', withValues(form, { email: ACCOUNTS[who].email, password: ACCOUNTS[who].password }));
  if (answer.status !== 303 || !client.jar.qamshy_session) throw new Error(`${who} could not sign in from ${address}: ${answer.status}`);
  return { ...client, answer };
}

/** Fields of the admin form in `path` that has `field`, with values replaced, posted. */
export async function postAdminForm(
  client: Client,
  path: string,
  field: string,
  values: Record<string, string | null>,
  pick?: (fields: [string, string][]) => boolean,
): Promise<RawResponse> {
  const page = await get(client, path);
  if (page.status !== 200) throw new Error(`${path} answered ${page.status}`);
  const form = pick ? formsIn(page.text).find((f) => pick(f.fields)) : formWith(page.text, field);
  if (!form) throw new Error(`no matching form in ${path}`);
  return submit(client, form.action || path, withValues(form, values));
}

/** Every comment id a moderator can reach by paging through one status of the queue. */
export async function moderationQueueIds(client: Client, status: 'pending' | 'approved' | 'spam' | 'deleted'): Promise<{ ids: Set<number>; pages: number }> {
  const ids = new Set<number>();
  let upto: string | null = null;
  let pages = 0;
  for (let page = 1; page <= 200; page += 1) {
    const query = new URLSearchParams({ status, page: String(page), ...(upto ? { upto } : {}) });
    const answer = await get(client, `/admin/comments?${query}`);
    if (answer.status !== 200) throw new Error(`moderation page ${page} answered ${answer.status}`);
    // The queue is paged over the list as it was when first opened ("upto"): keep that snapshot.
    upto ??= /name="back" value="[^"]*?upto=(\d+)/.exec(answer.text)?.[1] ?? null;
    const onPage = [...answer.text.matchAll(/name="pageId" value="(\d+)"/g)].map((m) => Number(m[1]));
    const fresh = onPage.filter((id) => !ids.has(id));
    if (fresh.length === 0) break;
    for (const id of fresh) ids.add(id);
    pages = page;
  }
  return { ids, pages };
}

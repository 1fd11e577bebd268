// No imports: the reader's client component renders new entries from this shape too.

/** One live-blog entry as the page and the poll endpoint hand it over: text already in the reading view's script. */
export type LiveEntryData = {
  id: number;
  /** ISO time with the Almaty offset, for <time datetime>. */
  iso: string;
  /** The time as the edition writes it (Asia/Almaty). */
  time: string;
  headline: string;
  bodyHtml: string;
  keyEvent: boolean;
  edited: boolean;
  image: LiveEntryImage | null;
};

type LiveEntryImage = { src: string; srcSet: string; webpSrcSet: string | null; width: number; height: number; alt: string };

/** What the poll endpoint answers: whether the blog is still open, and the entries newer than asked. */
export type LivePollAnswer = { open: boolean; entries: LiveEntryData[] };

export const entryAnchor = (id: number) => `entry-${id}`;

/** How often an open live blog asks for new entries while its tab is visible. */
export const LIVE_POLL_MS = 20_000;

/** The poll endpoint of a live blog as read under a URL prefix; the client adds `&after=`. */
export const livePollPath = (articleId: number, prefix: string) => `/api/live/${articleId}?locale=${prefix}`;

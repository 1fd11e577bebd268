import { SCRIPT_VIEWS, type DeliveryEvent } from '@/lib/domain';
import type { Story } from '@/lib/story';

/** What a delivery says about an article, taken when it is queued. */
export type StorySnapshot = Story;

/** A live blog's key event, for the live blog helper to queue with enqueueKeyEvent. */
export type KeyEventSnapshot = { id: number; text: string; at: Date };

// Telegram's limits: 1024 characters for a photo caption, 4096 for a message. Counted here on
// the HTML we send, which is never shorter than the text Telegram counts after parsing it.
export const CAPTION_LIMIT = 1024;
const MESSAGE_LIMIT = 4096;

const siteBase = (siteUrl: string) => `${siteUrl.replace(/\/+$/, '')}/`;
const storyUrl = (siteUrl: string, story: Pick<StorySnapshot, 'id' | 'locale' | 'slug'>, prefix: string = story.locale) =>
  new URL(`${prefix}/article/${story.id}-${story.slug}`, siteBase(siteUrl)).toString();
const photoUrl = (siteUrl: string, stem: string) => new URL(`uploads/thumbnail/${stem}_large.jpg`, siteBase(siteUrl)).toString();

/** The article in every reading view of its edition (Kazakh articles are also read at /kk-latn and /kk-arab). */
export function storyUrls(siteUrl: string, story: Pick<StorySnapshot, 'id' | 'locale' | 'slug'>): string[] {
  const views = story.locale === 'kk' ? SCRIPT_VIEWS : [];
  return [storyUrl(siteUrl, story), ...views.map((prefix) => storyUrl(siteUrl, story, prefix))];
}

export function escapeTelegramHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Cuts plain text to at most `max` characters (code points), ending with an ellipsis when cut. */
export function clip(text: string, max: number): string {
  const chars = Array.from(text.trim());
  if (chars.length <= max) return chars.join('');
  if (max <= 1) return max === 1 ? '…' : '';
  return `${chars
    .slice(0, max - 1)
    .join('')
    .trimEnd()}…`;
}

/**
 * Title in bold, the lead, the link: the lead is shortened first, then the title, so the post
 * fits the limit with the link whole. Each part is escaped for Telegram's HTML parse mode.
 */
export function telegramText(title: string, lead: string, url: string, limit: number): string {
  const link = `<a href="${escapeTelegramHtml(url)}">${escapeTelegramHtml(url)}</a>`;
  const compose = (t: string, l: string) => [`<b>${escapeTelegramHtml(t)}</b>`, l ? escapeTelegramHtml(l) : '', link].filter(Boolean).join('\n\n');
  const fits = (text: string) => Array.from(text).length <= limit;
  const t = title.trim();
  const l = lead.trim();
  if (fits(compose(t, l))) return compose(t, l);
  // The longest cut that fits (escaping makes some characters count more than one: search).
  const longest = (text: string, build: (cut: string) => string) => {
    let low = 0;
    let high = Array.from(text).length;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (fits(build(clip(text, mid)))) low = mid;
      else high = mid - 1;
    }
    return clip(text, low);
  };
  if (fits(compose(t, '')))
    return compose(
      t,
      longest(l, (cut) => compose(t, cut)),
    );
  return compose(
    longest(t, (cut) => compose(cut, '')),
    '',
  );
}

export type TelegramBody = { chat_id: string; parse_mode: 'HTML' } & ({ photo: string; caption: string } | { text: string });

export function telegramBody(siteUrl: string, chatId: string, story: StorySnapshot, keyEvent?: KeyEventSnapshot): TelegramBody {
  const url = keyEvent ? `${storyUrl(siteUrl, story)}#entry-${keyEvent.id}` : storyUrl(siteUrl, story);
  const lead = keyEvent ? keyEvent.text : story.lead;
  if (story.thumbnail && !keyEvent) {
    return { chat_id: chatId, parse_mode: 'HTML', photo: photoUrl(siteUrl, story.thumbnail), caption: telegramText(story.title, lead, url, CAPTION_LIMIT) };
  }
  return { chat_id: chatId, parse_mode: 'HTML', text: telegramText(story.title, lead, url, MESSAGE_LIMIT) };
}

/** The Bot API method a stored Telegram body goes to. */
export const telegramMethod = (body: string) => ('photo' in (JSON.parse(body) as object) ? 'sendPhoto' : 'sendMessage');

/** IndexNow's JSON form (https://www.indexnow.org/documentation): the key file proves the host is ours. */
export function indexNowBody(siteUrl: string, key: string, urls: string[]) {
  const base = new URL(siteBase(siteUrl));
  return { host: base.host, key, keyLocation: new URL(`${key}.txt`, base).toString(), urlList: urls };
}

export function webhookBody(siteUrl: string, event: DeliveryEvent, story: StorySnapshot, keyEvent?: KeyEventSnapshot) {
  return {
    event,
    id: story.id,
    locale: story.locale,
    url: storyUrl(siteUrl, story),
    title: story.title,
    lead: story.lead,
    publishedAt: story.publishedAt.toISOString(),
    ...(keyEvent
      ? { entry: { id: keyEvent.id, text: keyEvent.text, at: keyEvent.at.toISOString(), url: `${storyUrl(siteUrl, story)}#entry-${keyEvent.id}` } }
      : {}),
  };
}

import { isbot } from 'isbot';

export function isBotUserAgent(ua: string | null | undefined): boolean {
  // Real browsers always send a User-Agent; its absence marks a script or crawler.
  if (!ua || ua.trim() === '') return true;
  return isbot(ua);
}

import type { Env } from '@/lib/env';
import type { Edition } from '@/lib/domain';

/** What is configured to receive a published story; a target left out sends nothing. */
export type DistributionConfig = {
  siteUrl: string;
  telegram: { token: string; apiUrl: string; chats: Partial<Record<Edition, string>> } | null;
  indexNow: { key: string; endpoint: string } | null;
  webhooks: { urls: string[]; secret: string | null };
  maxAttempts: number;
};

export function distributionConfig(env: Env): DistributionConfig {
  const chats: Partial<Record<Edition, string>> = {};
  if (env.TELEGRAM_CHAT_KK) chats.kk = env.TELEGRAM_CHAT_KK;
  if (env.TELEGRAM_CHAT_RU) chats.ru = env.TELEGRAM_CHAT_RU;
  return {
    siteUrl: env.SITE_URL,
    telegram: env.TELEGRAM_BOT_TOKEN ? { token: env.TELEGRAM_BOT_TOKEN, apiUrl: env.TELEGRAM_API_URL, chats } : null,
    indexNow: env.INDEXNOW_KEY ? { key: env.INDEXNOW_KEY, endpoint: env.INDEXNOW_ENDPOINT } : null,
    webhooks: { urls: env.WEBHOOK_URLS, secret: env.WEBHOOK_SECRET ?? null },
    maxAttempts: env.DELIVERY_MAX_ATTEMPTS,
  };
}

import type { DeliveryTarget } from '@/lib/domain';
import type { DistributionConfig } from './config';
import { telegramMethod } from './payloads';
import { webhookSignature } from './sign';

export type StoredDelivery = { deliveryId: string; target: DeliveryTarget; destination: string; body: string; event: string };
export type DeliveryRequest = { url: string; headers: Record<string, string>; body: string };
export type SendOutcome = { ok: boolean; status: number | null; error: string | null; retryAfterMs: number | null };

const ERROR_LIMIT = 500;

/**
 * The HTTP request for a stored delivery. Secrets are added here, at send time, so the outbox
 * never holds them. Every request names its delivery in X-Qamshy-Delivery: the worker sends at
 * least once (a crash between the receiver's answer and our write means one more send), and a
 * receiver that keeps the ids it has seen can drop the repeat.
 */
export function deliveryRequest(row: StoredDelivery, config: DistributionConfig): DeliveryRequest | { error: string } {
  const headers: Record<string, string> = {
    'content-type': 'application/json; charset=utf-8',
    'user-agent': 'Qamshy-Delivery/1',
    'x-qamshy-delivery': row.deliveryId,
  };
  switch (row.target) {
    case 'telegram':
      if (!config.telegram) return { error: 'TELEGRAM_BOT_TOKEN is not set' };
      return { url: `${config.telegram.apiUrl}/bot${config.telegram.token}/${telegramMethod(row.body)}`, headers, body: row.body };
    case 'indexnow':
      return { url: row.destination, headers, body: row.body };
    case 'webhook':
      if (!config.webhooks.secret) return { error: 'WEBHOOK_SECRET is not set' };
      return {
        url: row.destination,
        headers: { ...headers, 'x-qamshy-event': row.event, 'x-qamshy-signature': webhookSignature(config.webhooks.secret, row.body) },
        body: row.body,
      };
  }
}

/** Error text fit for the admin page: short, and never the bot token (it is part of the URL). */
export function errorText(text: string, config: DistributionConfig): string {
  const token = config.telegram?.token;
  const clean = token ? text.split(token).join('***') : text;
  return clean.length > ERROR_LIMIT ? `${clean.slice(0, ERROR_LIMIT - 1)}…` : clean;
}

function retryAfter(response: Response, text: string): number | null {
  const header = Number(response.headers.get('retry-after'));
  if (Number.isFinite(header) && header > 0) return header * 1000;
  // Telegram's flood control puts it in the JSON answer instead.
  const match = /"retry_after"\s*:\s*(\d+)/.exec(text);
  return match ? Number(match[1]) * 1000 : null;
}

/** One attempt: any 2xx is success; redirects are not followed (a POST must reach its URL). */
export async function sendDelivery(row: StoredDelivery, config: DistributionConfig, timeoutMs: number, fetchImpl: typeof fetch = fetch): Promise<SendOutcome> {
  const request = deliveryRequest(row, config);
  if ('error' in request) return { ok: false, status: null, error: request.error, retryAfterMs: null };
  try {
    const response = await fetchImpl(request.url, {
      method: 'POST',
      headers: request.headers,
      body: request.body,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text().catch(() => '');
    if (response.status >= 200 && response.status < 300) return { ok: true, status: response.status, error: null, retryAfterMs: null };
    return { ok: false, status: response.status, error: errorText(`HTTP ${response.status}: ${text}`, config), retryAfterMs: retryAfter(response, text) };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    const message = error instanceof Error ? (error.name === 'TimeoutError' ? `timed out after ${timeoutMs} ms` : `${error.message}${cause}`) : String(error);
    return { ok: false, status: null, error: errorText(message, config), retryAfterMs: null };
  }
}

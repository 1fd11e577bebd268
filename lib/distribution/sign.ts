import crypto from 'node:crypto';

/** X-Qamshy-Signature for a webhook body: HMAC-SHA256 of the exact bytes sent, in hex. */
export function webhookSignature(secret: string, body: string): string {
  return `sha256=${crypto.createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`;
}

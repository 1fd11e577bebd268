import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * IndexNow's proof of ownership: the key as plain text at /{key}.txt. Answered before Next (a
 * route for a path that is a secret-like value would need a catch-all at the site root).
 */
export function indexNowKeyResponder(key: string | undefined) {
  const path = key ? `/${key}.txt` : null;
  return (req: IncomingMessage, res: ServerResponse): boolean => {
    if (!path || (req.method !== 'GET' && req.method !== 'HEAD') || req.url?.split('?')[0] !== path) return false;
    res.writeHead(200, {
      'content-type': 'text/plain; charset=utf-8',
      'content-length': Buffer.byteLength(key!),
      'cache-control': 'public, max-age=3600',
      'x-content-type-options': 'nosniff',
    });
    res.end(req.method === 'HEAD' ? undefined : key);
    return true;
  };
}

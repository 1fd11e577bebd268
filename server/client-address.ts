import type { IncomingMessage } from 'node:http';
import net from 'node:net';

/**
 * The one place that decides who the client is. By default the socket's peer: nothing the
 * client sends can change it. Behind N reverse proxies that each append the address they saw to
 * X-Forwarded-For (TRUST_PROXY_HOPS=N), the N-th entry from the right is the address the
 * outermost trusted proxy saw; entries left of it were written by the client and are ignored.
 */
export function clientAddress(req: IncomingMessage, trustProxyHops: number): string {
  const peer = normalize(req.socket.remoteAddress ?? '') || 'unknown';
  if (trustProxyHops <= 0) return peer;
  const header = req.headers['x-forwarded-for'];
  const hops = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const chosen = hops.length >= trustProxyHops ? normalize(hops[hops.length - trustProxyHops]) : '';
  // A malformed entry means a proxy in front is misconfigured: keep the peer rather than trust text.
  return chosen || peer;
}

function normalize(address: string): string {
  const bare = address.startsWith('::ffff:') && net.isIPv4(address.slice(7)) ? address.slice(7) : address;
  return net.isIP(bare) ? bare : '';
}

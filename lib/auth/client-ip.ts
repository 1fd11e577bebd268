/**
 * The address to throttle sign-ins by. Next.js fills X-Forwarded-For with the socket address
 * only when the request has none, and a reverse proxy appends the address it saw, so the
 * rightmost entry is the nearest hop's view. A client talking to Next.js directly can forge
 * it: run behind a proxy that sets the header when the IP limit matters (the per-account
 * limit does not depend on it).
 */
export function clientIp(forwardedFor: string | null, realIp: string | null): string {
  const hops = (forwardedFor ?? '')
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  return (hops.at(-1) ?? realIp ?? 'unknown').slice(0, 64);
}

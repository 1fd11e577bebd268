/** Only same-site paths inside /admin may be a post-sign-in destination (no open redirects). */
export function safeNextPath(value: unknown): string {
  if (typeof value !== 'string') return '/admin';
  if (!value.startsWith('/admin') || value.startsWith('//') || /[\\\s]/.test(value)) return '/admin';
  try {
    const url = new URL(value, 'http://qamshy.invalid');
    if (url.origin !== 'http://qamshy.invalid' || !url.pathname.startsWith('/admin')) return '/admin';
    return url.pathname + url.search;
  } catch {
    return '/admin';
  }
}

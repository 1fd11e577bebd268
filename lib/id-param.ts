/** A database id from a URL segment or form field; null for anything else. */
export function parseId(value: unknown): number | null {
  return typeof value === 'string' && /^[1-9]\d{0,15}$/.test(value) ? Number(value) : null;
}

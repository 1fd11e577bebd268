/** The value `make` returns on first use, kept: e.g. a statement prepared once the tables exist. */
export function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

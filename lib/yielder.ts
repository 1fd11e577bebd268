/**
 * For long database work done in chunks (sitemaps): `await pause()` between chunks lets other
 * requests run once `budgetMs` of synchronous work has piled up, so better-sqlite3's synchronous
 * calls never hold the event loop for longer than about one chunk plus the budget.
 */
export function yielder(budgetMs = 2): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < budgetMs) return;
    await new Promise<void>((resolve) => setImmediate(resolve));
    since = performance.now();
  };
}

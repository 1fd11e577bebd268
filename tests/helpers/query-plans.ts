import type Database from 'better-sqlite3';

// EXPLAIN QUERY PLAN of the statements a real query function runs, captured at the driver.
// SQLite plans here without statistics (no ANALYZE), so a plan depends on the schema and the SQL
// only: what it is on the test database it is on a database of 100,000 articles.

export type PlanLine = { detail: string };

export type Statement = { sql: string; params: unknown[] };

/** Every statement `run` executes on `sqlite`, with its parameters (drizzle prepares per execution). */
export async function captureStatements(sqlite: Database.Database, run: () => unknown): Promise<Statement[]> {
  const statements = new Map<string, Statement>();
  const prepare = sqlite.prepare;
  sqlite.prepare = function (this: Database.Database, source: string) {
    const statement = prepare.call(this, source);
    for (const method of ['all', 'get', 'run', 'iterate'] as const) {
      const original = statement[method] as (...args: unknown[]) => unknown;
      (statement as unknown as Record<string, unknown>)[method] = (...params: unknown[]) => {
        if (!statements.has(source)) statements.set(source, { sql: source, params });
        return original.apply(statement, params);
      };
    }
    return statement;
  } as typeof sqlite.prepare;
  try {
    await run();
  } finally {
    sqlite.prepare = prepare;
  }
  return [...statements.values()].filter((s) => /^\s*(select|with|update|delete|insert)\b/i.test(s.sql));
}

export function explain(sqlite: Database.Database, statement: Statement): string[] {
  return (sqlite.prepare(`EXPLAIN QUERY PLAN ${statement.sql}`).all(...statement.params) as PlanLine[]).map((row) => row.detail);
}

// Tables small enough to read whole: menus, tag and people lists, per-status counters.
const SMALL_TABLES = new Set(['categories', 'tags', 'users', 'comment_counts']);

export type PlanRules = {
  /** Why this statement may sort with a temporary B-tree (it sorts a bounded set). */
  sortAllowed?: string;
};

const tableOf = (line: string) => /^(?:SCAN|SEARCH) (\S+)/.exec(line)?.[1] ?? null;
const readsBigTable = (line: string) => {
  const table = tableOf(line);
  return table !== null && !SMALL_TABLES.has(table) && !/VIRTUAL TABLE|^(SCAN|SEARCH) \(/.test(line);
};

/** What is wrong with a plan: a big table read whole, an automatic index, a sort an index should serve. */
export function planProblems(lines: string[], rules: PlanRules = {}): string[] {
  const problems: string[] = [];
  const big = lines.some(readsBigTable);
  for (const line of lines) {
    if (/^SCAN /.test(line) && readsBigTable(line) && !/USING (COVERING )?INDEX/.test(line)) problems.push(`full table scan: ${line}`);
    if (/AUTOMATIC/.test(line)) problems.push(`automatic index: ${line}`);
    // Menus and other small tables may sort; a statement on a big table must read it in order.
    if (/USE TEMP B-TREE/.test(line) && big && !rules.sortAllowed) problems.push(`sort instead of an index: ${line}`);
  }
  return problems;
}

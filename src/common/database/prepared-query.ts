import { createHash } from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';

/**
 * Names for distinct SQL texts, at most `max` of them; beyond that, texts run unnamed (no
 * unbounded growth of what every connection keeps).
 */
export function statementNames(max: number): (sql: string) => string | undefined {
  const names = new Map<string, string>();
  return (sql) => {
    let name = names.get(sql);
    if (name === undefined && names.size < max) {
      name = `rostra_${createHash('sha1').update(sql).digest('base64url').slice(0, 22)}`;
      names.set(sql, name);
    }
    return name;
  };
}

const hotReads = statementNames(256);
/**
 * Runs `sql` as a named statement, which PostgreSQL parses and plans once per connection instead
 * of on every call. Meant for the hot reads whose sort expressions cost more to plan than to run:
 * a thread page's list query spent about four fifths of its time in the planner. Only for SQL
 * texts built from a fixed set of parts (values always as parameters), since each distinct text is
 * kept on every connection; the result's columns must be listed, not `*`, so a column added by a
 * migration while the server runs cannot change a prepared statement's result type. Texts that
 * clients shape (page-sql/) pass their own `names`, so they cannot use up the hot reads' names.
 */
export function preparedQuery<T = Record<string, unknown>>(
  runner: DataSource | EntityManager,
  sql: string,
  params: unknown[],
  names: (sql: string) => string | undefined = hotReads,
): Promise<T[]> {
  const name = names(sql);
  // TypeORM hands the query to node-postgres as it is, and pg takes a { name, text } config.
  const query = name === undefined ? sql : ({ name, text: sql } as unknown as string);
  return runner.query(query, params);
}

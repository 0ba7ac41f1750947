import { createHash } from 'node:crypto';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors/app-errors';
import { isUuid } from '../ids';
import { Connection } from './connection';

/** A sort key: a column name, or an SQL expression over a row alias. */
export type SortKey = string | ((alias: string) => string);

/**
 * One keyset-paginated list: its rows' table and alias, its sort keys (larger first; ties by
 * `id` ascending, as the reference ranking in src/ranking/rank-arguments.ts breaks them) and
 * its identity, e.g. `arguments:<thread>:<parent>:<sort>:<side>`. A cursor names the list it
 * came from, so it is refused on any other.
 */
export interface KeysetList {
  table: string;
  alias: string;
  keys: SortKey[];
  list: string;
}

const keySql = (key: SortKey, alias: string) =>
  typeof key === 'string' ? `${alias}.${key}` : key(alias);

const listTag = (list: string) => createHash('sha256').update(list).digest('base64url').slice(0, 8);

/** The opaque cursor of row `id` in `list`. */
export const encodeCursor = (list: string, id: string): string =>
  Buffer.from(`${listTag(list)}:${id}`).toString('base64url');

/** The row id a cursor names, or BAD_USER_INPUT when it is not a cursor of this list. */
export function decodeCursor(list: string, cursor: string): string {
  const [tag, id] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (tag !== listTag(list) || !isUuid(id ?? '')) {
    throw badInput('after', 'after is not a cursor from this list');
  }
  return id;
}

/** The ORDER BY of a list, as SQL: every key descending, then id ascending. */
export const orderBySql = (keys: SortKey[], alias: string): string =>
  [...keys.map((k) => `${keySql(k, alias)} DESC`), `${alias}.id ASC`].join(', ');

/** Orders a query builder like orderBySql. */
export function orderBy<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  keys: SortKey[],
): SelectQueryBuilder<T> {
  keys.forEach((k, i) =>
    i === 0 ? qb.orderBy(keySql(k, alias), 'DESC') : qb.addOrderBy(keySql(k, alias), 'DESC'),
  );
  return keys.length === 0 ? qb.orderBy(`${alias}.id`, 'ASC') : qb.addOrderBy(`${alias}.id`, 'ASC');
}

/** A page of rows (fetched one past `first`) as a connection with this list's cursors. */
export function toConnection<T extends { id: string }>(
  rows: T[],
  first: number,
  list: string,
): Connection<T> {
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: encodeCursor(list, node.id) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/**
 * Keyset pagination: the next page starts strictly after the cursor's row at that row's current
 * sort values, read in SQL so timestamps keep their full precision. No OFFSET: deep pages cost
 * what the first does. A cursor from another list, or naming a row that is not in the table,
 * is refused.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  spec: KeysetList,
  first: number,
  after?: string,
): Promise<Connection<T>> {
  const { alias, table, keys, list } = spec;
  if (after) {
    const afterId = decodeCursor(list, after);
    const [known] = await qb.connection.query(`SELECT 1 FROM ${table} WHERE id = $1`, [afterId]);
    if (!known) throw badInput('after', 'after names no row of this list');
    const at = `(SELECT ${keys.map((c) => keySql(c, 'k')).join(', ')} FROM ${table} k WHERE k.id = :afterId)`;
    const lhs = `(${keys.map((c) => keySql(c, alias)).join(', ')})`;
    qb.andWhere(
      keys.length === 0
        ? `${alias}.id > :afterId`
        : `(${lhs} < ${at} OR (${lhs} = ${at} AND ${alias}.id > :afterId))`,
      { afterId },
    );
  }
  const rows = await orderBy(qb, alias, keys)
    .limit(first + 1)
    .getMany();
  return toConnection(rows, first, list);
}

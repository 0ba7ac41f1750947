import { createHash } from 'node:crypto';
import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors/app-errors';
import { isUuid } from '../ids';
import { Connection, pageInfoOf } from './connection';

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

const cursorOf = (tag: string, id: string): string =>
  Buffer.from(`${tag}:${id}`).toString('base64url');

/**
 * cursorOf in SQL: the cursor of the row whose id is `idSql` in the list named by `listSql` (both
 * SQL expressions), for answers the database builds whole. base64 of 45 bytes has no line breaks.
 */
export const cursorSql = (listSql: string, idSql: string): string => {
  const base64url = (bytes: string) => `translate(encode(${bytes}, 'base64'), '+/', '-_')`;
  const tag = `left(${base64url(`sha256(convert_to(${listSql}, 'UTF8'))`)}, 8)`;
  return `rtrim(${base64url(`convert_to(${tag} || ':' || ${idSql}, 'UTF8')`)}, '=')`;
};

/** The opaque cursor of row `id` in `list`. */
export const encodeCursor = (list: string, id: string): string => cursorOf(listTag(list), id);

/** The row id a cursor names, or BAD_USER_INPUT when it is not a cursor of this list. */
export function decodeCursor(
  list: string,
  cursor: string,
  field: 'after' | 'before' = 'after',
): string {
  const [tag, id] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (tag !== listTag(list) || !isUuid(id ?? '')) {
    throw badInput(field, `${field} is not a cursor from this list`);
  }
  return id;
}

/** The ORDER BY of a list, as SQL: every key descending, then id ascending. */
export const orderBySql = (keys: SortKey[], alias: string): string =>
  [...keys.map((k) => `${keySql(k, alias)} DESC`), `${alias}.id ASC`].join(', ');

/** Orders a query builder like orderBySql (or exactly the other way round, for paging back). */
export function orderBy<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  keys: SortKey[],
  reversed = false,
): SelectQueryBuilder<T> {
  const [keyDir, idDir] = reversed ? (['ASC', 'DESC'] as const) : (['DESC', 'ASC'] as const);
  keys.forEach((k, i) =>
    i === 0 ? qb.orderBy(keySql(k, alias), keyDir) : qb.addOrderBy(keySql(k, alias), keyDir),
  );
  return keys.length === 0 ? qb.orderBy(`${alias}.id`, idDir) : qb.addOrderBy(`${alias}.id`, idDir);
}

/** A page of rows (fetched one past `first`) as a connection with this list's cursors. */
export function toConnection<T extends { id: string }>(
  rows: T[],
  first: number,
  list: string,
  hasPreviousPage = false,
): Connection<T> {
  const tag = listTag(list); // one hash per list, not per row
  const edges = rows.slice(0, first).map((node) => ({ node, cursor: cursorOf(tag, node.id) }));
  return { edges, pageInfo: pageInfoOf(edges, rows.length > first, hasPreviousPage) };
}

/** Paging backwards: the `last` rows before the `before` cursor (or the list's last rows). */
export interface BackwardPage {
  last?: number;
  before?: string;
}

/**
 * Keyset pagination: the next page starts strictly after the cursor's row at that row's current
 * sort values, read in SQL so timestamps keep their full precision. No OFFSET: deep pages cost
 * what the first does. With `last`/`before` the same comparison runs the other way (the list
 * read backwards, then reversed). A cursor from another list, or naming a row that is not in
 * the table, is refused. totalCount is a COUNT over the same filter, run only when asked for.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  spec: KeysetList,
  first: number,
  after?: string,
  backward: BackwardPage = {},
): Promise<Connection<T>> {
  const { alias, table, keys, list } = spec;
  const { last, before } = backward;
  if (after && before) throw badInput('before', 'before and after cannot be used together');
  const counter = qb.clone();
  const totalCount = () => counter.getCount();
  const lhs = `(${keys.map((c) => keySql(c, alias)).join(', ')})`;
  const beyond = async (cursor: string, field: 'after' | 'before') => {
    const id = decodeCursor(list, cursor, field);
    const [known] = await qb.connection.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id]);
    if (!known) throw badInput(field, `${field} names no row of this list`);
    const param = `${field}Id`;
    const at = `(SELECT ${keys.map((c) => keySql(c, 'k')).join(', ')} FROM ${table} k WHERE k.id = :${param})`;
    // After: smaller keys, or equal keys and a larger id. Before: the mirror image.
    const [keyOp, idOp] = field === 'after' ? ['<', '>'] : ['>', '<'];
    qb.andWhere(
      keys.length === 0
        ? `${alias}.id ${idOp} :${param}`
        : `(${lhs} ${keyOp} ${at} OR (${lhs} = ${at} AND ${alias}.id ${idOp} :${param}))`,
      { [param]: id },
    );
  };
  if (after) await beyond(after, 'after');
  if (before) await beyond(before, 'before');
  // A client asking for the first page often sends the cursors as null: no cursor, as if omitted.
  const backwards = last != null || before != null;
  const size = last ?? first;
  const rows = await orderBy(qb, alias, keys, backwards)
    .limit(size + 1)
    .getMany();
  if (!backwards) return { ...toConnection(rows, size, list, after != null), totalCount };
  const more = rows.length > size;
  const edges = rows
    .slice(0, size)
    .reverse()
    .map((node) => ({ node, cursor: encodeCursor(list, node.id) }));
  return { edges, pageInfo: pageInfoOf(edges, before != null, more), totalCount };
}

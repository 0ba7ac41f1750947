import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors/app-errors';
import { isUuid } from '../ids';
import { Connection } from './connection';

const encode = (id: string) => Buffer.from(`c:${id}`).toString('base64url');

function decode(cursor: string): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = text.startsWith('c:') ? text.slice(2) : '';
  if (!isUuid(id)) throw badInput('after', 'after is not a cursor from this list');
  return id;
}

/** A sort key: a column name, or an SQL expression over a row alias. */
export type SortKey = string | ((alias: string) => string);

const keySql = (key: SortKey, alias: string) =>
  typeof key === 'string' ? `${alias}.${key}` : key(alias);

/**
 * Keyset pagination, descending on `keys` of `alias` (then the unique `id`). The cursor names the
 * last row seen; the next page starts strictly after that row's current sort values, read in SQL
 * so timestamps keep their full precision. No OFFSET: deep pages cost what the first does.
 */
export async function paginateDesc<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  table: string,
  sortKeys: SortKey[],
  first: number,
  after?: string,
): Promise<Connection<T>> {
  const keys: SortKey[] = [...sortKeys, 'id'];
  if (after) {
    const lhs = keys.map((c) => keySql(c, alias)).join(', ');
    const rhs = keys.map((c) => keySql(c, 'k')).join(', ');
    qb.andWhere(`(${lhs}) < (SELECT ${rhs} FROM ${table} k WHERE k.id = :afterId)`, {
      afterId: decode(after),
    });
  }
  keys.forEach((c, i) =>
    i === 0 ? qb.orderBy(keySql(c, alias), 'DESC') : qb.addOrderBy(keySql(c, alias), 'DESC'),
  );
  const rows = await qb.limit(first + 1).getMany();
  const page = rows.slice(0, first);
  const edges = page.map((node) => ({ node, cursor: encode(node.id) }));
  return {
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

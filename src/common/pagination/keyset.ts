import { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../errors/app-errors';
import { isUuid } from '../ids';
import { Connection, pageInfoOf } from './connection';

const encode = (id: string) => Buffer.from(`c:${id}`).toString('base64url');

function decode(cursor: string, field: 'after' | 'before'): string {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const id = text.startsWith('c:') ? text.slice(2) : '';
  if (!isUuid(id)) throw badInput(field, `${field} is not a cursor from this list`);
  return id;
}

/** A sort key: a column name, or an SQL expression over a row alias. */
export type SortKey = string | ((alias: string) => string);

const keySql = (key: SortKey, alias: string) =>
  typeof key === 'string' ? `${alias}.${key}` : key(alias);

/** Paging backwards: the `last` rows before the `before` cursor (or the list's last rows). */
export interface BackwardPage {
  last?: number;
  before?: string;
}

/**
 * Keyset pagination, descending on `keys` of `alias` (then the unique `id`). The cursor names the
 * last row seen; the next page starts strictly after that row's current sort values, read in SQL
 * so timestamps keep their full precision. No OFFSET: deep pages cost what the first does.
 * With `last`/`before` the same comparison runs the other way (ascending, then reversed).
 * totalCount is a COUNT over the same filter, run only when a client asks for it.
 */
export async function paginateDesc<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  alias: string,
  table: string,
  sortKeys: SortKey[],
  first: number,
  after?: string,
  backward: BackwardPage = {},
): Promise<Connection<T>> {
  const { last, before } = backward;
  if (after && before) throw badInput('before', 'before and after cannot be used together');
  const counter = qb.clone();
  const totalCount = () => counter.getCount();
  const keys: SortKey[] = [...sortKeys, 'id'];
  const lhs = keys.map((c) => keySql(c, alias)).join(', ');
  const rhs = keys.map((c) => keySql(c, 'k')).join(', ');
  const beyond = (op: '<' | '>', cursorId: string) =>
    qb.andWhere(`(${lhs}) ${op} (SELECT ${rhs} FROM ${table} k WHERE k.id = :cursorId)`, {
      cursorId,
    });
  const backwards = last !== undefined || before !== undefined;
  const size = last ?? first;
  if (after) beyond('<', decode(after, 'after'));
  if (before) beyond('>', decode(before, 'before'));
  const direction = backwards ? 'ASC' : 'DESC';
  keys.forEach((c, i) =>
    i === 0 ? qb.orderBy(keySql(c, alias), direction) : qb.addOrderBy(keySql(c, alias), direction),
  );
  const rows = await qb.limit(size + 1).getMany();
  const more = rows.length > size;
  const page = backwards ? rows.slice(0, size).reverse() : rows.slice(0, size);
  const edges = page.map((node) => ({ node, cursor: encode(node.id) }));
  const pageInfo = backwards
    ? pageInfoOf(edges, before !== undefined, more)
    : pageInfoOf(edges, more, after !== undefined);
  return { edges, pageInfo, totalCount };
}

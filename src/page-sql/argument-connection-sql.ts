import { argumentListSql } from '../arguments/argument-list-names';
import { listedSql } from '../arguments/argument-visibility';
import { SORT_KEYS } from '../arguments/argument-sort-keys';
import { ArgumentSort } from '../arguments/dto/argument-list.args';
import { MAX_PAGE_SIZE } from '../common/pagination/connection';
import { cursorSql, orderBySql } from '../common/pagination/keyset';
import { FieldRequest, NotCompilable } from './page-compiler';
import { ReaderTextPaths } from './reader-text-paths';

/** Whose list: a thread's top-level arguments, or an argument's replies. */
export type ListOwner = 'thread' | 'argument';

const SIDES = new Set(['PRO', 'CON']);

/**
 * A first page of arguments (Thread.arguments, Argument.children) as one SQL expression: the
 * listed rows in the list's order, one past `first` to tell whether more follow, with cursors
 * and counts as ArgumentsService gives them. Later pages and pages backwards run the usual way.
 */
export function argumentConnectionSql(f: FieldRequest, owner: ListOwner): string {
  const { first, after, before, last, side, sort } = f.args as {
    first: number;
    after?: string | null;
    before?: string | null;
    last?: number | null;
    side?: string | null;
    sort: ArgumentSort;
  };
  if (after != null || before != null || last != null) throw new NotCompilable('a later page');
  // Out of range is refused by the usual path's validation, in its words.
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new NotCompilable('first');
  }
  if ((side != null && !SIDES.has(side)) || !Object.hasOwn(SORT_KEYS, sort))
    throw new NotCompilable('args');

  const c = f.compiler;
  const a = c.alias('a');
  const x = c.alias('x');
  const sideFilter = (alias: string) => (side ? ` AND ${alias}.side = '${side}'` : '');
  const inList = (alias: string) =>
    `${owner === 'thread' ? `${alias}.thread_id = ${f.alias}.id AND ${alias}.parent_id IS NULL` : `${alias}.parent_id = ${f.alias}.id`} AND ${listedSql(alias)}${sideFilter(alias)}`;
  const order = orderBySql(SORT_KEYS[sort], a);
  const onPage = `FILTER (WHERE ${x}.page_rn <= ${first})`;
  let cursors = false;

  const paths = new ReaderTextPaths();
  const parts: string[] = [];
  for (const [key, nodes] of c.collect('ArgumentConnection', f.selections)) {
    const sub = nodes.flatMap((n) => n.selectionSet?.selections ?? []);
    switch (nodes[0].name.value) {
      case '__typename':
        parts.push(`'${key}', 'ArgumentConnection'`);
        break;
      case 'totalCount': {
        // As ArgumentsService: counted for a thread's list, not per parent of replies.
        const k = c.alias('k');
        parts.push(
          owner === 'thread'
            ? `'${key}', (SELECT count(*)::int FROM arguments ${k} WHERE ${inList(k)})`
            : `'${key}', NULL`,
        );
        break;
      }
      case 'edges': {
        const edgePaths = new ReaderTextPaths();
        const edge: string[] = [];
        for (const [ek, en] of c.collect('ArgumentEdge', sub)) {
          const name = en[0].name.value;
          if (name === '__typename') edge.push(`'${ek}', 'ArgumentEdge'`);
          else if (name === 'cursor') {
            cursors = true;
            edge.push(`'${ek}', ${x}.page_cursor`);
          } else {
            const nodePaths = new ReaderTextPaths();
            const selections = en.flatMap((n) => n.selectionSet?.selections ?? []);
            edge.push(`'${ek}', ${c.object('Argument', x, selections, nodePaths)}`);
            if (!nodePaths.empty) edgePaths.children.push([ek, nodePaths]);
          }
        }
        if (!edgePaths.empty) paths.children.push([key, edgePaths]);
        parts.push(
          `'${key}', coalesce(json_agg(json_build_object(${edge.join(', ')}) ORDER BY ${x}.page_rn) ${onPage}, '[]'::json)`,
        );
        break;
      }
      case 'pageInfo': {
        const info: string[] = [];
        for (const [pk, pn] of c.collect('PageInfo', sub)) {
          const name = pn[0].name.value;
          if (name === 'startCursor' || name === 'endCursor') cursors = true;
          const value = {
            __typename: `'PageInfo'`,
            hasNextPage: `count(*) > ${first}`,
            hasPreviousPage: 'false',
            startCursor: `(array_agg(${x}.page_cursor ORDER BY ${x}.page_rn) ${onPage})[1]`,
            endCursor: `(array_agg(${x}.page_cursor ORDER BY ${x}.page_rn DESC) ${onPage})[1]`,
          }[name];
          if (value === undefined) throw new NotCompilable(`PageInfo.${name}`);
          info.push(`'${pk}', ${value}`);
        }
        parts.push(`'${key}', json_build_object(${info.join(', ')})`);
        break;
      }
      default:
        throw new NotCompilable(`ArgumentConnection.${nodes[0].name.value}`);
    }
  }
  if (!paths.empty) f.texts.children.push([f.key, paths]);
  const cursor = cursors
    ? `, ${cursorSql(argumentListSql(a, { sort, side: side as never }), `${a}.id`)} AS page_cursor`
    : '';
  // HAVING makes it one group: one row even for an empty list or a page of counts only.
  return `(SELECT json_build_object(${parts.join(', ')})
    FROM (SELECT ${a}.*, row_number() OVER (ORDER BY ${order}) AS page_rn${cursor}
          FROM arguments ${a} WHERE ${inList(a)} ORDER BY ${order} LIMIT ${first + 1}) ${x}
    HAVING true)`;
}

import { Side } from './argument-enums';
import { ArgumentSort } from './dto/argument-list.args';

/** Which list a page of arguments is from; its cursors name it, so they fit no other list. */
export const argumentList = (
  threadId: string,
  parentId: string | null,
  args: { sort: ArgumentSort; side?: Side | null },
): string => `arguments:${threadId}:${parentId ?? 'motion'}:${args.sort}:${args.side ?? 'ALL'}`;

/** argumentList in SQL, for the list an `arguments` row (alias) is listed in. */
export const argumentListSql = (
  alias: string,
  args: { sort: ArgumentSort; side?: Side | null },
): string =>
  `'arguments:' || ${alias}.thread_id || ':' || coalesce(${alias}.parent_id::text, 'motion') || ':${args.sort}:${args.side ?? 'ALL'}'`;

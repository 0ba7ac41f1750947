import type { AccessClaims } from '../common/graphql/request-context';
import { isModerator } from '../common/auth/role.enum';
import { ArgumentStatus } from './argument-enums';
import { ArgumentEntity } from './argument.entity';

/** Who is looking: enough of the access claims to decide. */
type Viewer = Pick<AccessClaims, 'userId' | 'role'> | null;

/**
 * The one visibility rule: readers see, and counters count, published arguments only. Every
 * other status shows as a placeholder (readerBody) where it keeps its place in the tree.
 */
export const isVisible = (arg: { status: ArgumentStatus }): boolean =>
  arg.status === ArgumentStatus.PUBLISHED;

/** The same rule in SQL, over an `arguments` row alias. */
export const visibleSql = (alias: string): string => `${alias}.status = 'PUBLISHED'`;

/** Statuses that keep their place in the tree (as placeholders when not published). */
export const LISTED_STATUSES = [
  ArgumentStatus.PUBLISHED,
  ArgumentStatus.DELETED,
  ArgumentStatus.REMOVED,
  ArgumentStatus.HIDDEN,
];

/** Its author and moderators see what others do not: the text, the reason, earlier versions. */
export const seesBehindPlaceholder = (arg: ArgumentEntity, viewer: Viewer) =>
  isModerator(viewer) || (!!viewer && viewer.userId === arg.authorId);

/**
 * Held or turned-down posts are not there at all for others (not even their author's name). An
 * edit waiting for a moderator leaves its argument as it was (see held-edit.entity.ts).
 */
const unlisted = (arg: ArgumentEntity) =>
  arg.status === ArgumentStatus.REJECTED || arg.status === ArgumentStatus.PENDING;

/** Whether the viewer may learn that the argument exists. */
export const existsFor = (arg: ArgumentEntity, viewer: Viewer) =>
  !unlisted(arg) || seesBehindPlaceholder(arg, viewer);

/** Whether the viewer may read what the argument says and cites (its text, sources, history). */
export const readableBy = (arg: ArgumentEntity, viewer: Viewer) =>
  isVisible(arg) || seesBehindPlaceholder(arg, viewer);

/** What a reader who may not read an argument sees in its place, by status. */
const PLACEHOLDER = {
  DELETED: '[deleted by its author]',
  HIDDEN: '[hidden while reports are reviewed]',
  waiting: '[awaiting moderation]',
  // "[removed by a moderator: <reason>]", or without the reason when there is none.
  removed: { open: '[removed by a moderator', reason: ': ', close: ']' },
};

/**
 * What a reader sees of an argument's text: the text itself while published; otherwise a
 * placeholder, except for its author and moderators, for whom the text is kept.
 */
export function readerBody(arg: ArgumentEntity, viewer: Viewer): string {
  if (readableBy(arg, viewer)) return arg.body;
  switch (arg.status) {
    case ArgumentStatus.DELETED:
      return PLACEHOLDER.DELETED;
    case ArgumentStatus.REMOVED: {
      const { open, reason, close } = PLACEHOLDER.removed;
      return `${open}${arg.statusReason ? `${reason}${arg.statusReason}` : ''}${close}`;
    }
    case ArgumentStatus.HIDDEN:
      return PLACEHOLDER.HIDDEN;
    default:
      return PLACEHOLDER.waiting;
  }
}

/**
 * seesBehindPlaceholder in SQL, for a signed-in reader who is not a moderator: `readerIdSql` is
 * an SQL expression of their user id.
 */
export const seesBehindPlaceholderSql = (alias: string, readerIdSql: string): string =>
  `${alias}.author_id = ${readerIdSql}`;

/**
 * readableBy in SQL, for a reader who is not a moderator: `readerIdSql` is an SQL expression of
 * their user id, or null for a signed-out reader.
 */
export const readableSql = (alias: string, readerIdSql: string | null): string =>
  readerIdSql === null
    ? visibleSql(alias)
    : `(${visibleSql(alias)} OR ${seesBehindPlaceholderSql(alias, readerIdSql)})`;

/**
 * readerBody in SQL, for a reader who is not a moderator (see readableSql): the same
 * placeholders, so a page built by the database reads the same.
 */
export const readerBodySql = (alias: string, readerIdSql: string | null): string => {
  const text = (t: string) => `'${t.replace(/'/g, "''")}'`;
  const { open, reason, close } = PLACEHOLDER.removed;
  const why = `coalesce(${text(reason)} || nullif(${alias}.status_reason, ''), '')`;
  return `CASE WHEN ${readableSql(alias, readerIdSql)} THEN ${alias}.body
     WHEN ${alias}.status = 'DELETED' THEN ${text(PLACEHOLDER.DELETED)}
     WHEN ${alias}.status = 'REMOVED' THEN ${text(open)} || ${why} || ${text(close)}
     WHEN ${alias}.status = 'HIDDEN' THEN ${text(PLACEHOLDER.HIDDEN)}
     ELSE ${text(PLACEHOLDER.waiting)} END`;
};

/** LISTED_STATUSES in SQL, over an `arguments` row alias. */
export const listedSql = (alias: string): string =>
  `${alias}.status::text IN (${LISTED_STATUSES.map((s) => `'${s}'`).join(', ')})`;

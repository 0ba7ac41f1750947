import type { AccessClaims } from '../common/graphql/request-context';
import { isModerator } from '../common/auth/role.enum';
import { ArgumentStatus } from './argument-enums';
import { ArgumentEntity } from './argument.entity';

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
export const seesBehindPlaceholder = (arg: ArgumentEntity, viewer: AccessClaims | null) =>
  isModerator(viewer) || (!!viewer && viewer.userId === arg.authorId);

/**
 * What a reader sees of an argument's text: the text itself while published; otherwise a
 * placeholder, except for its author and moderators, for whom the text is kept.
 */
export function readerBody(arg: ArgumentEntity, viewer: AccessClaims | null): string {
  if (isVisible(arg)) return arg.body;
  if (seesBehindPlaceholder(arg, viewer)) return arg.body;
  switch (arg.status) {
    case ArgumentStatus.DELETED:
      return '[deleted by its author]';
    case ArgumentStatus.REMOVED:
      return `[removed by a moderator${arg.statusReason ? `: ${arg.statusReason}` : ''}]`;
    case ArgumentStatus.HIDDEN:
      return '[hidden while reports are reviewed]';
    default:
      return '[awaiting moderation]';
  }
}

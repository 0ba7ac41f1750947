import type { AccessClaims } from '../common/graphql/request-context';
import { isModerator } from '../common/auth/role.enum';
import { ArgumentStatus } from './argument-enums';
import { ArgumentEntity } from './argument.entity';

/** Its author and moderators see what others do not: the text, the reason, earlier versions. */
export const seesBehindPlaceholder = (arg: ArgumentEntity, viewer: AccessClaims | null) =>
  isModerator(viewer) || (!!viewer && viewer.userId === arg.authorId);

/**
 * What a reader sees of an argument's text: the text itself while published; otherwise a
 * placeholder, except for its author and moderators, for whom the text is kept.
 */
export function readerBody(arg: ArgumentEntity, viewer: AccessClaims | null): string {
  if (arg.status === ArgumentStatus.PUBLISHED) return arg.body;
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

import type { AccessClaims } from '../common/graphql/request-context';
import { ROLE_RANK, Role } from '../users/role.enum';
import { ArgumentStatus } from './argument-enums';
import { ArgumentEntity } from './argument.entity';

/**
 * What a reader sees of an argument's text: the text itself while published; otherwise a
 * placeholder, except for its author and moderators, for whom the text is kept.
 */
export function readerBody(arg: ArgumentEntity, viewer: AccessClaims | null): string {
  if (arg.status === ArgumentStatus.PUBLISHED) return arg.body;
  const privileged =
    viewer &&
    (viewer.userId === arg.authorId || ROLE_RANK[viewer.role] >= ROLE_RANK[Role.MODERATOR]);
  if (privileged) return arg.body;
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

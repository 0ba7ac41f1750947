import { EntityManager } from 'typeorm';
import { User } from '../../users/user.entity';
import type { UsersService } from '../../users/users.service';
import { recordModAction } from '../../audit/record-mod-action';
import { ModAction, ModTargetType } from '../../audit/audit-enums';

/**
 * Ends a suspension (unsuspendUser, or a granted appeal) and logs it, with how many arguments
 * it removed came back (restoreSuspendedContent, run first).
 */
export async function liftSuspension(
  manager: EntityManager,
  users: UsersService,
  moderatorId: string,
  user: User,
  reason: string | null,
  restored = 0,
): Promise<User> {
  await users.setSuspension(manager, user, null);
  await recordModAction(manager, {
    actorId: moderatorId,
    action: ModAction.UNSUSPEND_USER,
    targetType: ModTargetType.USER,
    targetId: user.id,
    targetUserId: user.id,
    reason,
    details: restored ? `${restored} argument${restored === 1 ? '' : 's'} restored` : null,
  });
  return user;
}

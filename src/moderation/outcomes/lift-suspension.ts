import { EntityManager } from 'typeorm';
import { User } from '../../users/user.entity';
import type { UsersService } from '../../users/users.service';
import { recordModAction } from '../../audit/record-mod-action';
import { ModAction, ModTargetType } from '../../audit/audit-enums';

/** Ends a suspension (unsuspendUser, or a granted appeal) and logs it. */
export async function liftSuspension(
  manager: EntityManager,
  users: UsersService,
  moderatorId: string,
  user: User,
  reason: string | null,
): Promise<User> {
  await users.setSuspension(manager, user, null);
  await recordModAction(manager, {
    actorId: moderatorId,
    action: ModAction.UNSUSPEND_USER,
    targetType: ModTargetType.USER,
    targetId: user.id,
    targetUserId: user.id,
    reason,
  });
  return user;
}

import { EntityManager } from 'typeorm';
import { User } from '../../users/user.entity';
import { recordModAction } from '../../audit/record-mod-action';
import { ModAction, ModTargetType } from '../../audit/audit-enums';

const NOT_SUSPENDED = { suspendedAt: null, suspendedUntil: null, suspensionReason: null };

/** Ends a suspension (unsuspendUser, or a granted appeal) and logs it. */
export async function liftSuspension(
  manager: EntityManager,
  moderatorId: string,
  user: User,
  reason: string | null,
): Promise<User> {
  await manager.update(User, { id: user.id }, NOT_SUSPENDED);
  await recordModAction(manager, {
    actorId: moderatorId,
    action: ModAction.UNSUSPEND_USER,
    targetType: ModTargetType.USER,
    targetId: user.id,
    targetUserId: user.id,
    reason,
  });
  return Object.assign(user, NOT_SUSPENDED);
}

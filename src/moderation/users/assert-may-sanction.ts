import { forbidden } from '../../common/errors/app-errors';
import { ROLE_RANK } from '../../common/auth/role.enum';
import { User } from '../../users/user.entity';

/** Nobody sanctions their own account, or an account of an equal or higher role. */
export function assertMaySanction(mod: User, user: User): void {
  if (user.id === mod.id) throw forbidden('You cannot moderate your own account');
  if (ROLE_RANK[user.role] >= ROLE_RANK[mod.role]) {
    throw forbidden(
      `A ${mod.role.toLowerCase()} cannot act on a ${user.role.toLowerCase()}’s account`,
    );
  }
}

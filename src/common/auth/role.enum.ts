import { registerEnumType } from '@nestjs/graphql';

export enum Role {
  USER = 'USER',
  MODERATOR = 'MODERATOR',
  ADMIN = 'ADMIN',
}

registerEnumType(Role, { name: 'Role', description: 'What an account may do beyond posting' });

/** Higher roles include the powers of lower ones. */
export const ROLE_RANK: Record<Role, number> = { USER: 0, MODERATOR: 1, ADMIN: 2 };

/** Moderators and admins. */
export const isModerator = (user: { role: Role } | null | undefined): boolean =>
  !!user && ROLE_RANK[user.role] >= ROLE_RANK[Role.MODERATOR];

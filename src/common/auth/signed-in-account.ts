import type { Role } from './role.enum';

/**
 * What the request layer needs to know of the signed-in account (the users module's User
 * satisfies it), so common/ names no feature.
 */
export interface SignedInAccount {
  id: string;
  role: Role;
  suspendedUntil: Date | null;
  suspensionReason: string | null;
  isSuspended(now?: Date): boolean;
}

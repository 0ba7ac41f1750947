import { LRUCache } from 'lru-cache';
import type { User } from '../users/user.entity';

/** How long an account read stays usable by operations whose own write re-checks the session. */
export const RECENT_ACCOUNT_MS = 5_000;

interface Kept {
  userId: string;
  user: User;
  /** The AccountCount read along with it (the trust level's approved posts). */
  count?: number;
}

/**
 * Accounts as this instance last read them with a live session, by session family. Only
 * operations whose statement checks the session and the suspension again (`@Authenticated({
 * writeRechecksSession: true })`, the vote) are admitted on them, so a sign-out or a suspension
 * elsewhere still stops their write at once. What a kept account can get wrong for up to
 * RECENT_ACCOUNT_MS is its role and trust level: the rate limit the operation is counted under.
 */
export class RecentAccounts {
  private readonly kept = new LRUCache<string, Kept>({ max: 10_000, ttl: RECENT_ACCOUNT_MS });

  keep(familyId: string, user: User, count?: number): void {
    this.kept.set(familyId, { userId: user.id, user: copyOf(user), count });
  }

  /** A copy for this request alone: a remembered count is used once per account object. */
  take(userId: string, familyId: string): { user: User; count?: number } | undefined {
    const kept = this.kept.get(familyId);
    if (!kept || kept.userId !== userId) return undefined;
    return { user: copyOf(kept.user), count: kept.count };
  }

  forget(familyId: string): void {
    this.kept.delete(familyId);
  }
}

const copyOf = (user: User): User =>
  Object.assign(Object.create(Object.getPrototypeOf(user) as object) as User, user);

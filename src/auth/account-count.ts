import type { User } from '../users/user.entity';

/**
 * A count about the signed-in account that another module owns but wants read in the guard's
 * own statement, so a request that needs it makes no second round trip (the trust level's
 * approved posts, bound by the moderation rules). The owner keeps the SQL and the meaning.
 */
export interface AccountCount {
  /** An SQL expression of one integer about the account whose id is the expression `userId`. */
  countSql(userId: string): string;
  /** The count as the guard's statement read it, for this request's `account`. */
  remember(account: User, count: number): void;
}

export const ACCOUNT_COUNT = Symbol('AccountCount');

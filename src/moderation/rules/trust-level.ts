import type { ModerationConfig, TrustThreshold } from '../../config/app-config';
import { TrustLevel } from '../moderation-enums';

export interface TrustStats {
  ageHours: number;
  /** The account's arguments that are published (approved, never removed). */
  approvedPosts: number;
  reputation: number;
}

/** Trust levels in rising order; the index is the position in per-level settings. */
export const TRUST_ORDER = [
  TrustLevel.NEW,
  TrustLevel.MEMBER,
  TrustLevel.REGULAR,
  TrustLevel.TRUSTED,
] as const;

const meets = (s: TrustStats, t: TrustThreshold) =>
  s.ageHours >= t.ageHours && s.approvedPosts >= t.approvedPosts && s.reputation >= t.reputation;

/** The highest level whose three thresholds (age, approved posts, reputation) are all met. */
export function trustLevelOf(stats: TrustStats, trust: ModerationConfig['trust']): TrustLevel {
  if (meets(stats, trust.trusted)) return TrustLevel.TRUSTED;
  if (meets(stats, trust.regular)) return TrustLevel.REGULAR;
  if (meets(stats, trust.member)) return TrustLevel.MEMBER;
  return TrustLevel.NEW;
}

export const levelIndex = (level: TrustLevel): number => TRUST_ORDER.indexOf(level);

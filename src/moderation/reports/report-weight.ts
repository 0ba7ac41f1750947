import { TrustLevel } from '../moderation-enums';

export interface ReporterRecord {
  /** Earlier reports of theirs that moderators acted on. */
  upheld: number;
  /** Earlier reports of theirs that moderators dismissed. */
  dismissed: number;
  trustLevel: TrustLevel;
  isModerator: boolean;
}

export const REPORT_WEIGHT_MIN = 0.25;
export const REPORT_WEIGHT_MAX = 2;
/** Brand-new accounts' reports count half. */
export const NEW_ACCOUNT_FACTOR = 0.5;
/** A moderator's own report counts as much as the best reporter's. */
export const MODERATOR_REPORT_WEIGHT = REPORT_WEIGHT_MAX;

/**
 * How much one report counts towards hiding an argument:
 *   clamp((1 + upheld) / (1 + dismissed), 0.25, 2) × (0.5 for a NEW account)
 * A first report counts 1; a reporter moderators keep agreeing with rises towards 2, one they
 * keep dismissing sinks towards 0.25.
 */
export function reportWeight(r: ReporterRecord): number {
  if (r.isModerator) return MODERATOR_REPORT_WEIGHT;
  const track = (1 + r.upheld) / (1 + r.dismissed);
  const clamped = Math.min(REPORT_WEIGHT_MAX, Math.max(REPORT_WEIGHT_MIN, track));
  return r.trustLevel === TrustLevel.NEW ? clamped * NEW_ACCOUNT_FACTOR : clamped;
}

/**
 * The number a reader's stance on the motion seeds their factor with in the bridging model:
 * agreeing and disagreeing pull apart, anything else (undecided) seeds nothing. Keyed by the
 * stance's stored value; stances/ declares the values and checks they match (stance.enum.ts).
 */
export const STANCE_FACTOR = { AGREE: 1, DISAGREE: -1, UNDECIDED: 0 } as const;

export const stanceFactor = (stance: string): number =>
  STANCE_FACTOR[stance as keyof typeof STANCE_FACTOR] ?? 0;

import type { ClaimUnit } from './claim-units';

/** How a sentence opens a part of a group: "Some said …", "Several residents argued …". */
const PART_OF_GROUP = new Set(['some', 'several', 'many', 'most', 'few']);

/**
 * "Some welcomed the rule, while others said …", "Several said X; others said Y": one sentence
 * that gives a group's two halves, each its own claim, says they take opposite sides. Maps each
 * unit of such a pair to the other.
 */
export function contrastedGroups(units: ClaimUnit[]): Map<ClaimUnit, ClaimUnit> {
  const pairs = new Map<ClaimUnit, ClaimUnit>();
  units.forEach((first, i) => {
    const second = units[i + 1];
    if (!second || first.sentence[0]?.start !== second.sentence[0]?.start) return;
    const part = first.holderTokens[0]?.lower ?? '';
    const rest = second.holderTokens[0]?.lower ?? '';
    const a = first.holderTokens[0]?.lower === 'a' ? first.holderTokens[1]?.lower : part;
    if (!PART_OF_GROUP.has(a ?? '') || (rest !== 'others' && rest !== 'other')) return;
    pairs.set(first, second);
    pairs.set(second, first);
  });
  return pairs;
}

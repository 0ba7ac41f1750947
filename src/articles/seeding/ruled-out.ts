import type { ClaimUnit } from './claim-units';
import type { MotionModel } from './motion-model';
import { NEGATORS } from './stance-lexicon';
import { words as spaced } from './token-text';

/** Verbs of bringing a measure in: "will not implement the ban", "won't impose the levy". */
const BRINGING_IN = new Set(['implement', 'introduce', 'impose', 'enforce', 'adopt']);

/** How far before "be no" its "there" may come ("there will now be no ban"). */
const THERE_REACH = 4;

/**
 * Words after "no" or the verb within which the measure is named ("no ban", "the proposed ban"):
 * a word of a measure the motion itself names ("no decision yet" is no measure ruled out).
 */
const OBJECT_REACH = 3;

/**
 * "there will be no ban on small underbone motorcycles", "we will not implement the ban": the
 * motion's own measure said not to come, by the one who would bring it in or as what should be;
 * the words, or null. Against the measure (for a motion that undoes it, for the motion).
 */
export function measureRuledOut(unit: ClaimUnit, model: MotionModel): string | null {
  const t = unit.tokens;
  for (let i = 1; i < t.length; i++) {
    const none =
      t[i].lower === 'no' &&
      t[i - 1].lower === 'be' &&
      t.slice(Math.max(0, i - 1 - THERE_REACH), i - 1).some((w) => w.lower === 'there');
    const notBrought =
      BRINGING_IN.has(t[i].lemma) &&
      t[i].pos === 'VERB' &&
      t.slice(Math.max(0, i - 2), i).some((w) => NEGATORS.has(w.lower));
    if (!none && !notBrought) continue;
    const measure = t
      .slice(i + 1, i + 1 + OBJECT_REACH)
      .findIndex((w) => w.pos === 'NOUN' && model.action.has(w.stem) && model.terms.has(w.stem));
    if (measure < 0) continue;
    const from = none ? t.slice(0, i).findLastIndex((w) => w.lower === 'there') : i - 2;
    return spaced(t.slice(from, i + 2 + measure));
  }
  return null;
}

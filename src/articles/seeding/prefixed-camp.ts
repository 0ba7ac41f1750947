import type { ClaimUnit } from './claim-units';
import type { MotionModel } from './motion-model';
import { tokenize } from './seeding-nlp';

/** "anti-casino", "pro-stadium": a word that names a camp by what it is against or for. */
const PREFIXED = /^(anti|pro)-(\p{L}[\p{L}-]*)$/iu;

export interface PrefixedCamp {
  /** +1 for the motion's action, -1 against it. */
  sign: number;
  word: string;
}

/**
 * "said John Seaver, co-chair of the anti-casino group": a camp named for being against (or for)
 * the motion's matter, outside any quotation. Against the thing a motion builds is against the
 * motion; against the thing a motion bans ("anti-carriage campaigners" on a carriage ban) is for
 * it. Null when no such word names the motion's matter.
 */
export function prefixedCamp(unit: ClaimUnit, model: MotionModel): PrefixedCamp | null {
  for (const [i, t] of unit.tokens.entries()) {
    if (unit.quoted[i]) continue;
    const m = PREFIXED.exec(t.text);
    if (!m) continue;
    const thing = tokenize(m[2].replace(/-/gu, ' '));
    const head = thing[thing.length - 1];
    if (!head) continue;
    const term = model.terms.has(head.stem) || model.termLemmas.has(head.lemma);
    if (!term && !model.opposed.has(head.stem)) continue;
    // A motion that works against something works against the things it names, but its act:
    // "carriage" of "ban horse-drawn carriages", whose opposed words may stop at "horse".
    const opposed =
      model.opposed.has(head.stem) || (model.opposed.size > 0 && !model.action.has(head.stem));
    const against = m[1].toLowerCase() === 'anti' ? -1 : 1;
    return { sign: against * (opposed ? -1 : 1), word: t.text };
  }
  return null;
}

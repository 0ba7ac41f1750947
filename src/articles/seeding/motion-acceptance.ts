import { motionProblems } from './motion-grammar';
import { tokenize } from './seeding-nlp';
import type { MotionCandidate } from './seed-types';

/** Longer than this a moderator rewrites the question rather than accepting it as written. */
export const MAX_ACCEPTABLE_WORDS = 25;
/** The share of the reference motion's content words a candidate must keep to be about it. */
export const MIN_SHARED = 0.3;

const CONTENT = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ']);
const LIGHT = new Set(['should', 'be', 'do', 'have', 'can', 'will', 'would', 'as', 'go', 'ahead']);

/**
 * Whether a candidate is a motion a moderator would accept as written, judged against the motion
 * an annotator chose: a well-formed yes/no question (the grammar check), short enough to read as
 * a motion, and about the same matter (it keeps at least 30% of the reference's content words,
 * by stem, a stem matching its own longer form: "Cuba" / "Cuban"). The evaluation counts an article when one of its top three candidates passes.
 */
export function acceptableMotion(candidate: string, reference: string): boolean {
  if (motionProblems(candidate).length > 0) return false;
  if (candidate.trim().split(/\s+/u).length > MAX_ACCEPTABLE_WORDS) return false;
  const wanted = contentStems(reference);
  if (wanted.size === 0) return false;
  const have = contentStems(candidate);
  const shared = [...wanted].filter((w) => [...have].some((h) => sameStem(w, h))).length;
  return shared / wanted.size >= MIN_SHARED;
}

/** True when one of the top three candidates is acceptable. */
export function acceptableInTopThree(candidates: MotionCandidate[], reference: string): boolean {
  return candidates.slice(0, 3).some((c) => acceptableMotion(c.text, reference));
}

function contentStems(text: string): Set<string> {
  return new Set(
    tokenize(text)
      .filter((t) => CONTENT.has(t.pos) && !LIGHT.has(t.lemma))
      .map((t) => t.stem),
  );
}

function sameStem(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length >= 4 && long.startsWith(short);
}

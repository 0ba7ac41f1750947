import type { ParsedArticle } from '../import/parsed-article';
import { motionCandidates } from './motion-candidates';
import { extractPositions } from './position-extractor';
import type { SeedExtraction } from './seed-types';

export type { MotionCandidate, ReportedPosition, SeedExtraction, Span } from './seed-types';

/**
 * The built-in extractor: ranked motion candidates, and the positions the article reports with
 * their side relative to `motion` (or to the top candidate when no motion is given).
 */
export function extractSeeds(article: ParsedArticle, motion?: string): SeedExtraction {
  const motionCandidatesList = motionCandidates(article);
  const chosen = motion?.trim() || motionCandidatesList[0]?.text || article.title;
  return { motionCandidates: motionCandidatesList, positions: extractPositions(article, chosen) };
}

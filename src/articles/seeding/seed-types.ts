import type { Span } from '../import/parsed-article';

export type { Span };

export type MotionOrigin = 'QUESTION' | 'LEDE' | 'HEADLINE' | 'POLICY';

/** A yes/no question a moderator may pick (or edit) as the thread's motion. */
export interface MotionCandidate {
  text: string;
  origin: MotionOrigin;
  /** 0..1, higher is better; candidates are returned best first. */
  score: number;
  /** The body spans the candidate was made from (the title is not in the body: none for HEADLINE). */
  sourceSpans: Span[];
}

export type Side = 'PRO' | 'CON';

/** A span of the article that states an argument for or against the motion. */
export interface ReportedPosition {
  /** Exactly `body.slice(start, end)`. */
  quote: string;
  start: number;
  end: number;
  /** Who holds it, when the article says so ("critics", "Jeremy Corbyn", "the document"). */
  holder: string | null;
  /** Relative to the motion the extraction was made for. */
  side: Side;
  /** 0.5..1: how sure the side is. */
  confidence: number;
  /** Human-readable reasons for the side, e.g. 'stance subject "critics" against an opposed target'. */
  evidence: string;
}

export interface SeedExtraction {
  motionCandidates: MotionCandidate[];
  positions: ReportedPosition[];
}
